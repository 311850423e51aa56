// npm run bench -- licences: verifications per second through POST /api/verify at 32 connections (Ed25519-only
// credentials, then dual-signed ones that carry an SM2/SM3 proof too), with GET /api/health in the same run as the
// peer (what the HTTP stack alone gives here); licences issued per second inside the service (in the decision's
// transaction, as a case's approval issues them); and a status list lookup on lists of 131,072 and 2,097,152 entries.
//
// A fresh PostgreSQL database gets the full demo set (about 1,300 licences). The server verifies from the issuers'
// published documents, held in memory for G60_STATUS_LIST_TTL_MS (30 s): the load measures the signature checks,
// the list lookups and the HTTP around them. See docs/BENCHMARKS.md.
import autocannon from 'autocannon'
import { sql } from 'drizzle-orm'
import { loadConfig } from '../server/config'
import { createContext, type AppContext } from '../server/context'
import { queryRows } from '../server/db/client'
import {
  decodeStatusList,
  encodeStatusList,
  statusBitAt,
  statusListBytes,
} from '../server/modules/licences/crypto/status-list'
import { cpuMsPerOperation, measureCpu } from './cpu'
import {
  benchEnvironment,
  host,
  loadDurationSeconds,
  loadSummary,
  postEachInTurn,
  startServer,
  stopServer,
  waitForIdleJobs,
  withFreshPostgresDatabase,
} from './server'

const connections = 32
const warmUpSeconds = 2
const credentialsPerKind = 50
const issuances = 400
const lookups = 2_000_000

const progress = (message: string) => process.stderr.write(`  licences: ${message}\n`)

/** Active licences' credentials: Ed25519 only (issuers that do not dual-sign) or dual-signed. */
async function credentials(context: AppContext, dualSigned: boolean): Promise<string[]> {
  const rows = await queryRows<{ credential: unknown }>(
    context.database.db,
    sql`SELECT l.credential FROM licences l JOIN licence_issuers i ON i.code = l.issuer_code
        WHERE l.status = 'active' AND i.dual_signed = ${dualSigned} AND l.valid_until > now()
        ORDER BY l.id LIMIT ${credentialsPerKind}`,
  )
  return rows.map((row) => JSON.stringify({ credential: row.credential }))
}

function verifyLoad(port: number, bodies: readonly string[], seconds: number) {
  return postEachInTurn(port, { path: '/api/verify', bodies, connections, seconds })
}

/** Licences issued inside the service, one transaction each as a decision makes them, for an issuer. */
async function issuanceRate(context: AppContext, issuerCode: string) {
  const [firm] = await queryRows<{ id: string }>(
    context.database.db,
    sql`SELECT id FROM registry_firm_facts ORDER BY id LIMIT 1`,
  )
  if (firm === undefined) throw new Error('no firm')
  const { licences } = context.modules.licences
  const startedAtMs = performance.now()
  for (let position = 0; position < issuances; position++) {
    await context.database.db.transaction((transaction) =>
      licences.issueForCase(transaction, {
        caseId: `bench-${issuerCode}-${Date.now().toString(36)}-${position}`,
        caseNumber: `BENCH-${position}`,
        itemCode: 'G60-HZ-AMR-004',
        licence: {
          type: 'IndustrialProductProductionLicence',
          nameZh: '工业产品生产许可证',
          nameEn: 'Industrial product production licence',
          validYears: 5,
        },
        firmId: firm.id,
        issuerCode,
        at: new Date(),
      }),
    )
  }
  const seconds = (performance.now() - startedAtMs) / 1000
  return { issuerCode, issued: issuances, perSecond: Math.round(issuances / seconds) }
}

/** ns per lookup of a random index, on a list of the minimum size and on one sixteen times as large. */
function lookupCost() {
  return [1, 16].map((times) => {
    const bits = decodeStatusList(encodeStatusList(new Uint8Array(statusListBytes * times).fill(0x5a)))
    if (bits === null) throw new Error('list did not decode')
    const entries = bits.length * 8
    let set = 0
    const startedAtNs = process.hrtime.bigint()
    for (let position = 0; position < lookups; position++)
      set += statusBitAt(bits, (position * 7919) % entries) ?? 0
    const elapsedNs = Number(process.hrtime.bigint() - startedAtNs)
    return { entries, nsPerLookup: Math.round((elapsedNs / lookups) * 100) / 100, bitsSet: set }
  })
}

async function measure(url: string) {
  const environment = benchEnvironment(url, 'full')
  const setupStartedAtMs = performance.now()
  const context = await createContext(loadConfig(environment), { seedWhenEmpty: true })
  try {
    const single = await credentials(context, false)
    const dual = await credentials(context, true)
    progress(
      `set up in ${Math.round(performance.now() - setupStartedAtMs)} ms; ${single.length} + ${dual.length} credentials`,
    )
    const started = await startServer({ ...environment, LOG_LEVEL: 'warn' })
    const server = { port: started.port, pid: started.child.pid ?? null }
    try {
      await waitForIdleJobs(started)
      await verifyLoad(server.port, single, warmUpSeconds)
      progress(`verifications, Ed25519 only, ${connections} connections`)
      const verifySingle = await measureCpu(context.database.db, server.pid, () =>
        verifyLoad(server.port, single, loadDurationSeconds),
      )
      progress(`verifications, dual-signed (Ed25519 + SM2/SM3), ${connections} connections`)
      const verifyDual = loadSummary(await verifyLoad(server.port, dual, loadDurationSeconds))
      progress(`the peer: GET /api/health, ${connections} connections`)
      const health = loadSummary(
        await autocannon({
          url: `http://${host}:${server.port}/api/health`,
          connections,
          duration: loadDurationSeconds,
        }),
      )
      const single32 = loadSummary(verifySingle.result)
      progress(`issuances inside the service, ${issuances} each for Hangzhou and Songjiang`)
      const issued = [await issuanceRate(context, 'HZ'), await issuanceRate(context, 'SH-SJ')]
      return {
        verifyEd25519: {
          ...single32,
          cpuMsPerVerification: cpuMsPerOperation(verifySingle.cpu, single32.requestsPerSecond),
        },
        verifyDualSigned: verifyDual,
        healthPeer: health,
        verificationsPerHealthCheck:
          Math.round((single32.requestsPerSecond / Math.max(1, health.requestsPerSecond)) * 100) / 100,
        issuances: issued,
        statusListLookup: lookupCost(),
      }
    } finally {
      await stopServer(started)
    }
  } finally {
    await context.close()
  }
}

export async function benchmarkLicences() {
  return withFreshPostgresDatabase(measure)
}
