// npm run bench -- instruments: bookings per second over HTTP (non-conflicting slots) and the p99 of "instruments
// free between A and B" on the full catalogue, on PostgreSQL.
//
// A fresh database is migrated and seeded with the full demo set (about 26,000 instruments and a year of
// bookings), then set up through the platform's services: bench owners publish instruments with simple rules
// (no lead time, no approval, no buffer, no quota) and bench firm users hold API tokens. A real server is loaded by
// autocannon: first with availability searches over varying windows and filters, then with POST /api/bookings,
// every request a slot of its own (instrument = n mod M, hour = n div M), its own Idempotency-Key and token.
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
  groupCommitCounts,
  host,
  loadDurationSeconds,
  loadSummary,
  meanBatchSize,
  startServer,
  stopServer,
  waitForIdleJobs,
  withFreshPostgresDatabase,
} from './server'

const connectionCounts = (process.env.BENCH_BOOKING_CONNECTIONS ?? '8,32').split(',').map(Number)
const instrumentCount = 200
const ownerCount = 20
const firmCount = 64
const benchPassword = 'bench-password-60'
const hourMs = 60 * 60 * 1000
const dayMs = 24 * hourMs
const cities = ['SH-SJ', 'SZ', 'HZ', 'JX', 'HUZ', 'JH', 'HF', 'WH', 'XC']
const categories = ['analytical', 'physical_property', 'metrology', 'laser', 'medical_research']

const progress = (message: string) => process.stderr.write(`  instruments: ${message}\n`)

function principalOf(user: PublicUser): Principal {
  return {
    userId: user.id,
    username: user.username,
    role: user.role,
    cityCode: user.cityCode,
    organisationId: user.organisationId,
  }
}

async function prepare(context: AppContext) {
  const { identity } = context
  const { registry, instruments } = context.modules
  const providers = (await registry.organisations.listProviders({ status: 'active', limit: ownerCount }))
    .items
  const owners: Principal[] = []
  for (const [index, provider] of providers.entries()) {
    owners.push(
      principalOf(
        await identity.createUser(null, {
          username: `bench.owner.${index}`,
          password: benchPassword,
          displayNameZh: `压测仪器管理员${index}`,
          displayNameEn: `Bench owner ${index}`,
          role: 'provider',
          cityCode: provider.cityCode,
          organisationId: provider.id,
        }),
      ),
    )
  }
  const instrumentIds: string[] = []
  for (let index = 0; index < instrumentCount; index++) {
    const owner = owners[index % owners.length]
    if (owner === undefined) throw new Error('no owner')
    const created = await instruments.instruments.createInstrument(owner, {
      nameZh: `压测质谱仪${index}`,
      nameEn: `Bench mass spectrometer ${index}`,
      model: 'BENCH-1',
      maker: 'Bench',
      category: 'analytical',
      originalValueFen: 1_000_000_00,
      locationZh: '压测实验室',
      specificationsZh: '压测',
      specificationsEn: 'bench',
      servicesZh: '压测',
      priceUnit: 'per_hour',
      internalPriceFen: 100_00,
      externalPriceFen: 200_00,
      contactName: '压测',
      contactPhone: '0512-0000 0000',
      rules: {
        leadTimeHours: 0,
        minDurationMinutes: 30,
        maxDurationMinutes: 480,
        bufferMinutes: 0,
        requiresApproval: false,
        cancellationNoticeHours: 0,
        monthlyQuotaHours: 0,
      },
      // around the clock: the bench books every hour of the day
      openingHours: {
        weekly: Array.from({ length: 7 }, () => [{ opensAt: '00:00', closesAt: '24:00' }]),
        closedOnHolidays: false,
      },
    })
    instrumentIds.push(created.id)
  }
  const firms = (await registry.organisations.listFirms({ limit: 100 })).items.slice(0, firmCount)
  const tokens: string[] = []
  for (const [index, firm] of firms.entries()) {
    const user = principalOf(
      await identity.createUser(null, {
        username: `bench.booker.${index}`,
        password: benchPassword,
        displayNameZh: `压测企业${index}`,
        displayNameEn: `Bench firm ${index}`,
        role: 'firm',
        cityCode: firm.cityCode,
        organisationId: firm.id,
      }),
    )
    tokens.push((await identity.createApiToken(user, 'bench')).token)
  }
  return { instrumentIds, tokens }
}

/** Windows of two to eight hours over the coming weeks, alone and with a city, a category or a price cap. */
function availabilityPaths(count: number): string[] {
  const base = Date.now() + dayMs
  return Array.from({ length: count }, (_, index) => {
    const from = new Date(base + (index % 21) * dayMs + (index % 10) * hourMs)
    from.setUTCMinutes(0, 0, 0)
    const to = new Date(from.getTime() + (2 + (index % 4) * 2) * hourMs)
    const window = `freeFrom=${encodeURIComponent(from.toISOString())}&freeTo=${encodeURIComponent(to.toISOString())}`
    const filters = [
      '',
      `&city=${cities[index % cities.length]}`,
      `&category=${categories[index % categories.length]}`,
      '&priceMaxFen=50000',
    ][index % 4]
    return `/api/instruments?${window}${filters ?? ''}&limit=20`
  })
}

async function measure(url: string) {
  const environment = benchEnvironment(url, 'full')
  const setupStartedAtMs = performance.now()
  const context = await createContext(loadConfig(environment), { seedWhenEmpty: true })
  let fixtures: Awaited<ReturnType<typeof prepare>>
  let catalogue: number
  try {
    fixtures = await prepare(context)
    const rows = await queryRows<{ count: string | number }>(
      context.database.db,
      sql`SELECT count(*) AS count FROM instruments`,
    )
    catalogue = Number(rows[0]?.count ?? 0)
  } finally {
    await context.close()
  }
  progress(
    `seeded and set up in ${Math.round(performance.now() - setupStartedAtMs)} ms; ${catalogue} instruments`,
  )
  const started = await startServer({ ...environment, LOG_LEVEL: 'warn' })
  try {
    await waitForIdleJobs(started)
    const paths = availabilityPaths(200)
    progress('availability search, 8 connections')
    const availability = loadSummary(
      await autocannon({
        url: `http://${host}:${started.port}`,
        connections: 8,
        duration: loadDurationSeconds,
        requests: paths.map((path) => ({ method: 'GET' as const, path })),
      }),
    )
    const bookings: Record<string, ReturnType<typeof loadSummary> & { meanBatchSize: number | null }> = {}
    // far beyond the seeded year, so that bench slots meet nothing but each other
    const slotBaseMs = Date.parse('2027-06-01T00:00:00Z')
    let sequence = 0
    for (const connections of connectionCounts) {
      progress(`bookings over HTTP, ${connections} connections`)
      const batchesBefore = await groupCommitCounts(started.port, 'instrument_booking')
      const load = loadSummary(
        await autocannon({
          url: `http://${host}:${started.port}`,
          connections,
          duration: loadDurationSeconds,
          requests: [
            {
              method: 'POST',
              path: '/api/bookings',
              setupRequest: (request) => {
                const position = sequence++
                const instrumentId = fixtures.instrumentIds[
                  position % fixtures.instrumentIds.length
                ] as string
                const startsAt = slotBaseMs + Math.floor(position / fixtures.instrumentIds.length) * hourMs
                const token = fixtures.tokens[position % fixtures.tokens.length] as string
                return {
                  ...request,
                  headers: {
                    'content-type': 'application/json',
                    authorization: `Bearer ${token}`,
                    'idempotency-key': `bench-booking-${position}`,
                  },
                  body: JSON.stringify({
                    instrumentId,
                    startsAt: new Date(startsAt).toISOString(),
                    endsAt: new Date(startsAt + hourMs).toISOString(),
                    purpose: 'bench',
                  }),
                }
              },
            },
          ],
        }),
      )
      const batchesAfter = await groupCommitCounts(started.port, 'instrument_booking')
      // bookings a statement and a commit (the group commit's batches)
      bookings[`connections${connections}`] = {
        ...load,
        meanBatchSize: meanBatchSize(batchesBefore, batchesAfter),
      }
    }
    return { catalogueInstruments: catalogue, availability, bookings }
  } finally {
    await stopServer(started)
  }
}

export async function benchmarkInstruments() {
  return {
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version },
    measuredAt: new Date().toISOString(),
    loadAverageAtStart: os.loadavg()[0],
    ...(await withFreshPostgresDatabase(measure)),
  }
}
