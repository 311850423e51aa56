// npm run bench -- vouchers: voucher orders over HTTP, the same orders and ledger transfers without HTTP, on
// PostgreSQL.
//
// A fresh database is migrated and seeded (small demo set) and set up through the platform's own services: a
// corridor-office user, one scheme per city with a large appropriation, many firm users each holding an API token
// and an approved voucher large enough never to run out, and published products of admitted providers. Then:
//  1. a real server (`g60 serve`) is loaded with POST /api/voucher-orders by autocannon, every request with its
//     own Idempotency-Key and the bearer token of the firm holding the voucher, spread over every voucher (and
//     once more on one hot voucher);
//  2. without HTTP, concurrent workers call the orders service's placeOrder on a pg Pool: its group commit places
//     the orders of one moment in one voucher_order_reserve_batch statement, the database's share of an order;
//  3. without HTTP, concurrent workers call ledger_transfer through the ledger repository on a pg Pool, each
//     transfer its own statement, spread over the vouchers' account pairs; then the same in batches
//     (transferMany: several transfers a statement and a commit).
// Each load reports where the CPU went (bench/cpu.ts). The ledger is verified after all of them; the database is
// dropped at the end. See docs/BENCHMARKS.md.
import os from 'node:os'
import autocannon from 'autocannon'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/node-postgres'
import pg from 'pg'
import { loadConfig } from '../server/config'
import { createContext, type AppContext } from '../server/context'
import { queryRows, type Database } from '../server/db/client'
import * as schema from '../server/db/schema'
import type { Principal } from '../server/platform/authorization'
import type { PublicUser } from '../server/platform/identity'
import { createRegistryModule } from '../server/modules/registry'
import { createVouchersModule, verifyLedger } from '../server/modules/vouchers'
import { transfer, transferMany, type TransferInput } from '../server/modules/vouchers/ledger.repository'
import { cpuMsPerOperation, measureCpu } from './cpu'
import {
  benchEnvironment,
  groupCommitCounts,
  host,
  loadDurationSeconds,
  meanBatchSize,
  startServer,
  stopServer,
  waitForIdleJobs,
  withFreshPostgresDatabase,
} from './server'

const connectionCounts = (process.env.BENCH_VOUCHER_CONNECTIONS ?? '8,32')
  .split(',')
  .map((count) => Number(count))
const firmCount = Number(process.env.BENCH_VOUCHER_FIRMS ?? 256)
const hotConnections = 32
const productCount = 8
const warmUpSeconds = 2
/**
 * Account pairs a batched ledger statement moves (two transfers each). Kept so that the pairs in flight (workers ×
 * pairs) stay under the firm count: two batches never share an account, as different callers' batches would not.
 */
const ledgerBatchPairs = Number(process.env.BENCH_LEDGER_BATCH_PAIRS ?? 4)
const setupConcurrency = 4
const benchPassword = 'bench-password-60'
/** ¥1 a service with the voucher paying at most half: every order reserves 50 fen. */
const productPriceFen = 100
/** ¥100,000 a voucher: 200,000 orders before it runs out. */
const voucherAmountFen = 10_000_000
const pageSize = 100

export interface FirmFixture {
  firmId: string
  /** the firm user, as the API resolves its token */
  principal: Principal
  token: string
  voucherId: string
  accountId: string
  reservationAccountId: string
}

export interface Fixtures {
  firms: FirmFixture[]
  productIds: string[]
}

const progress = (message: string) => process.stderr.write(`[bench vouchers] ${message}\n`)

function principalOf(user: PublicUser): Principal {
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    cityCode: user.cityCode,
    organisationId: user.organisationId,
  }
}

/** Runs the work on every item, at most `limit` at a time, and keeps the results in order. */
async function mapLimited<Item, Result>(
  items: Item[],
  limit: number,
  work: (item: Item, index: number) => Promise<Result>,
): Promise<Result[]> {
  const results: Result[] = new Array<Result>(items.length)
  let next = 0
  async function lane() {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as Item, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return results
}

async function collectPages<Item>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: Item[]; nextCursor: string | null }>,
  wanted: number,
): Promise<Item[]> {
  const collected: Item[] = []
  let cursor: string | undefined
  do {
    const page = await fetchPage(cursor)
    collected.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor !== undefined && collected.length < wanted)
  return collected.slice(0, wanted)
}

/** Everything the loads need, made through the platform's services as an office user, providers and firms would. */
export async function prepareFixtures(context: AppContext): Promise<Fixtures> {
  const { identity } = context
  const { registry, vouchers } = context.modules
  const office = principalOf(
    await identity.createUser(null, {
      username: 'bench.office',
      password: benchPassword,
      displayNameZh: '压测走廊办',
      displayNameEn: 'Bench corridor office',
      role: 'corridor_admin',
    }),
  )

  const providers = await collectPages(
    (cursor) =>
      registry.organisations.listProviders({
        status: 'active',
        limit: pageSize,
        ...(cursor !== undefined ? { cursor } : {}),
      }),
    productCount,
  )
  const productIds = await mapLimited(providers, setupConcurrency, async (provider, index) => {
    const user = await identity.createUser(null, {
      username: `bench.provider.${index}`,
      password: benchPassword,
      displayNameZh: `压测服务机构${index}`,
      displayNameEn: `Bench provider ${index}`,
      role: 'provider',
      organisationId: provider.id,
    })
    const product = await vouchers.products.createProduct(principalOf(user), {
      category: 'testing',
      nameZh: `压测可靠性测试${index}`,
      nameEn: `Bench reliability testing ${index}`,
      descriptionZh: '压测用服务产品',
      descriptionEn: 'A service product for the benchmark',
      priceFen: productPriceFen,
      priceUnit: 'per_service',
    })
    return product.id
  })

  const firms = await collectPages(
    (cursor) =>
      registry.organisations.listFirms({ limit: pageSize, ...(cursor !== undefined ? { cursor } : {}) }),
    firmCount,
  )
  const schemeOfCity = new Map<string, string>()
  for (const cityCode of new Set(firms.map((firm) => firm.cityCode))) {
    const scheme = await vouchers.schemes.createScheme(office, {
      cityCode,
      nameZh: `${cityCode} 压测创新券`,
      nameEn: `${cityCode} bench innovation voucher`,
      voucherType: 'general',
      eligibleFirms: ['any_firm'],
      annualBudgetFen: 1_000_000_000_000,
      claimCapFen: voucherAmountFen,
      firmYearCapFen: voucherAmountFen,
      firmTotalCapFen: voucherAmountFen,
      voucherShareMaxPercent: 50,
      fullCoverageBelowFen: 0,
      validityDays: 365,
      serviceCategories: ['testing', 'rd_design', 'consulting', 'instrument_time'],
      settlementModel: 'provider_paid',
      utilisationGatePercent: 0,
    })
    await vouchers.schemes.appropriate(office, scheme.id, {
      amountFen: voucherAmountFen * firms.length,
      documentReference: `${cityCode}财〔2026〕60号`,
    })
    schemeOfCity.set(cityCode, scheme.id)
  }

  const firmFixtures = await mapLimited(firms, setupConcurrency, async (firm, index) => {
    const firmUser = principalOf(
      await identity.createUser(null, {
        username: `bench.firm.${index}`,
        password: benchPassword,
        displayNameZh: `压测企业用户${index}`,
        displayNameEn: `Bench firm user ${index}`,
        role: 'firm',
        organisationId: firm.id,
      }),
    )
    const apiToken = await identity.createApiToken(firmUser, 'bench')
    const schemeId = schemeOfCity.get(firm.cityCode)
    if (schemeId === undefined) throw new Error(`no scheme for ${firm.cityCode}`)
    const claim = await vouchers.claims.submitClaim(firmUser, {
      schemeId,
      requestedAmountFen: voucherAmountFen,
      purpose: 'Benchmark: reliability testing of a new chip',
    })
    const { voucher } = await vouchers.claims.approveClaim(office, claim.id, {})
    return {
      firmId: firm.id,
      principal: firmUser,
      token: apiToken.token,
      voucherId: voucher.id,
      accountId: voucher.accountId,
      reservationAccountId: voucher.reservationAccountId,
    }
  })
  return { firms: firmFixtures, productIds }
}

async function countOf(db: Database, table: 'voucher_orders' | 'ledger_transfers' | 'audit_log') {
  const rows = await queryRows<{ count: string | number }>(
    db,
    sql`SELECT count(*) AS count FROM ${sql.identifier(table)}`,
  )
  return Number(rows[0]?.count ?? 0)
}

/** What the server answered other than 201, from the stored idempotent answers of this load (5xx are not stored). */
async function refusalsOf(db: Database, keyPrefix: string) {
  const rows = await queryRows<{ status: number; code: string | null; count: string | number }>(
    db,
    sql`SELECT response_status AS status, (response_body::jsonb) -> 'error' ->> 'code' AS code, count(*) AS count
          FROM idempotency_keys
         WHERE key LIKE ${`${keyPrefix}%`} AND response_status IS DISTINCT FROM 201
         GROUP BY 1, 2 ORDER BY 3 DESC`,
  )
  return rows.map((row) => ({ status: row.status, code: row.code, count: Number(row.count) }))
}

interface OrderLoadOptions {
  label: string
  connections: number
  seconds: number
  firms: FirmFixture[]
}

export async function orderLoad(
  server: { port: number; pid: number | null },
  db: Database,
  fixtures: Fixtures,
  options: OrderLoadOptions,
) {
  const keyPrefix = `bench-${options.label}-${Date.now().toString(36)}-`
  let sequence = 0
  const ordersBefore = await countOf(db, 'voucher_orders')
  const batchesBefore = await groupCommitCounts(server.port, 'voucher_order')
  const { result, cpu } = await measureCpu(db, server.pid, () =>
    autocannon({
      url: `http://${host}:${server.port}`,
      connections: options.connections,
      duration: options.seconds,
      requests: [
        {
          method: 'POST',
          path: '/api/voucher-orders',
          setupRequest: (request) => {
            const position = sequence++
            const firm = options.firms[position % options.firms.length] as FirmFixture
            const productId = fixtures.productIds[position % fixtures.productIds.length] as string
            return {
              ...request,
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${firm.token}`,
                'idempotency-key': `${keyPrefix}${position}`,
              },
              body: JSON.stringify({ voucherId: firm.voucherId, productId }),
            }
          },
        },
      ],
    }),
  )
  const requestsPerSecond = Math.round(result.requests.average)
  const ordersStored = (await countOf(db, 'voucher_orders')) - ordersBefore
  const batchesAfter = await groupCommitCounts(server.port, 'voucher_order')
  return {
    connections: options.connections,
    vouchers: options.firms.length,
    durationSeconds: options.seconds,
    requestsPerSecond,
    latencyP50Ms: result.latency.p50,
    latencyP90Ms: result.latency.p90,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    responses2xx: result['2xx'],
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    ordersStored,
    /** orders a statement and a commit (the group commit's batches) */
    meanBatchSize: meanBatchSize(batchesBefore, batchesAfter),
    refusals: result.non2xx > 0 ? await refusalsOf(db, keyPrefix) : [],
    cpuCores: cpu,
    cpuMsPerOrder: cpuMsPerOperation(cpu, requestsPerSecond),
  }
}

const percentile = (sorted: number[], fraction: number) =>
  sorted.length === 0
    ? 0
    : (sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number)
const roundTo = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

/**
 * `connections` workers on a pool of as many connections, for `seconds`: each takes the next account pair and
 * moves 1 fen from the voucher to its reservation and back (two transfers, each one ledger_transfer statement in
 * its own transaction), so every balance ends where it began and the ledger still verifies.
 */
export async function ledgerLoad(
  url: string,
  observer: Database,
  fixtures: Fixtures,
  connections: number,
  seconds: number,
  pairsPerStatement = 1,
) {
  const pool = new pg.Pool({ connectionString: url, max: connections })
  pool.on('error', () => undefined)
  const db: Database = drizzle(pool, { schema })
  try {
    await Promise.all(Array.from({ length: connections }, () => pool.query('SELECT 1')))
    const pairs = fixtures.firms
    const latenciesMs: number[] = []
    let next = 0
    let refused = 0
    let deadlineMs = 0
    const movesOf = (pair: FirmFixture): TransferInput[] => {
      const common = { amountFen: 1, reference: `bench-${pair.voucherId}`, actorUserId: null }
      return [
        { ...common, kind: 'reserve', fromAccountId: pair.accountId, toAccountId: pair.reservationAccountId },
        { ...common, kind: 'release', fromAccountId: pair.reservationAccountId, toAccountId: pair.accountId },
      ]
    }
    let transfers = 0
    // Single transfers: each one statement and one commit. Batches: every pair's reserve then its release, in one
    // transferMany statement (one commit for 2 × pairsPerStatement transfers); the latency counted is the batch's.
    async function worker() {
      while (performance.now() < deadlineMs) {
        const batch = Array.from({ length: pairsPerStatement }, () =>
          movesOf(pairs[next++ % pairs.length] as FirmFixture),
        )
        const statements = pairsPerStatement === 1 ? (batch[0] ?? []).map((move) => [move]) : [batch.flat()]
        for (const statement of statements) {
          const startedAtMs = performance.now()
          try {
            if (statement.length === 1 && statement[0] !== undefined) await transfer(db, statement[0])
            else await transferMany(db, statement)
            latenciesMs.push(performance.now() - startedAtMs)
            transfers += statement.length
          } catch (error) {
            refused++
            if (refused === 1) progress(`ledger transfer failed: ${String(error)}`)
          }
        }
      }
    }
    const { cpu, seconds: elapsedSeconds } = await measureCpu(observer, null, async () => {
      deadlineMs = performance.now() + seconds * 1000
      await Promise.all(Array.from({ length: connections }, worker))
    })
    const transfersPerSecond = Math.round(transfers / elapsedSeconds)
    latenciesMs.sort((left, right) => left - right)
    return {
      connections,
      workers: connections,
      accountPairs: pairs.length,
      transfersPerStatement: pairsPerStatement === 1 ? 1 : 2 * pairsPerStatement,
      durationSeconds: roundTo(elapsedSeconds, 2),
      transfers,
      transfersPerSecond,
      latencyP50Ms: roundTo(percentile(latenciesMs, 0.5), 2),
      latencyP99Ms: roundTo(percentile(latenciesMs, 0.99), 2),
      failed: refused,
      cpuCores: cpu,
      cpuMsPerTransfer: cpuMsPerOperation(cpu, transfersPerSecond),
    }
  } finally {
    await pool.end()
  }
}

/**
 * The same orders without HTTP: `connections` workers call the orders service's placeOrder (its group commit,
 * one voucher_order_reserve_batch statement for the orders of one moment) on a pool of as many connections. No token
 * lookup and no idempotency key: what is left is the database's share of an order.
 */
export async function serviceOrderLoad(
  url: string,
  observer: Database,
  fixtures: Fixtures,
  connections: number,
  seconds: number,
) {
  const pool = new pg.Pool({ connectionString: url, max: connections })
  pool.on('error', () => undefined)
  const db: Database = drizzle(pool, { schema })
  const { orders } = createVouchersModule(db, { registry: createRegistryModule(db).organisations })
  try {
    await Promise.all(Array.from({ length: connections }, () => pool.query('SELECT 1')))
    const latenciesMs: number[] = []
    let next = 0
    let failed = 0
    let deadlineMs = 0
    async function worker() {
      while (performance.now() < deadlineMs) {
        const position = next++
        const firm = fixtures.firms[position % fixtures.firms.length] as FirmFixture
        const productId = fixtures.productIds[position % fixtures.productIds.length] as string
        const startedAtMs = performance.now()
        try {
          await orders.placeOrder(firm.principal, { voucherId: firm.voucherId, productId })
          latenciesMs.push(performance.now() - startedAtMs)
        } catch (error) {
          failed++
          if (failed === 1) progress(`order without HTTP failed: ${String(error)}`)
        }
      }
    }
    const { cpu, seconds: elapsedSeconds } = await measureCpu(observer, null, async () => {
      deadlineMs = performance.now() + seconds * 1000
      await Promise.all(Array.from({ length: connections }, worker))
    })
    const ordersPerSecond = Math.round(latenciesMs.length / elapsedSeconds)
    latenciesMs.sort((left, right) => left - right)
    return {
      connections,
      workers: connections,
      vouchers: fixtures.firms.length,
      durationSeconds: roundTo(elapsedSeconds, 2),
      orders: latenciesMs.length,
      ordersPerSecond,
      latencyP50Ms: roundTo(percentile(latenciesMs, 0.5), 2),
      latencyP99Ms: roundTo(percentile(latenciesMs, 0.99), 2),
      failed,
      cpuCores: cpu,
      cpuMsPerOrder: cpuMsPerOperation(cpu, ordersPerSecond),
    }
  } finally {
    await pool.end()
  }
}

async function measure(url: string) {
  const environment = benchEnvironment(url, 'small')
  const setupStartedAtMs = performance.now()
  const context = await createContext(loadConfig(environment), { seedWhenEmpty: true })
  let fixtures: Fixtures
  try {
    fixtures = await prepareFixtures(context)
  } finally {
    await context.close()
  }
  const setupMs = Math.round(performance.now() - setupStartedAtMs)
  progress(
    `set up ${fixtures.firms.length} firms with vouchers and ${fixtures.productIds.length} products in ${setupMs} ms`,
  )

  const pool = new pg.Pool({ connectionString: url, max: 2 })
  pool.on('error', () => undefined)
  const db: Database = drizzle(pool, { schema })
  try {
    const started = await startServer({ ...environment, LOG_LEVEL: 'warn' })
    const server = { port: started.port, pid: started.child.pid ?? null }
    const orders: Record<string, Awaited<ReturnType<typeof orderLoad>>> = {}
    try {
      // the seed queues background jobs (the corridor-wide score recompute) that would otherwise run during the load
      await waitForIdleJobs(started)
      progress(`warm-up: ${warmUpSeconds} s`)
      await orderLoad(server, db, fixtures, {
        label: 'warmup',
        connections: connectionCounts[0] ?? 8,
        seconds: warmUpSeconds,
        firms: fixtures.firms,
      })
      for (const connections of connectionCounts) {
        progress(`orders over HTTP, ${connections} connections, ${fixtures.firms.length} vouchers`)
        orders[`spread${connections}`] = await orderLoad(server, db, fixtures, {
          label: `spread${connections}`,
          connections,
          seconds: loadDurationSeconds,
          firms: fixtures.firms,
        })
      }
      progress(`orders over HTTP, ${hotConnections} connections, one hot voucher`)
      orders[`hot${hotConnections}`] = await orderLoad(server, db, fixtures, {
        label: `hot${hotConnections}`,
        connections: hotConnections,
        seconds: loadDurationSeconds,
        firms: fixtures.firms.slice(0, 1),
      })
    } finally {
      await stopServer(started)
    }

    const ordersWithoutHttp: Record<string, Awaited<ReturnType<typeof serviceOrderLoad>>> = {}
    for (const connections of connectionCounts) {
      progress(`orders without HTTP (orders service), ${connections} pool connections`)
      ordersWithoutHttp[`pool${connections}`] = await serviceOrderLoad(
        url,
        db,
        fixtures,
        connections,
        loadDurationSeconds,
      )
    }

    const ledger: Record<string, Awaited<ReturnType<typeof ledgerLoad>>> = {}
    for (const connections of connectionCounts) {
      progress(`ledger transfers without HTTP, ${connections} pool connections`)
      ledger[`pool${connections}`] = await ledgerLoad(url, db, fixtures, connections, loadDurationSeconds)
    }
    for (const connections of connectionCounts) {
      const perStatement = 2 * ledgerBatchPairs
      progress(`ledger transfers without HTTP, ${perStatement} a statement, ${connections} pool connections`)
      ledger[`batch${perStatement}pool${connections}`] = await ledgerLoad(
        url,
        db,
        fixtures,
        connections,
        loadDurationSeconds,
        ledgerBatchPairs,
      )
    }

    const verification = await verifyLedger(db)
    return {
      setup: {
        setupMs,
        firms: fixtures.firms.length,
        vouchers: fixtures.firms.length,
        products: fixtures.productIds.length,
        voucherAmountFen,
        orderVoucherShareFen: productPriceFen / 2,
        /** postgresPoolSizeMax of server/db/client.ts */
        serverPoolConnections: 20,
      },
      orders,
      ordersWithoutHttp,
      ledger,
      ledgerVerified: verification.ok,
      ledgerFirstViolation: verification.firstViolation,
      totals: {
        orders: await countOf(db, 'voucher_orders'),
        ledgerTransfers: await countOf(db, 'ledger_transfers'),
        auditRecords: await countOf(db, 'audit_log'),
      },
    }
  } finally {
    await pool.end()
  }
}

export async function benchmarkVouchers() {
  return {
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version },
    measuredAt: new Date().toISOString(),
    /** what else ran: the one-minute load average when the benchmark began */
    loadAverageAtStart: os.loadavg()[0],
    ...(await withFreshPostgresDatabase(measure)),
  }
}
