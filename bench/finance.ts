// npm run bench -- finance: the p99 of ranking every product for one financing need over HTTP, and the time to
// recompute every firm's score and top-10 products for the whole corridor (about 29,000 firms × 2,000 products),
// on PostgreSQL with the full demo set.
import os from 'node:os'
import autocannon from 'autocannon'
import { sql } from 'drizzle-orm'
import { loadConfig } from '../server/config'
import { createContext, type AppContext } from '../server/context'
import { queryRows } from '../server/db/client'
import type { Principal } from '../server/platform/authorization'
import type { PublicUser } from '../server/platform/identity'
import {
  benchEnvironment,
  host,
  loadDurationSeconds,
  startServer,
  stopServer,
  waitForIdleJobs,
  withFreshPostgresDatabase,
} from './server'

const needCount = 32
/** The first requests compile the hot paths; they are not measured. */
const warmUpSeconds = 2
const benchPassword = 'bench-password-60'
const needTypes = ['credit_loan', 'ip_pledge_loan', 'guarantee', 'equity_investment'] as const

const progress = (message: string) => process.stderr.write(`  finance: ${message}\n`)

function principalOf(user: PublicUser): Principal {
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    cityCode: user.cityCode,
    organisationId: user.organisationId,
  }
}

/** Firm users with tokens and one need each, of the four most asked types, of typical sizes. */
async function prepare(context: AppContext) {
  const firms = (await context.modules.registry.organisations.listFirms({ limit: needCount })).items
  const needs: { id: string; token: string }[] = []
  for (const [index, firm] of firms.entries()) {
    const user = principalOf(
      await context.identity.createUser(null, {
        username: `bench.finance.${index}`,
        password: benchPassword,
        displayNameZh: `压测融资企业${index}`,
        displayNameEn: `Bench finance firm ${index}`,
        role: 'firm',
        cityCode: firm.cityCode,
        organisationId: firm.id,
      }),
    )
    const need = await context.modules.finance.needs.createNeed(user, {
      productType: needTypes[index % needTypes.length] ?? 'credit_loan',
      amountFen: (1 + (index % 10)) * 1_000_000_00,
      termMonths: 12 + (index % 3) * 12,
      purpose: 'bench',
      urgency: 'normal',
    })
    needs.push({ id: need.id, token: (await context.identity.createApiToken(user, 'bench')).token })
  }
  return needs
}

/** Each request ranks one of the needs, in turn, as the firm that stated it. */
function rankingLoad(port: number, needs: readonly { id: string; token: string }[], seconds: number) {
  let sequence = 0
  return autocannon({
    url: `http://${host}:${port}`,
    connections: 8,
    duration: seconds,
    requests: [
      {
        method: 'GET',
        path: '/api/financing-needs',
        setupRequest: (request) => {
          const need = needs[sequence++ % needs.length]
          if (need === undefined) throw new Error('no need')
          return {
            ...request,
            path: `/api/financing-needs/${need.id}/matches`,
            headers: { authorization: `Bearer ${need.token}` },
          }
        },
      },
    ],
  })
}

async function measure(url: string) {
  const environment = benchEnvironment(url, 'full')
  const context = await createContext(loadConfig(environment), { seedWhenEmpty: true })
  let needs: Awaited<ReturnType<typeof prepare>>
  let recompute: { firms: number; suggestions: number; seconds: number }
  let catalogue: { products: number; firms: number }
  try {
    needs = await prepare(context)
    const counts = await queryRows<{ products: string | number; firms: string | number }>(
      context.database.db,
      sql`SELECT (SELECT count(*) FROM finance_products WHERE status = 'active') AS products,
                 (SELECT count(*) FROM firms) AS firms`,
    )
    catalogue = { products: Number(counts[0]?.products ?? 0), firms: Number(counts[0]?.firms ?? 0) }
    progress(`corridor recompute: ${catalogue.firms} firms × ${catalogue.products} products`)
    const startedAtMs = performance.now()
    const result = await context.modules.finance.suggestions.recomputeCorridor()
    recompute = { ...result, seconds: Math.round((performance.now() - startedAtMs) / 100) / 10 }
  } finally {
    await context.close()
  }
  const started = await startServer({ ...environment, LOG_LEVEL: 'warn' })
  try {
    await waitForIdleJobs(started)
    progress(`warm-up: ${warmUpSeconds} s`)
    await rankingLoad(started.port, needs, warmUpSeconds)
    progress('ranking every product for one need over HTTP, 8 connections')
    const ranking = await rankingLoad(started.port, needs, loadDurationSeconds)
    return {
      catalogue,
      ranking: {
        requestsPerSecond: Math.round(ranking.requests.average),
        latencyP50Ms: ranking.latency.p50,
        latencyP99Ms: ranking.latency.p99,
        latencyMaxMs: ranking.latency.max,
        non2xx: ranking.non2xx,
        errors: ranking.errors,
      },
      corridorRecompute: recompute,
    }
  } finally {
    await stopServer(started)
  }
}

export async function benchmarkFinance() {
  return {
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version },
    measuredAt: new Date().toISOString(),
    loadAverageAtStart: os.loadavg()[0],
    ...(await withFreshPostgresDatabase(measure)),
  }
}
