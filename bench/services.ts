// npm run bench -- services: one-stop case filings over HTTP (multipart, with uploads and a registry record), voucher
// orders over HTTP as the peer in the same run, and the p99 of the deciding officer's queue and of the catalogue
// search, on PostgreSQL with the full demo set.
//
// A fresh database is migrated and seeded (full set: about 3,600 cases over 150 items), then set up through the
// platform's services: firm users with API tokens (each files at its own city's window for an item Songjiang
// decides, handing in four small PDFs and its registry record for the business licence), the voucher bench's firms
// and products (bench/vouchers.ts prepareFixtures), and tokens for the two deciding officers. Then a real server is
// loaded by autocannon: filings and orders at 8 connections, one after the other; then the queue and the search at
// 32 connections. See docs/BENCHMARKS.md.
import os from 'node:os'
import autocannon from 'autocannon'
import { sql } from 'drizzle-orm'
import { loadConfig } from '../server/config'
import { createContext, type AppContext } from '../server/context'
import { queryRows } from '../server/db/client'
import { multipart, testFiles } from '../server/testing/multipart'
import { cpuMsPerOperation, measureCpu } from './cpu'
import {
  benchEnvironment,
  host,
  loadDurationSeconds,
  loadSummary,
  startServer,
  stopServer,
  waitForIdleJobs,
  withFreshPostgresDatabase,
} from './server'
import { orderLoad, prepareFixtures } from './vouchers'

/** 内资有限公司变更登记: decided in Songjiang, handed in at another city's window. */
const filedItem = 'G60-SHSJ-AMR-002'
const filerCount = 64
const filingConnections = 8
const readConnections = 32
const warmUpSeconds = 2
const benchPassword = 'bench-password-60'
const uploads = ['application_form', 'consent_form', 'shareholders_resolution', 'articles_amendment']

/** What people type in the catalogue's search box, in both languages, alone or with a filter. */
const catalogueQueries = [
  '登记',
  '许可',
  '备案',
  '人才',
  '医师',
  '子女入学',
  '公积金',
  '高新技术企业',
  '技术合同',
  '食品经营',
  'licence',
  'registration',
  'talent',
  'housing',
  'patent',
  'food',
]
const cataloguePaths = catalogueQueries.flatMap((query) => [
  `/api/service-items?q=${encodeURIComponent(query)}&limit=20`,
  `/api/service-items?q=${encodeURIComponent(query)}&city=HF&limit=20`,
  `/api/service-items?q=${encodeURIComponent(query)}&licence=true&limit=20`,
])

const progress = (message: string) => process.stderr.write(`  services: ${message}\n`)

interface Filer {
  token: string
  windowCityCode: string
}

/** Firm users of firms across the nine cities, each with a token, filing at its own city's window. */
async function prepareFilers(context: AppContext): Promise<Filer[]> {
  const firms = (await context.modules.registry.organisations.listFirms({ limit: filerCount })).items
  const filers: Filer[] = []
  for (const [index, firm] of firms.entries()) {
    const user = await context.identity.createUser(null, {
      username: `bench.services.${index}`,
      password: benchPassword,
      displayNameZh: `压测办事企业${index}`,
      displayNameEn: `Bench applicant firm ${index}`,
      role: 'firm',
      cityCode: firm.cityCode,
      organisationId: firm.id,
    })
    const principal = await context.identity.principalOfUsername(user.username)
    filers.push({
      token: (await context.identity.createApiToken(principal, 'bench')).token,
      windowCityCode: firm.cityCode,
    })
  }
  return filers
}

async function tokenOf(context: AppContext, username: string): Promise<string> {
  const principal = await context.identity.principalOfUsername(username)
  return (await context.identity.createApiToken(principal, 'bench')).token
}

/** One multipart body a window city: the application names the city, the four files are the same bytes. */
async function filingBodies(filers: readonly Filer[]) {
  const bodies = new Map<string, { payload: Buffer; contentType: string }>()
  for (const { windowCityCode } of filers) {
    if (bodies.has(windowCityCode)) continue
    const application = {
      itemCode: filedItem,
      windowCityCode,
      purpose: '变更注册地址 · change of registered address (bench)',
      materials: [
        ...uploads.map((code) => ({ code, source: 'upload', file: code })),
        { code: 'business_licence', source: 'registry' },
      ],
    }
    bodies.set(
      windowCityCode,
      await multipart(
        application,
        uploads.map((field) => testFiles.pdf(field, 2_048)),
      ),
    )
  }
  return bodies
}

async function caseCount(context: AppContext): Promise<number> {
  const rows = await queryRows<{ count: string | number }>(
    context.database.db,
    sql`SELECT count(*) AS count FROM service_cases`,
  )
  return Number(rows[0]?.count ?? 0)
}

async function filingLoad(
  server: { port: number; pid: number | null },
  context: AppContext,
  filers: readonly Filer[],
  seconds: number,
) {
  const bodies = await filingBodies(filers)
  const keyPrefix = `bench-filing-${Date.now().toString(36)}-`
  let sequence = 0
  const before = await caseCount(context)
  const { result, cpu } = await measureCpu(context.database.db, server.pid, () =>
    autocannon({
      url: `http://${host}:${server.port}`,
      connections: filingConnections,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          path: '/api/service-cases',
          setupRequest: (request) => {
            const position = sequence++
            const filer = filers[position % filers.length] as Filer
            const body = bodies.get(filer.windowCityCode)
            if (body === undefined) throw new Error(`no body for ${filer.windowCityCode}`)
            return {
              ...request,
              headers: {
                'content-type': body.contentType,
                authorization: `Bearer ${filer.token}`,
                'idempotency-key': `${keyPrefix}${position}`,
              },
              body: body.payload,
            }
          },
        },
      ],
    }),
  )
  const requestsPerSecond = Math.round(result.requests.average)
  return {
    connections: filingConnections,
    ...loadSummary(result),
    casesStored: (await caseCount(context)) - before,
    bytesUploadedPerFiling: bodies.values().next().value?.payload.length ?? 0,
    cpuCores: cpu,
    cpuMsPerFiling: cpuMsPerOperation(cpu, requestsPerSecond),
  }
}

function readLoad(port: number, paths: readonly string[], token: string | null, seconds: number) {
  return autocannon({
    url: `http://${host}:${port}`,
    connections: readConnections,
    duration: seconds,
    requests: paths.map((path) => ({
      method: 'GET' as const,
      path,
      ...(token !== null ? { headers: { authorization: `Bearer ${token}` } } : {}),
    })),
  })
}

async function measure(url: string) {
  const environment = benchEnvironment(url, 'full')
  const setupStartedAtMs = performance.now()
  const context = await createContext(loadConfig(environment), { seedWhenEmpty: true })
  try {
    const filers = await prepareFilers(context)
    const fixtures = await prepareFixtures(context)
    const deciders = { SH: await tokenOf(context, 'officer.sh'), HF: await tokenOf(context, 'officer.hf') }
    const seededCases = await caseCount(context)
    progress(`set up in ${Math.round(performance.now() - setupStartedAtMs)} ms; ${seededCases} cases seeded`)
    const started = await startServer({ ...environment, LOG_LEVEL: 'warn' })
    const server = { port: started.port, pid: started.child.pid ?? null }
    try {
      await waitForIdleJobs(started)
      progress(`warm-up: ${warmUpSeconds} s`)
      await filingLoad(server, context, filers, warmUpSeconds)
      await readLoad(started.port, cataloguePaths, null, warmUpSeconds)
      progress(`filings over HTTP, ${filingConnections} connections, ${filers.length} firms`)
      const filings = await filingLoad(server, context, filers, loadDurationSeconds)
      progress(`voucher orders over HTTP, ${filingConnections} connections (the peer)`)
      const orders = await orderLoad(server, context.database.db, fixtures, {
        label: 'peer',
        connections: filingConnections,
        seconds: loadDurationSeconds,
        firms: fixtures.firms,
      })
      progress(`the deciding queue, ${readConnections} connections`)
      const queuePaths = [
        '/api/service-cases?view=deciding&limit=20',
        '/api/service-cases?view=deciding&overdue=true&limit=20',
      ]
      const queueSongjiang = loadSummary(
        await readLoad(started.port, queuePaths, deciders.SH, loadDurationSeconds),
      )
      progress(`the catalogue search, ${readConnections} connections`)
      const search = loadSummary(await readLoad(started.port, cataloguePaths, null, loadDurationSeconds))
      return {
        seededCases,
        filedItem,
        filings,
        orders: {
          connections: orders.connections,
          requestsPerSecond: orders.requestsPerSecond,
          latencyP50Ms: orders.latencyP50Ms,
          latencyP99Ms: orders.latencyP99Ms,
          non2xx: orders.non2xx,
          cpuMsPerOrder: orders.cpuMsPerOrder,
        },
        filingsPerOrder:
          Math.round((filings.requestsPerSecond / Math.max(1, orders.requestsPerSecond)) * 100) / 100,
        decidingQueue: { connections: readConnections, officer: 'officer.sh', ...queueSongjiang },
        catalogueSearch: { connections: readConnections, distinctPaths: cataloguePaths.length, ...search },
      }
    } finally {
      await stopServer(started)
    }
  } finally {
    await context.close()
  }
}

export async function benchmarkServices() {
  return {
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version },
    measuredAt: new Date().toISOString(),
    loadAverageAtStart: os.loadavg()[0],
    ...(await withFreshPostgresDatabase(measure)),
  }
}
