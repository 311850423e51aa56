import { createHash } from 'node:crypto'
import { sql, type SQL } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows, type Database } from '../db/client'
import { createFiguresService } from '../modules/finance/figures.service'
import {
  indicatorCodes,
  lendingTypes,
  productTypes,
  type FirmStage,
  type IndicatorCode,
} from '../modules/finance/finance.reference'
import { parameterSetOf } from '../modules/finance/scores.service'
import { scoreOf } from '../modules/finance/scoring'
import {
  instrumentCategories,
  valueTierOf,
  type InstrumentPriceUnit,
} from '../modules/instruments/instruments.reference'
import { bookingAmountFen } from '../modules/instruments/rules'
import { createStatsService } from '../modules/instruments/stats.service'
import { isValidCreditCode } from '../modules/registry/credit-code'
import { caseWorkflow } from '../modules/services/cases.workflow'
import { catalogueItems, talentCardEntitlements } from '../modules/services/services.reference'
import { caseStatuses } from '../modules/services/services.states'
import { cityCodes, institutionKinds, referenceFigures } from '../modules/registry/reference/reference-data'
import { verifyLedger } from '../modules/vouchers'
import { isValidVoucherNumber, spotCheckDraw } from '../modules/vouchers/rules'
import type { Principal, Role } from '../platform/authorization'
import {
  addCalendarDays,
  addWorkingDays,
  countWorkingDaysBetween,
  exceptionsFrom,
  isWorkingDay,
  shanghaiDateOf,
} from '../platform/calendar'
import { chinaCalendarDays } from '../platform/calendar/calendar.data'
import { createNotificationsService } from '../platform/notifications'
import { idPattern } from '../platform/ids'
import { countOf, createTestDatabase, type TestDatabase } from '../testing/database'
import { demoAccountSummaries } from './accounts'
import {
  demoFiguresBySize,
  generateDemoData,
  instrumentFiguresBySize,
  serviceFiguresBySize,
  type DemoData,
} from './generate'
import { reaches } from './inbox/reads'
import { ensureRegistryReferenceData } from './reference'
import { isDatabaseEmpty } from './emptiness'
import { licenceGrantsOf } from '../modules/services/seed'
import { seedDemoData } from './seed'

/** Every seeding in this file ends its year of voucher activity at this one moment, so that one seed gives
 * identical rows, timestamps included. */
const seedNow = new Date()

const seededTables = [
  { table: 'parks', orderBy: 'id' },
  { table: 'alliances', orderBy: 'id' },
  { table: 'alliance_members', orderBy: 'alliance_id, member_id' },
  { table: 'firms', orderBy: 'id' },
  { table: 'institutions', orderBy: 'id' },
  { table: 'providers', orderBy: 'id' },
  { table: 'ledger_accounts', orderBy: 'id' },
  { table: 'voucher_schemes', orderBy: 'id' },
  { table: 'voucher_scheme_appropriations', orderBy: 'id' },
  { table: 'service_products', orderBy: 'id' },
  { table: 'voucher_claims', orderBy: 'id' },
  { table: 'vouchers', orderBy: 'id' },
  { table: 'voucher_orders', orderBy: 'id' },
  { table: 'redemptions', orderBy: 'id' },
  { table: 'redemption_deliverables', orderBy: 'redemption_id' },
  { table: 'settlement_runs', orderBy: 'id' },
  { table: 'settlement_payments', orderBy: 'id' },
  { table: 'instruments', orderBy: 'id' },
  { table: 'instrument_owner_policies', orderBy: 'provider_id' },
  { table: 'instrument_bookings', orderBy: 'id' },
  { table: 'instrument_violations', orderBy: 'id' },
  { table: 'finance_products', orderBy: 'id' },
  { table: 'firm_indicator_values', orderBy: 'id' },
  { table: 'firm_scores', orderBy: 'firm_id' },
  { table: 'financing_needs', orderBy: 'id' },
  { table: 'finance_referrals', orderBy: 'id' },
  { table: 'finance_cases', orderBy: 'id' },
  { table: 'finance_case_notes', orderBy: 'id' },
  { table: 'service_cases', orderBy: 'id' },
  { table: 'service_case_materials', orderBy: 'id' },
  { table: 'service_case_files', orderBy: 'material_id' },
  { table: 'service_case_events', orderBy: 'id' },
  { table: 'talent_cards', orderBy: 'id' },
  { table: 'workflow_transitions', orderBy: 'id' },
  { table: 'notifications', orderBy: 'id' },
  { table: 'notification_reads', orderBy: 'notification_id, user_id' },
] as const

function sha256(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'bigint' ? item.toString() : item,
  )
  return createHash('sha256').update(json).digest('hex')
}

/** A digest per table of every column of every row. Users get fresh ids, salts and times from the identity
 * service, so they are compared by what the seeder decides: username, names, role, city, organisation; where a
 * voucher row names a demo account (who decided, who ordered), its id is replaced by the username. Ledger
 * transfers carry the moment of their act, so their time is compared too. */
async function digestOf(db: Database): Promise<Record<string, string>> {
  const usernames = new Map(
    (await queryRows<{ id: string; username: string }>(db, sql`SELECT id, username FROM users`)).map(
      (user) => [user.id, `user:${user.username}`],
    ),
  )
  const digest = (rows: unknown[]) =>
    sha256(
      rows.map((row) =>
        Object.fromEntries(
          Object.entries(row as Record<string, unknown>).map(([key, value]) => [
            key,
            typeof value === 'string' ? (usernames.get(value) ?? value) : value,
          ]),
        ),
      ),
    )
  const digests: Record<string, string> = {}
  for (const { table, orderBy } of seededTables) {
    digests[table] = digest(await queryRows(db, sql.raw(`SELECT * FROM ${table} ORDER BY ${orderBy}`)))
  }
  digests.ledger_transfers = digest(
    await queryRows(
      db,
      sql`SELECT id, kind, from_account_id, to_account_id, amount_fen, reference, actor_user_id, created_at
          FROM ledger_transfers ORDER BY id`,
    ),
  )
  digests.voucher_number_counters = digest(
    await queryRows(db, sql`SELECT * FROM voucher_number_counters ORDER BY city_code, year`),
  )
  digests.service_case_counters = digest(
    await queryRows(db, sql`SELECT * FROM service_case_counters ORDER BY city_code, year`),
  )
  digests.users = sha256(
    await queryRows(
      db,
      sql`SELECT username, display_name_zh, display_name_en, role, city_code, organisation_id, is_demo
          FROM users ORDER BY username`,
    ),
  )
  return digests
}

async function seededDatabase(seedNumber: number): Promise<TestDatabase> {
  const database = await createTestDatabase()
  await ensureRegistryReferenceData(database.db)
  await seedDemoData(database.db, { seedNumber, size: 'small', now: seedNow })
  return database
}

interface SmallSet {
  database: TestDatabase
  emptyBefore: boolean
  progress: { stage: string; done: number; total: number }[]
}

let smallSet: Promise<SmallSet> | undefined

/** The small set of seed 7, seeded once for every describe block below that reads it. */
function seededSmallSet(): Promise<SmallSet> {
  smallSet ??= (async () => {
    const database = await createTestDatabase()
    await ensureRegistryReferenceData(database.db)
    const emptyBefore = await isDatabaseEmpty(database.db)
    const progress: SmallSet['progress'] = []
    await seedDemoData(database.db, {
      seedNumber: 7,
      size: 'small',
      now: seedNow,
      onProgress: (stage, done, total) => progress.push({ stage, done, total }),
    })
    return { database, emptyBefore, progress }
  })()
  return smallSet
}

afterAll(async () => {
  if (smallSet !== undefined) await (await smallSet).database.close()
})

let fullSet: DemoData | undefined

/** The full set of seed 60, generated once for every describe block below that reads it. */
function generatedFullSet(): DemoData {
  fullSet ??= generateDemoData({ seedNumber: 60, size: 'full' })
  return fullSet
}

/** Registers the block's beforeAll that seeds the small set (once in this file); what it holds is there from then. */
function withSmallSet(): SmallSet {
  const seeded = {} as SmallSet
  beforeAll(async () => {
    Object.assign(seeded, await seededSmallSet())
  })
  return seeded
}

/** Registers the block's beforeAll that generates the full set (once in this file); its rows are there from then. */
function withFullSet(): DemoData {
  const full = {} as DemoData
  beforeAll(() => {
    Object.assign(full, generatedFullSet())
  })
  return full
}

const office: Principal = {
  userId: 'usr_test_office',
  username: 'office',
  role: 'corridor_admin',
  cityCode: null,
  organisationId: null,
}
const shanghaiDay = (ms: number) => shanghaiDateOf(new Date(ms))

async function userIdOf(db: Database, username: string) {
  const rows = await queryRows<{ id: string; organisation_id: string | null }>(
    db,
    sql`SELECT id, organisation_id FROM users WHERE username = ${username}`,
  )
  return { userId: rows[0]?.id ?? '', organisationId: rows[0]?.organisation_id ?? '' }
}

describe('seeding the small set: the registry', () => {
  const small = demoFiguresBySize.small
  const seeded = withSmallSet()

  it('seeds an empty database, which is then no longer empty', async () => {
    expect(seeded.emptyBefore).toBe(true)
    expect(await isDatabaseEmpty(seeded.database.db)).toBe(false)
  })

  it('holds the small figures, in all nine cities, all marked synthetic', async () => {
    const db = seeded.database.db
    expect(await countOf(db, sql`SELECT count(*) AS count FROM parks`)).toBe(small.parks)
    expect(await countOf(db, sql`SELECT count(*) AS count FROM parks WHERE is_demonstration_park`)).toBe(
      small.demonstrationParks,
    )
    expect(await countOf(db, sql`SELECT count(*) AS count FROM alliances`)).toBe(
      referenceFigures.industrialAlliances,
    )
    expect(await countOf(db, sql`SELECT count(*) AS count FROM firms WHERE is_high_tech`)).toBe(small.firms)
    expect(await countOf(db, sql`SELECT count(*) AS count FROM firms WHERE is_leading`)).toBe(
      small.leadingFirms,
    )
    expect(await countOf(db, sql`SELECT count(*) AS count FROM institutions`)).toBe(small.institutions)
    expect(await countOf(db, sql`SELECT count(*) AS count FROM providers`)).toBe(small.providers)
    expect(await countOf(db, sql`SELECT count(DISTINCT kind) AS count FROM institutions`)).toBe(
      institutionKinds.length,
    )
    expect(await countOf(db, sql`SELECT count(DISTINCT city_code) AS count FROM parks`)).toBe(
      referenceFigures.cities,
    )
    expect(await countOf(db, sql`SELECT count(DISTINCT city_code) AS count FROM firms`)).toBe(
      referenceFigures.cities,
    )
    for (const table of ['parks', 'alliances', 'firms', 'institutions', 'providers']) {
      expect(
        await countOf(db, sql.raw(`SELECT count(*) AS count FROM ${table} WHERE NOT is_synthetic`)),
      ).toBe(0)
    }
    const tiers = await queryRows<{ tier: string; count: string | number }>(
      db,
      sql`SELECT tier, count(*) AS count FROM alliances GROUP BY tier ORDER BY tier`,
    )
    expect(tiers.map((row) => [row.tier, Number(row.count)])).toEqual([
      ['key_industry', 7],
      ['overall', 1],
      ['sub', 6],
    ])
    const parksOutsideOverall = sql`SELECT count(*) AS count FROM parks WHERE id NOT IN (
      SELECT member_id FROM alliance_members JOIN alliances ON alliances.id = alliance_id WHERE tier = 'overall')`
    expect(await countOf(db, parksOutsideOverall)).toBe(0)
  })

  it('gives identical rows for the same seed in a fresh database, and different rows for another seed', async () => {
    const first = await digestOf(seeded.database.db)
    const again = await seededDatabase(7)
    try {
      expect(await digestOf(again.db)).toEqual(first)
    } finally {
      await again.close()
    }
    const other = await seededDatabase(8)
    try {
      const otherDigest = await digestOf(other.db)
      for (const { table } of seededTables) expect(otherDigest[table], table).not.toBe(first[table])
      expect(otherDigest.ledger_transfers).not.toBe(first.ledger_transfers)
    } finally {
      await other.close()
    }
  })
})

describe('seeding the small set: the demo accounts and progress', () => {
  const seeded = withSmallSet()

  it("gives every demo account an organisation that exists, of the right kind, in the account's city", async () => {
    const users = await queryRows<{
      username: string
      role: string
      city_code: string | null
      organisation_id: string | null
    }>(
      seeded.database.db,
      sql`SELECT username, role, city_code, organisation_id FROM users WHERE is_demo ORDER BY username`,
    )
    expect(users.map((user) => user.username).sort()).toEqual(
      demoAccountSummaries.map((summary) => summary.username).sort(),
    )
    for (const summary of demoAccountSummaries) {
      const user = users.find((candidate) => candidate.username === summary.username)
      expect(user, summary.username).toMatchObject({ role: summary.role, city_code: summary.cityCode })
      if (summary.organisationKind === null) {
        expect(user?.organisation_id, summary.username).toBeNull()
        continue
      }
      const organisationId = user?.organisation_id ?? ''
      const found =
        summary.organisationKind === 'firm'
          ? await queryRows<{ city_code: string }>(
              seeded.database.db,
              sql`SELECT city_code FROM firms WHERE id = ${organisationId}`,
            )
          : summary.organisationKind === 'provider'
            ? await queryRows<{ city_code: string }>(
                seeded.database.db,
                sql`SELECT city_code FROM providers WHERE id = ${organisationId} AND admission_status = 'active'`,
              )
            : await queryRows<{ city_code: string }>(
                seeded.database.db,
                sql`SELECT city_code FROM institutions WHERE id = ${organisationId} AND kind = 'bank'`,
              )
      expect(found, summary.username).toHaveLength(1)
      expect(found[0]?.city_code, summary.username).toBe(summary.cityCode)
    }
  })

  it('reports progress per stage, ending at each stage total', () => {
    const stages = [...new Set(seeded.progress.map((step) => step.stage))]
    expect(stages).toEqual(
      expect.arrayContaining([
        'parks',
        'alliances',
        'firms',
        'alliance members',
        'institutions',
        'providers',
        'demo accounts',
        'ledger transfers',
        'voucher claims',
        'vouchers',
        'voucher orders',
        'redemptions',
        'settlement runs',
        'instruments',
        'instrument bookings',
        'violations',
        'finance products',
        'indicator values',
        'firm scores',
        'financing needs',
        'referrals',
        'finance cases',
        'case notes',
        'case numbers',
        'service cases',
        'case materials',
        'case files',
        'case events',
        'case moves',
        'talent cards',
        'notifications',
        'notification reads',
      ]),
    )
    for (const stage of stages) {
      const last = seeded.progress.filter((step) => step.stage === stage).at(-1)
      expect(last?.done, stage).toBe(last?.total)
    }
  })
})

describe('seeding the small set: the voucher ledger, schemes and products', () => {
  const seeded = withSmallSet()

  it('leaves a voucher ledger that verifies clean, every check passing', async () => {
    const verification = await verifyLedger(seeded.database.db)
    expect(verification.firstViolation).toBeNull()
    expect(verification.checks.filter((check) => !check.ok)).toEqual([])
    expect(verification.ok).toBe(true)
    expect(verification.balanceSumFen).toBe(0)
    expect(verification.transferCount).toBeGreaterThan(100)
    const kinds = await queryRows<{ kind: string }>(
      seeded.database.db,
      sql`SELECT DISTINCT kind FROM ledger_transfers ORDER BY kind`,
    )
    expect(kinds.map((row) => row.kind)).toEqual(
      expect.arrayContaining(['appropriation', 'issue', 'reserve', 'release', 'redeem', 'pay']),
    )
  })

  it('gives every city a funded scheme, with rules that differ from city to city', async () => {
    const schemes = await queryRows<{
      id: string
      city_code: string
      annual_budget_fen: string | number
      claim_cap_fen: string | number
      voucher_share_max_percent: number
      validity_days: number
      settlement_model: string
      recognised: number
      appropriated_fen: string | number
      is_synthetic: boolean
    }>(
      seeded.database.db,
      sql`SELECT s.id, s.city_code, s.annual_budget_fen, s.claim_cap_fen, s.voucher_share_max_percent,
                 s.validity_days, s.settlement_model, cardinality(s.recognised_city_codes) AS recognised,
                 s.is_synthetic,
                 (SELECT coalesce(sum(a.amount_fen), 0) FROM voucher_scheme_appropriations a
                   WHERE a.scheme_id = s.id) AS appropriated_fen
            FROM voucher_schemes s ORDER BY s.id`,
    )
    expect(new Set(schemes.map((scheme) => scheme.city_code))).toEqual(new Set(cityCodes))
    expect(schemes.every((scheme) => Number(scheme.appropriated_fen) > 0 && scheme.is_synthetic)).toBe(true)
    expect(new Set(schemes.map((scheme) => Number(scheme.annual_budget_fen))).size).toBeGreaterThan(4)
    expect(new Set(schemes.map((scheme) => Number(scheme.claim_cap_fen))).size).toBeGreaterThan(3)
    expect(new Set(schemes.map((scheme) => scheme.validity_days)).size).toBeGreaterThan(3)
    const shares = schemes.map((scheme) => scheme.voucher_share_max_percent)
    expect(Math.min(...shares)).toBeGreaterThanOrEqual(50)
    expect(Math.max(...shares)).toBeLessThanOrEqual(80)
    expect(new Set(shares).size).toBeGreaterThan(3)
    const models = schemes.map((scheme) => scheme.settlement_model)
    expect(models.filter((model) => model === 'firm_reimbursed').length).toBeGreaterThanOrEqual(2)
    expect(models.filter((model) => model === 'provider_paid').length).toBeGreaterThan(models.length / 2)
    const partial = schemes.filter((scheme) => scheme.recognised < referenceFigures.cities)
    expect(partial.length).toBeGreaterThanOrEqual(1)
    expect(partial.length).toBeLessThanOrEqual(2)
  })

  it('has admitted providers with published, bilingual, priced products in every city', async () => {
    const rows = await queryRows<{
      city_code: string
      providers: string | number
      products: string | number
    }>(
      seeded.database.db,
      sql`SELECT p.city_code, count(DISTINCT p.id) AS providers, count(*) AS products
            FROM service_products sp JOIN providers p ON p.id = sp.provider_id
           WHERE sp.status = 'published' AND p.admission_status = 'active'
           GROUP BY p.city_code ORDER BY p.city_code`,
    )
    expect(new Set(rows.map((row) => row.city_code))).toEqual(new Set(cityCodes))
    const notAdmitted = sql`SELECT count(*) AS count FROM service_products sp
      JOIN providers p ON p.id = sp.provider_id WHERE p.admission_status <> 'active'`
    expect(await countOf(seeded.database.db, notAdmitted)).toBe(0)
    const unfinished = sql`SELECT count(*) AS count FROM service_products
      WHERE name_zh = '' OR name_en = '' OR description_zh = '' OR description_en = '' OR price_fen <= 0
         OR provider_city_code <> (SELECT city_code FROM providers WHERE id = provider_id) OR NOT is_synthetic`
    expect(await countOf(seeded.database.db, unfinished)).toBe(0)
    const categories = await queryRows<{ category: string }>(
      seeded.database.db,
      sql`SELECT DISTINCT sp.category FROM service_products sp
            JOIN users u ON u.organisation_id = sp.provider_id
           WHERE u.username = 'provider.sz' AND sp.status = 'published' ORDER BY sp.category`,
    )
    expect(categories.map((row) => row.category)).toEqual([
      'consulting',
      'instrument_time',
      'rd_design',
      'testing',
    ])
  })
})

describe("seeding the small set: the demo accounts' voucher records", () => {
  const seeded = withSmallSet()

  it('gives the demo accounts records of their own to act on', async () => {
    const db = seeded.database.db
    const organisationOf = async (username: string) => {
      const rows = await queryRows<{ organisation_id: string }>(
        db,
        sql`SELECT organisation_id FROM users WHERE username = ${username}`,
      )
      return rows[0]?.organisation_id ?? ''
    }
    const firmShanghai = await organisationOf('firm.sh')
    const firmHefei = await organisationOf('firm.hf')
    const providerSuzhou = await organisationOf('provider.sz')
    const activeVouchers = (firmId: string) =>
      countOf(
        db,
        sql`SELECT count(*) AS count FROM vouchers v JOIN ledger_accounts a ON a.id = v.account_id
             WHERE v.firm_id = ${firmId} AND v.status = 'active' AND v.expires_at > now() AND a.balance_fen > 0`,
      )
    const ordersOf = async (column: 'firm_id' | 'provider_id', id: string) =>
      new Set(
        (
          await queryRows<{ status: string }>(
            db,
            sql`SELECT DISTINCT status FROM voucher_orders WHERE ${sql.identifier(column)} = ${id}`,
          )
        ).map((row) => row.status),
      )
    const redemptionsOf = async (column: 'firm_id' | 'provider_id', id: string) =>
      new Set(
        (
          await queryRows<{ status: string }>(
            db,
            sql`SELECT DISTINCT status FROM redemptions WHERE ${sql.identifier(column)} = ${id}`,
          )
        ).map((row) => row.status),
      )

    // firm.sh: a wallet with active vouchers, orders in every state, a delivery to confirm
    expect(await activeVouchers(firmShanghai)).toBeGreaterThanOrEqual(2)
    expect(await ordersOf('firm_id', firmShanghai)).toEqual(
      new Set(['reserved', 'cancelled', 'delivered', 'redeemed']),
    )
    expect(await redemptionsOf('firm_id', firmShanghai)).toContain('awaiting_confirmation')
    // firm.hf: a Hefei voucher in use
    expect(await activeVouchers(firmHefei)).toBeGreaterThanOrEqual(1)
    expect((await ordersOf('firm_id', firmHefei)).size).toBeGreaterThanOrEqual(2)
    // provider.sz: orders to deliver, and claims waiting on the firm, the officer, and one to file again
    expect(await ordersOf('provider_id', providerSuzhou)).toContain('reserved')
    expect(await redemptionsOf('provider_id', providerSuzhou)).toEqual(
      new Set(['awaiting_confirmation', 'submitted', 'approved', 'rejected']),
    )
    // officer.sh and officer.hf: claims to decide, redemptions to approve, and one drawn for a spot check
    for (const cityCode of ['SH-SJ', 'HF']) {
      const pendingClaims = sql`SELECT count(*) AS count FROM voucher_claims
        WHERE city_code = ${cityCode} AND status = 'submitted'`
      expect(await countOf(db, pendingClaims), cityCode).toBeGreaterThanOrEqual(2)
      const toApprove = sql`SELECT count(*) AS count FROM redemptions
        WHERE issuer_city_code = ${cityCode} AND status = 'submitted' AND NOT spot_check_selected`
      expect(await countOf(db, toApprove), cityCode).toBeGreaterThanOrEqual(1)
      const toCheck = sql`SELECT count(*) AS count FROM redemptions
        WHERE issuer_city_code = ${cityCode} AND status = 'submitted' AND spot_check_selected
          AND spot_check_result IS NULL`
      expect(await countOf(db, toCheck), cityCode).toBeGreaterThanOrEqual(1)
    }
    // the demo accounts act as themselves: their user ids are on the records they made
    const actedByDemoUsers = sql`SELECT count(*) AS count FROM voucher_claims c
      JOIN users u ON u.id = c.decided_by_user_id WHERE u.username IN ('officer.sh', 'officer.hf')`
    expect(await countOf(db, actedByDemoUsers)).toBeGreaterThan(0)
    const placedByFirm = sql`SELECT count(*) AS count FROM voucher_orders o
      JOIN users u ON u.id = o.placed_by_user_id WHERE u.username = 'firm.sh'`
    expect(await countOf(db, placedByFirm)).toBeGreaterThanOrEqual(5)
    const leftTokens = sql`SELECT count(*) AS count FROM voucher_orders WHERE placed_by_user_id LIKE 'demo-user:%'`
    expect(await countOf(db, leftTokens)).toBe(0)
  })
})

describe('seeding the small set: voucher states and spot checks', () => {
  const seeded = withSmallSet()

  it('holds claims, vouchers, orders and redemptions in every state, with spot checks drawn reproducibly', async () => {
    const db = seeded.database.db
    const statuses = async (table: string) =>
      new Set(
        (await queryRows<{ status: string }>(db, sql.raw(`SELECT DISTINCT status FROM ${table}`))).map(
          (row) => row.status,
        ),
      )
    expect(await statuses('voucher_claims')).toEqual(new Set(['submitted', 'approved', 'rejected']))
    expect(await statuses('vouchers')).toEqual(new Set(['active', 'lapsed']))
    expect(await statuses('voucher_orders')).toEqual(
      new Set(['reserved', 'cancelled', 'delivered', 'redeemed']),
    )
    expect(await statuses('redemptions')).toEqual(
      new Set(['awaiting_confirmation', 'submitted', 'approved', 'rejected']),
    )
    const rejectedWithoutReason = sql`SELECT count(*) AS count FROM voucher_claims
      WHERE status = 'rejected' AND coalesce(decision_reason, '') = ''`
    expect(await countOf(db, rejectedWithoutReason)).toBe(0)
    const lapsedNotExpired = sql`SELECT count(*) AS count FROM vouchers WHERE status = 'lapsed' AND expires_at > now()`
    expect(await countOf(db, lapsedNotExpired)).toBe(0)
    const activeButExpired = sql`SELECT count(*) AS count FROM vouchers
      WHERE status = 'active' AND expires_at <= ${seedNow.toISOString()}::timestamptz - interval '1 hour'`
    expect(await countOf(db, activeButExpired)).toBe(0)
    const numbers = await queryRows<{ number: string }>(db, sql`SELECT number FROM vouchers`)
    expect(numbers.filter((row) => !isValidVoucherNumber(row.number))).toEqual([])
    // the next voucher a city issues continues its serials
    const counterBehind = sql`SELECT count(*) AS count FROM vouchers v
      WHERE NOT EXISTS (SELECT 1 FROM voucher_number_counters c WHERE c.city_code = v.city_code
        AND c.year = split_part(v.number, '-', 2)::integer AND c.last_serial >= split_part(v.number, '-', 3)::integer)`
    expect(await countOf(db, counterBehind)).toBe(0)
    const draws = await queryRows<{
      id: string
      scheme_id: string
      spot_check_draw: number
      spot_check_selected: boolean
      spot_check_percent: number
    }>(
      db,
      sql`SELECT r.id, r.scheme_id, r.spot_check_draw, r.spot_check_selected, s.spot_check_percent
            FROM redemptions r JOIN voucher_schemes s ON s.id = r.scheme_id WHERE r.confirmed_at IS NOT NULL`,
    )
    expect(draws.length).toBeGreaterThan(0)
    for (const draw of draws) {
      expect(draw.spot_check_draw, draw.id).toBe(spotCheckDraw(draw.scheme_id, draw.id))
      expect(draw.spot_check_selected, draw.id).toBe(draw.spot_check_draw * 100 < draw.spot_check_percent)
    }
  })
})

describe('seeding the small set: the voucher year in time, and its settlement', () => {
  const seeded = withSmallSet()

  it('keeps every timestamp of the year in order and before the seeding moment', async () => {
    const db = seeded.database.db
    const disorder = {
      claims: sql`SELECT count(*) AS count FROM voucher_claims
        WHERE created_at > ${seedNow.toISOString()}::timestamptz OR decided_at < created_at
           OR created_at < ${seedNow.toISOString()}::timestamptz - interval '456 days'`,
      vouchers: sql`SELECT count(*) AS count FROM vouchers v JOIN voucher_claims c ON c.id = v.claim_id
        WHERE v.issued_at <> c.decided_at OR v.amount_fen <> c.approved_amount_fen`,
      orders: sql`SELECT count(*) AS count FROM voucher_orders o JOIN vouchers v ON v.id = o.voucher_id
        JOIN service_products p ON p.id = o.product_id
        WHERE o.created_at <= v.issued_at OR o.created_at >= v.expires_at OR o.created_at <= p.created_at
           OR o.cancelled_at <= o.created_at OR o.updated_at < o.created_at
           OR o.updated_at > ${seedNow.toISOString()}::timestamptz`,
      redemptions: sql`SELECT count(*) AS count FROM redemptions r JOIN voucher_orders o ON o.id = r.order_id
        WHERE r.created_at <= o.created_at OR r.confirmed_at <= r.created_at OR r.decided_at <= r.created_at
           OR r.decided_at < r.confirmed_at OR r.spot_checked_at < r.confirmed_at OR r.decided_at < r.spot_checked_at
           OR r.updated_at > ${seedNow.toISOString()}::timestamptz`,
      settled: sql`SELECT count(*) AS count FROM redemptions r JOIN settlement_runs s ON s.id = r.settlement_run_id
        WHERE r.decided_at >= s.cutoff_at
           OR r.decided_at < (s.period_start::timestamp AT TIME ZONE 'Asia/Shanghai')
           OR s.created_at <= s.cutoff_at OR s.created_at > ${seedNow.toISOString()}::timestamptz`,
      unsettled: sql`SELECT count(*) AS count FROM redemptions r JOIN settlement_runs s
          ON s.city_code = r.issuer_city_code AND r.decided_at >= (s.period_start::timestamp AT TIME ZONE 'Asia/Shanghai')
         AND r.decided_at < s.cutoff_at
        WHERE r.status = 'approved' AND r.settlement_run_id IS NULL`,
    }
    for (const [name, query] of Object.entries(disorder)) expect(await countOf(db, query), name).toBe(0)
  })

  it('settles past months city by city, and the flows of the year cross most city lines', async () => {
    const db = seeded.database.db
    const runs = await queryRows<{ city_code: string; period_start: string; period_end: string }>(
      db,
      sql`SELECT city_code, period_start::text, period_end::text FROM settlement_runs ORDER BY city_code, period_start`,
    )
    expect(new Set(runs.map((run) => run.city_code)).size).toBeGreaterThanOrEqual(5)
    expect(runs.length).toBeGreaterThan(10)
    for (const run of runs) {
      expect(run.period_start.endsWith('-01'), run.period_start).toBe(true)
      const nextDay = new Date(Date.parse(`${run.period_end}T00:00:00Z`) + 24 * 60 * 60 * 1000)
      expect(nextDay.getUTCDate(), run.period_end).toBe(1)
    }
    const linesDisagree = sql`SELECT count(*) AS count FROM settlement_runs s
      WHERE s.payment_count <> (SELECT count(*) FROM settlement_payments p WHERE p.settlement_run_id = s.id)
         OR s.redemption_count <> (SELECT count(*) FROM redemptions r WHERE r.settlement_run_id = s.id)`
    expect(await countOf(db, linesDisagree)).toBe(0)
    const payees = await queryRows<{ payee_kind: string }>(
      db,
      sql`SELECT DISTINCT payee_kind FROM settlement_payments ORDER BY payee_kind`,
    )
    expect(payees.map((row) => row.payee_kind)).toEqual(['firm', 'provider'])
    // What a city's last run left is what was approved after its cutoff: it waits for the next period. (How much
    // that is depends on the day: in a month's first days, before many approvals, it may be nothing.)
    const settledOutsideTheirRun = sql`SELECT count(*) AS count FROM redemptions r
      JOIN settlement_runs s ON s.id = r.settlement_run_id
      WHERE r.decided_at >= s.cutoff_at OR r.decided_at < s.period_start::timestamp AT TIME ZONE 'Asia/Shanghai'`
    expect(await countOf(db, settledOutsideTheirRun)).toBe(0)
    const skippedByARun = sql`SELECT count(*) AS count FROM redemptions r
      WHERE r.status = 'approved' AND r.settlement_run_id IS NULL
        AND r.decided_at < (SELECT max(s.cutoff_at) FROM settlement_runs s WHERE s.city_code = r.issuer_city_code)`
    expect(await countOf(db, skippedByARun)).toBe(0)
    const crossPairs = sql`SELECT count(DISTINCT (issuer_city_code, provider_city_code)) AS count FROM redemptions
      WHERE status = 'approved' AND issuer_city_code <> provider_city_code
        AND decided_at >= ${seedNow.toISOString()}::timestamptz - interval '365 days'`
    expect(await countOf(db, crossPairs)).toBeGreaterThanOrEqual(12)
    const issuers = sql`SELECT count(DISTINCT issuer_city_code) AS count FROM redemptions WHERE status = 'approved'`
    expect(await countOf(db, issuers)).toBeGreaterThanOrEqual(7)
  })
})

/** Office hours for most instruments, Saturdays for some, and computing around the clock, holidays included. */
async function expectRealisticOpeningHours(db: Database, instrumentCount: number) {
  const hours = sql`SELECT count(*) FILTER (WHERE opening_hours -> 5 <> '[]'::jsonb) AS saturday,
      count(*) FILTER (WHERE opening_hours -> 0 = '[[540, 1050]]'::jsonb OR opening_hours -> 0 = '[[510, 1050]]'::jsonb)
        AS office,
      count(*) FILTER (WHERE category = 'computing' AND NOT closed_on_holidays
        AND opening_hours = '[[[0, 1440]], [[0, 1440]], [[0, 1440]], [[0, 1440]], [[0, 1440]], [[0, 1440]], [[0, 1440]]]'::jsonb)
        AS around_the_clock,
      count(*) FILTER (WHERE category = 'computing') AS computing
    FROM instruments`
  const [shares] = await queryRows<Record<'saturday' | 'office' | 'around_the_clock' | 'computing', string>>(
    db,
    hours,
  )
  expect(Number(shares?.saturday)).toBeGreaterThan(0)
  expect(Number(shares?.office)).toBeGreaterThan(instrumentCount / 3)
  expect(Number(shares?.around_the_clock)).toBe(Number(shares?.computing))
}

describe('seeding the small set: the instrument catalogue and its bookings', () => {
  const seeded = withSmallSet()

  it("shares instruments of every category in every city, owned by that city's providers and priced by the rules", async () => {
    const db = seeded.database.db
    const instruments = await queryRows<{
      city_code: string
      provider_city_code: string
      category: string
      original_value_fen: string | number
      internal_price_fen: string | number
      external_price_fen: string | number
      is_synthetic: boolean
    }>(
      db,
      sql`SELECT i.city_code, p.city_code AS provider_city_code, i.category, i.original_value_fen,
                 i.internal_price_fen, i.external_price_fen, i.is_synthetic
            FROM instruments i JOIN providers p ON p.id = i.provider_id`,
    )
    expect(instruments.length).toBeGreaterThanOrEqual(instrumentFiguresBySize.small.instruments)
    expect(new Set(instruments.map((row) => row.city_code))).toEqual(new Set(cityCodes))
    expect(new Set(instruments.map((row) => row.category))).toEqual(new Set(instrumentCategories))
    expect(instruments.filter((row) => row.city_code !== row.provider_city_code)).toEqual([])
    expect(instruments.every((row) => row.is_synthetic)).toBe(true)
    const tiers = new Set(instruments.map((row) => valueTierOf(Number(row.original_value_fen))))
    expect(tiers.has(null)).toBe(false)
    expect(tiers).toContain('from_300k')
    expect(tiers).toContain('from_500k')
    expect(
      instruments.filter((row) => Number(row.internal_price_fen) > Number(row.external_price_fen)),
    ).toEqual([])
    const units = await queryRows<{ price_unit: string }>(
      db,
      sql`SELECT DISTINCT price_unit FROM instruments ORDER BY price_unit`,
    )
    expect(units.map((row) => row.price_unit)).toEqual(['per_hour', 'per_sample'])
    await expectRealisticOpeningHours(db, instruments.length)
  })

  it('keeps the held slots of each instrument apart, and prices and times every booking by the rules', async () => {
    const db = seeded.database.db
    const overlapping = sql`SELECT count(*) AS count FROM instrument_bookings a JOIN instrument_bookings b
      ON a.instrument_id = b.instrument_id AND a.id < b.id AND a.held_during && b.held_during`
    expect(await countOf(db, overlapping)).toBe(0)
    const heldOtherwise = sql`SELECT count(*) AS count FROM instrument_bookings b JOIN instruments i ON i.id = b.instrument_id
      WHERE b.held_during <> tstzrange(b.starts_at, b.ends_at + make_interval(mins => i.buffer_minutes), '[)')
         OR b.provider_id <> i.provider_id OR b.city_code <> i.city_code
         OR (b.user_class = 'internal') <> (b.booker_organisation_id = b.provider_id)
         OR (i.price_unit = 'per_sample') <> (b.sample_count IS NOT NULL)`
    expect(await countOf(db, heldOtherwise)).toBe(0)
    const bookings = await queryRows<{
      price_unit: InstrumentPriceUnit
      price_fen: string | number
      minutes: number
      sample_count: number | null
      amount_fen: string | number
    }>(
      db,
      sql`SELECT i.price_unit,
                 CASE WHEN b.user_class = 'internal' THEN i.internal_price_fen ELSE i.external_price_fen END AS price_fen,
                 (extract(epoch FROM b.ends_at - b.starts_at) / 60)::integer AS minutes, b.sample_count, b.amount_fen
            FROM instrument_bookings b JOIN instruments i ON i.id = b.instrument_id`,
    )
    const mispriced = bookings.filter(
      (row) =>
        bookingAmountFen({
          priceUnit: row.price_unit,
          priceFen: Number(row.price_fen),
          minutes: row.minutes,
          sampleCount: row.sample_count,
        }) !== Number(row.amount_fen),
    )
    expect(mispriced).toEqual([])
    const now = seedNow.toISOString()
    const disorder = {
      // requests and approvals are still to come (an approved slot past its grace would be a no-show already)
      waiting: sql`SELECT count(*) AS count FROM instrument_bookings
        WHERE status IN ('requested', 'approved') AND starts_at < ${now}::timestamptz - interval '5 minutes'`,
      inProgress: sql`SELECT count(*) AS count FROM instrument_bookings
        WHERE status = 'checked_in' AND (starts_at > ${now}::timestamptz OR checked_in_at > ${now}::timestamptz)`,
      finished: sql`SELECT count(*) AS count FROM instrument_bookings
        WHERE status IN ('completed', 'no_show') AND ends_at > ${now}::timestamptz`,
      stamps: sql`SELECT count(*) AS count FROM instrument_bookings
        WHERE created_at > ${now}::timestamptz OR updated_at > ${now}::timestamptz OR created_at >= starts_at
           OR updated_at < created_at OR decided_at < created_at OR decided_at > starts_at
           OR checked_in_at < starts_at - interval '30 minutes' OR completed_at < checked_in_at
           OR cancelled_at < created_at OR completed_at > ${now}::timestamptz`,
      ahead: sql`SELECT count(*) AS count FROM instrument_bookings b JOIN instruments i ON i.id = b.instrument_id
        WHERE b.starts_at < b.created_at + make_interval(hours => i.lead_time_hours)
           OR b.ends_at - b.starts_at > make_interval(mins => i.max_duration_minutes)
           OR b.ends_at - b.starts_at < make_interval(mins => i.min_duration_minutes)`,
      reasons: sql`SELECT count(*) AS count FROM instrument_bookings
        WHERE (status = 'rejected') <> (decision_reason IS NOT NULL) OR (status = 'cancelled') <> (cancel_reason IS NOT NULL)`,
      // wholly inside the instrument's opening hours, off the holidays it keeps: what the booking route refuses
      outsideHours: sql`SELECT count(*) AS count FROM instrument_bookings b JOIN instruments i ON i.id = b.instrument_id
        WHERE instrument_opening_refusal(i, b.starts_at, b.ends_at) IS NOT NULL`,
    }
    for (const [name, query] of Object.entries(disorder)) expect(await countOf(db, query), name).toBe(0)
    const statuses = await queryRows<{ status: string }>(
      db,
      sql`SELECT DISTINCT status FROM instrument_bookings ORDER BY status`,
    )
    expect(statuses.map((row) => row.status)).toEqual(
      expect.arrayContaining(['approved', 'cancelled', 'completed', 'no_show', 'rejected', 'requested']),
    )
    const rated = sql`SELECT count(*) AS count FROM instrument_bookings WHERE rating IS NOT NULL`
    expect(await countOf(db, rated)).toBeGreaterThan(50)
  })
})

describe('seeding the small set: violations, the demo bookings and sharing statistics', () => {
  const seeded = withSmallSet()

  it('records violations exactly for no-shows and overbooking, and bars no booker', async () => {
    const db = seeded.database.db
    const unmatched = {
      withoutViolation: sql`SELECT count(*) AS count FROM instrument_bookings b
        WHERE (b.status = 'no_show' OR (b.status = 'completed'
                AND extract(epoch FROM b.ends_at - b.starts_at) / 60 > 2 * b.used_minutes))
          AND NOT EXISTS (SELECT 1 FROM instrument_violations v WHERE v.booking_id = b.id)`,
      wrongKind: sql`SELECT count(*) AS count FROM instrument_violations v JOIN instrument_bookings b ON b.id = v.booking_id
        WHERE NOT ((v.kind = 'no_show' AND b.status = 'no_show')
                OR (v.kind = 'overbooked' AND b.status = 'completed'
                    AND extract(epoch FROM b.ends_at - b.starts_at) / 60 > 2 * b.used_minutes))
           OR v.user_id <> b.booker_user_id OR v.organisation_id <> b.booker_organisation_id
           OR v.instrument_id <> b.instrument_id OR v.provider_id <> b.provider_id
           OR v.occurred_at > ${seedNow.toISOString()}::timestamptz
           OR (v.kind = 'no_show' AND v.occurred_at < b.starts_at + interval '1 hour')`,
    }
    for (const [name, query] of Object.entries(unmatched)) expect(await countOf(db, query), name).toBe(0)
    const kinds = await queryRows<{ kind: string }>(
      db,
      sql`SELECT DISTINCT kind FROM instrument_violations ORDER BY kind`,
    )
    expect(kinds.map((row) => row.kind)).toEqual(['no_show', 'overbooked'])
    const mostPerUser = sql`SELECT coalesce(max(n), 0) AS count FROM (SELECT count(*) AS n FROM instrument_violations GROUP BY user_id) t`
    expect(await countOf(db, mostPerUser)).toBeLessThanOrEqual(3)
    const ofDemoAccounts = sql`SELECT count(*) AS count FROM instrument_violations v JOIN users u ON u.id = v.user_id`
    expect(await countOf(db, ofDemoAccounts)).toBe(0)
  })

  it('gives provider.sz requests to approve and bookings to come, and the demo firms bookings of their own', async () => {
    const db = seeded.database.db
    const provider = await userIdOf(seeded.database.db, 'provider.sz')
    const now = seedNow.toISOString()
    const owned = sql`SELECT count(*) AS count FROM instruments WHERE provider_id = ${provider.organisationId}`
    expect(await countOf(db, owned)).toBeGreaterThanOrEqual(3)
    const onProvider = (status: string) =>
      countOf(
        db,
        sql`SELECT count(*) AS count FROM instrument_bookings
             WHERE provider_id = ${provider.organisationId} AND status = ${status} AND starts_at > ${now}::timestamptz`,
      )
    expect(await onProvider('requested')).toBeGreaterThanOrEqual(1)
    expect(await onProvider('approved')).toBeGreaterThanOrEqual(1)
    const pastOfProvider = sql`SELECT count(*) AS count FROM instrument_bookings
      WHERE provider_id = ${provider.organisationId} AND status = 'completed'`
    expect(await countOf(db, pastOfProvider)).toBeGreaterThanOrEqual(5)
    for (const username of ['firm.sh', 'firm.hf']) {
      const firm = await userIdOf(seeded.database.db, username)
      const rows = await queryRows<{
        status: string
        future: boolean
        cross_city: boolean
        organisation: string
      }>(
        db,
        sql`SELECT status, starts_at > ${now}::timestamptz AS future, city_code <> booker_city_code AS cross_city,
                   booker_organisation_id AS organisation
              FROM instrument_bookings WHERE booker_user_id = ${firm.userId}`,
      )
      expect(rows.length, username).toBeGreaterThanOrEqual(5)
      expect(rows.every((row) => row.organisation === firm.organisationId)).toBe(true)
      expect(rows.filter((row) => row.future).length, username).toBeGreaterThanOrEqual(2)
      expect(rows.filter((row) => row.status === 'completed').length, username).toBeGreaterThanOrEqual(2)
      expect(
        rows.some((row) => row.cross_city),
        username,
      ).toBe(true)
    }
  })

  it('yields sharing statistics: hours, sharing rate, income, ratings and hours across city lines', async () => {
    const stats = createStatsService(seeded.database.db)
    const query = {
      periodStart: shanghaiDay(seedNow.getTime() - 365 * 24 * 60 * 60 * 1000),
      periodEnd: shanghaiDay(seedNow.getTime()),
    }
    const byCity = await stats.statistics(office, { ...query, groupBy: 'city' })
    expect(new Set(byCity.rows.map((row) => row.cityCode))).toEqual(new Set(cityCodes))
    expect(byCity.rows.every((row) => row.effectiveHours > 0 && row.incomeFen > 0)).toBe(true)
    expect(byCity.rows.some((row) => row.sharingRatePercent > 0 && row.sharingRatePercent < 100)).toBe(true)
    expect(byCity.rows.some((row) => row.crossCityHours > 0)).toBe(true)
    const crossPairs = byCity.hoursByUserCity.filter((flow) => flow.ownerCityCode !== flow.userCityCode)
    expect(crossPairs.length).toBeGreaterThanOrEqual(10)
    const byOwner = await stats.statistics(office, { ...query, groupBy: 'owner', limit: 100 })
    expect(byOwner.rows.length).toBeGreaterThan(5)
    expect(byOwner.rows.some((row) => row.averageRating !== null)).toBe(true)
    expect(new Set(byOwner.rows.map((row) => row.grade)).size).toBeGreaterThanOrEqual(2)
  })
})

describe('seeding the small set: finance products', () => {
  const seeded = withSmallSet()

  it('publishes finance products of institutions in every city, every type, a rate cap exactly on loans', async () => {
    const db = seeded.database.db
    const products = await queryRows<{
      city_code: string
      institution_city_code: string
      product_type: string
      rate_cap_bps: number | null
      risk_share_percent: number | null
      cities_served: string[]
      stages: string[]
      industries: string[]
    }>(
      db,
      sql`SELECT p.city_code, i.city_code AS institution_city_code, p.product_type, p.rate_cap_bps,
                 p.risk_share_percent, p.cities_served, p.stages, p.industries
            FROM finance_products p JOIN institutions i ON i.id = p.institution_id`,
    )
    expect(new Set(products.map((row) => row.city_code))).toEqual(new Set(cityCodes))
    expect(products.filter((row) => row.city_code !== row.institution_city_code)).toEqual([])
    expect(new Set(products.map((row) => row.product_type))).toEqual(new Set(productTypes))
    const isLending = (type: string) => (lendingTypes as readonly string[]).includes(type)
    expect(products.filter((row) => isLending(row.product_type) !== (row.rate_cap_bps !== null))).toEqual([])
    expect(products.filter((row) => !row.cities_served.includes(row.city_code))).toEqual([])
    expect(products.some((row) => row.risk_share_percent === 20)).toBe(true)
    expect(products.some((row) => row.stages.length === 0 && row.industries.length === 0)).toBe(true)
    expect(products.some((row) => row.stages.length > 0)).toBe(true)
    const withoutProducts = sql`SELECT count(*) AS count FROM institutions i
      WHERE NOT EXISTS (SELECT 1 FROM finance_products p WHERE p.institution_id = i.id)`
    expect(await countOf(db, withoutProducts)).toBe(0)
  })
})

describe('seeding the small set: indicators and scores', () => {
  const seeded = withSmallSet()

  it('records indicators for every firm, and stores the score the default parameters give them', async () => {
    const db = seeded.database.db
    const firmsWithout = sql`SELECT count(*) AS count FROM firms f
      WHERE NOT EXISTS (SELECT 1 FROM firm_indicator_values v WHERE v.firm_id = f.id)
         OR NOT EXISTS (SELECT 1 FROM firm_scores s WHERE s.firm_id = f.id AND s.stage = f.stage)`
    expect(await countOf(db, firmsWithout)).toBe(0)
    const codes = await queryRows<{ indicator_code: string }>(
      db,
      sql`SELECT DISTINCT indicator_code FROM firm_indicator_values ORDER BY indicator_code`,
    )
    expect(codes.map((row) => row.indicator_code)).toEqual([...indicatorCodes].sort())
    const sources = sql`SELECT count(DISTINCT source) AS count FROM firm_indicator_values`
    expect(await countOf(db, sources)).toBe(5)
    const zeros = sql`SELECT count(*) AS count FROM firm_indicator_values
      WHERE value = 0 OR as_of > ${shanghaiDay(seedNow.getTime())}::date OR recorded_at > ${seedNow.toISOString()}::timestamptz
         OR recorded_at < as_of::timestamp`
    expect(await countOf(db, zeros)).toBe(0)
    // revenue and R&D spend are the registry's own figures
    const disagree = sql`SELECT count(*) AS count FROM firm_indicator_values v JOIN firms f ON f.id = v.firm_id
      WHERE v.as_of = (SELECT max(as_of) FROM firm_indicator_values l WHERE l.firm_id = v.firm_id)
        AND ((v.indicator_code = 'revenue' AND v.value <> f.revenue_fen)
          OR (v.indicator_code = 'rd_spend' AND v.value <> f.research_spend_fen))`
    expect(await countOf(db, disagree)).toBe(0)
    const [parameterRow] = await queryRows<{
      id: string
      effective_from: string
      weights: unknown
      full_marks: unknown
    }>(
      db,
      sql`SELECT id, effective_from::text, weights, full_marks FROM score_parameter_sets WHERE id = 'sps_default'`,
    )
    if (parameterRow === undefined) throw new Error('the default parameter set is missing')
    const parameters = parameterSetOf({
      id: parameterRow.id,
      effectiveFrom: parameterRow.effective_from,
      weights: parameterRow.weights,
      fullMarks: parameterRow.full_marks,
      note: '',
      createdByUserId: null,
      createdAt: new Date(),
    })
    const scores = await queryRows<{
      firm_id: string
      stage: FirmStage
      total_tenths: number
      parameter_set_id: string
    }>(db, sql`SELECT firm_id, stage, total_tenths, parameter_set_id FROM firm_scores ORDER BY firm_id`)
    expect(scores.every((row) => row.parameter_set_id === 'sps_default')).toBe(true)
    const sample = scores.filter((_, index) => index % 10 === 0)
    const values = await queryRows<{
      firm_id: string
      code: IndicatorCode
      value: string | number
      source: string
      as_of: string
    }>(
      db,
      sql`SELECT DISTINCT ON (firm_id, indicator_code) firm_id, indicator_code AS code, value, source, as_of::text
            FROM firm_indicator_values
           WHERE firm_id IN ${sql`(${sql.join(
             sample.map((row) => sql`${row.firm_id}`),
             sql`, `,
           )})`} AND as_of <= ${shanghaiDay(seedNow.getTime())}::date
           ORDER BY firm_id, indicator_code, as_of DESC, recorded_at DESC`,
    )
    for (const row of sample) {
      const own = values
        .filter((value) => value.firm_id === row.firm_id)
        .map((value) => ({
          code: value.code,
          value: Number(value.value),
          source: value.source,
          asOf: value.as_of,
        }))
      expect(scoreOf(row.stage, own, parameters).totalTenths, row.firm_id).toBe(row.total_tenths)
    }
    const totals = scores.map((row) => row.total_tenths)
    expect(new Set(totals).size).toBeGreaterThan(100)
    expect(Math.min(...totals)).toBeLessThan(150)
    expect(Math.max(...totals)).toBeGreaterThan(500)
  })
})

describe('seeding the small set: referrals and workstation cases', () => {
  const seeded = withSmallSet()

  it('takes needs through consent-gated referrals to decisions and drawdowns that keep their rules', async () => {
    const db = seeded.database.db
    const statuses = await queryRows<{ status: string }>(
      db,
      sql`SELECT DISTINCT status FROM finance_referrals ORDER BY status`,
    )
    expect(statuses.map((row) => row.status)).toEqual(
      expect.arrayContaining(['approved', 'declined', 'drawn', 'referred']),
    )
    const broken = {
      // the table's CHECK, and what the referrals service asks beyond it
      decision: sql`SELECT count(*) AS count FROM finance_referrals
        WHERE (status IN ('approved', 'drawn')) <> (approved_amount_fen IS NOT NULL AND decided_at IS NOT NULL
                                                    AND term_months IS NOT NULL)
           OR (status = 'declined') <> (decline_reason IS NOT NULL)
           OR (status = 'drawn') <> (drawn_amount_fen IS NOT NULL AND drawn_at IS NOT NULL)
           OR drawn_amount_fen NOT BETWEEN 1 AND approved_amount_fen
           OR (status = 'referred' AND decided_at IS NOT NULL) OR drawn_at < decided_at OR decided_at < created_at`,
      caps: sql`SELECT count(*) AS count FROM finance_referrals r JOIN finance_products p ON p.id = r.product_id
        WHERE r.product_type <> p.product_type OR r.institution_id <> p.institution_id
           OR r.approved_amount_fen NOT BETWEEN p.amount_min_fen AND p.amount_max_fen
           OR r.term_months NOT BETWEEN p.term_min_months AND p.term_max_months
           OR (r.status IN ('approved', 'drawn') AND p.product_type IN ('credit_loan', 'ip_pledge_loan')
               AND (r.rate_bps IS NULL OR r.rate_bps > p.rate_cap_bps))
           OR (p.product_type NOT IN ('credit_loan', 'ip_pledge_loan') AND r.rate_bps IS NOT NULL)
           OR NOT (r.firm_city_code = ANY (p.cities_served))
           OR r.requested_amount_fen NOT BETWEEN p.amount_min_fen AND p.amount_max_fen`,
      consent: sql`SELECT count(*) AS count FROM finance_referrals r JOIN financing_needs n ON n.id = r.need_id
        WHERE r.consent_granted_at <> r.created_at OR r.consent_granted_by_user_id <> n.created_by_user_id
           OR r.consent_revoked_at < r.consent_granted_at OR r.firm_id <> n.firm_id
           OR r.requested_amount_fen <> n.amount_fen OR r.created_at < n.created_at
           OR r.updated_at > ${seedNow.toISOString()}::timestamptz`,
      // a firm's first loan is its first drawn loan in time, and only that one
      firstLoans: sql`SELECT count(*) AS count FROM finance_referrals r
        WHERE r.is_first_loan <> (r.status = 'drawn' AND r.product_type IN ('credit_loan', 'ip_pledge_loan')
          AND NOT EXISTS (SELECT 1 FROM finance_referrals e WHERE e.firm_id = r.firm_id AND e.status = 'drawn'
            AND e.product_type IN ('credit_loan', 'ip_pledge_loan') AND (e.drawn_at, e.id) < (r.drawn_at, r.id)))`,
      needs: sql`SELECT count(*) AS count FROM financing_needs n
        WHERE (n.status = 'open' AND EXISTS (SELECT 1 FROM finance_referrals r WHERE r.need_id = n.id))
           OR (n.status = 'referred' AND NOT EXISTS (SELECT 1 FROM finance_referrals r WHERE r.need_id = n.id))
           OR (EXISTS (SELECT 1 FROM finance_referrals r WHERE r.need_id = n.id AND r.status = 'drawn')
               AND n.status <> 'closed')`,
    }
    for (const [name, query] of Object.entries(broken)) expect(await countOf(db, query), name).toBe(0)
    expect(
      await countOf(db, sql`SELECT count(*) AS count FROM finance_referrals WHERE is_first_loan`),
    ).toBeGreaterThan(0)
    const needStatuses = await queryRows<{ status: string }>(
      db,
      sql`SELECT DISTINCT status FROM financing_needs ORDER BY status`,
    )
    expect(needStatuses.map((row) => row.status)).toEqual(['closed', 'open', 'referred'])
  })

  it('follows firms through workstation cases, and gives bank.hz, station.hf and the demo firms their own', async () => {
    const db = seeded.database.db
    const station = await userIdOf(seeded.database.db, 'station.hf')
    const bank = await userIdOf(seeded.database.db, 'bank.hz')
    const hefei = await userIdOf(seeded.database.db, 'firm.hf')
    const shanghai = await userIdOf(seeded.database.db, 'firm.sh')
    const hefeiStages = await queryRows<{ stage: string }>(
      db,
      sql`SELECT DISTINCT stage FROM finance_cases WHERE city_code = 'HF' AND officer_user_id = ${station.userId}`,
    )
    expect(new Set(hefeiStages.map((row) => row.stage))).toEqual(
      new Set(['visit', 'assessment', 'referral', 'decision', 'drawdown', 'closed']),
    )
    const caseFaults = {
      city: sql`SELECT count(*) AS count FROM finance_cases c JOIN firms f ON f.id = c.firm_id WHERE c.city_code <> f.city_code`,
      referral: sql`SELECT count(*) AS count FROM finance_cases c JOIN finance_referrals r ON r.id = c.referral_id
        WHERE r.firm_id <> c.firm_id`,
      notes: sql`SELECT count(*) AS count FROM finance_cases c
        WHERE (c.stage <> 'visit') <> EXISTS (SELECT 1 FROM finance_case_notes n WHERE n.case_id = c.id)
           OR (c.stage <> 'visit' AND c.stage <> (SELECT n.stage FROM finance_case_notes n WHERE n.case_id = c.id
                                                ORDER BY n.created_at DESC LIMIT 1))
           OR EXISTS (SELECT 1 FROM finance_case_notes n WHERE n.case_id = c.id
                       AND (n.created_at <= c.created_at OR n.author_user_id <> c.officer_user_id))`,
    }
    for (const [name, query] of Object.entries(caseFaults)) expect(await countOf(db, query), name).toBe(0)
    // bank.hz: products, and referrals with live consent waiting in its queue
    const bankProducts = sql`SELECT count(*) AS count FROM finance_products WHERE institution_id = ${bank.organisationId}`
    expect(await countOf(db, bankProducts)).toBeGreaterThanOrEqual(2)
    const queue = sql`SELECT count(*) AS count FROM finance_referrals
      WHERE institution_id = ${bank.organisationId} AND status = 'referred' AND consent_revoked_at IS NULL`
    expect(await countOf(db, queue)).toBeGreaterThanOrEqual(3)
    // the demo firms: needs of their own, one open to match, referrals they consented to
    for (const firm of [hefei, shanghai]) {
      const needs = await queryRows<{ status: string }>(
        db,
        sql`SELECT status FROM financing_needs WHERE firm_id = ${firm.organisationId} AND created_by_user_id = ${firm.userId}`,
      )
      expect(needs.length).toBeGreaterThanOrEqual(3)
      expect(needs.map((row) => row.status)).toContain('open')
      const consented = sql`SELECT count(*) AS count FROM finance_referrals
        WHERE firm_id = ${firm.organisationId} AND consent_granted_by_user_id = ${firm.userId}`
      expect(await countOf(db, consented)).toBeGreaterThanOrEqual(2)
    }
    const firstLoanOfShanghai = sql`SELECT count(*) AS count FROM finance_referrals
      WHERE firm_id = ${shanghai.organisationId} AND is_first_loan`
    expect(await countOf(db, firstLoanOfShanghai)).toBe(1)
  })
})

describe('seeding the small set: finance figures, the scoring job and reference data', () => {
  const seeded = withSmallSet()

  it('gives outcome figures per city that grow from one half-year to the next', async () => {
    const figures = createFiguresService(seeded.database.db)
    const halfYearMs = 182 * 24 * 60 * 60 * 1000
    const result = await figures.figures(office, {
      periodStart: shanghaiDay(seedNow.getTime() - halfYearMs),
      periodEnd: shanghaiDay(seedNow.getTime()),
    })
    const active = result.cities.filter((city) => city.approvedCount + city.declinedCount > 0)
    expect(active.length).toBeGreaterThanOrEqual(5)
    const corridor = (key: 'creditGrantedFen' | 'creditDrawnFen' | 'previousCreditDrawnFen') =>
      result.cities.reduce((sum, city) => sum + city[key], 0)
    expect(corridor('creditGrantedFen')).toBeGreaterThan(0)
    expect(corridor('creditDrawnFen')).toBeGreaterThan(0)
    expect(corridor('previousCreditDrawnFen')).toBeGreaterThan(0)
    expect(result.cities.some((city) => city.firstTimeBorrowers > 0)).toBe(true)
  })

  it('leaves suggestions to the background job it enqueues', async () => {
    const jobs = sql`SELECT count(*) AS count FROM jobs WHERE kind = 'finance.recompute_scores' AND state = 'queued'`
    expect(await countOf(seeded.database.db, jobs)).toBe(1)
  })

  it('loads reference data idempotently', async () => {
    await ensureRegistryReferenceData(seeded.database.db)
    expect(await countOf(seeded.database.db, sql`SELECT count(*) AS count FROM cities`)).toBe(
      referenceFigures.cities,
    )
    expect(await countOf(seeded.database.db, sql`SELECT count(*) AS count FROM industries`)).toBe(16)
  })
})

describe('the generator (pure, no database): determinism and the registry figures', () => {
  const full = withFullSet()

  it('gives deep-equal output for one seed and different output for another', () => {
    const first = generateDemoData({ seedNumber: 7, size: 'small' })
    expect(generateDemoData({ seedNumber: 7, size: 'small' })).toEqual(first)
    const other = generateDemoData({ seedNumber: 8, size: 'small' })
    expect(other.firms.map((firm) => firm.nameZh)).not.toEqual(first.firms.map((firm) => firm.nameZh))
    expect(other.firms[0]?.id).not.toBe(first.firms[0]?.id)
    expect(sha256(generateDemoData({ seedNumber: 60, size: 'full' }))).toBe(sha256(full))
  })

  it('yields exactly the reference figures at full size', () => {
    expect(full.parks).toHaveLength(referenceFigures.foundingParkMembers)
    expect(full.parks.filter((park) => park.isDemonstrationPark)).toHaveLength(
      referenceFigures.demonstrationParks,
    )
    expect(new Set(full.parks.map((park) => park.cityCode)).size).toBe(referenceFigures.cities)
    expect(full.alliances).toHaveLength(referenceFigures.industrialAlliances)
    expect(full.firms).toHaveLength(referenceFigures.highTechFirms)
    expect(
      full.firms.every((firm) => firm.isHighTech === true && typeof firm.highTechCertifiedOn === 'string'),
    ).toBe(true)
    expect(full.firms.filter((firm) => firm.isLeading)).toHaveLength(referenceFigures.leadingFirms)
    expect(full.institutions).toHaveLength(referenceFigures.financialInstitutions)
    expect(full.providers).toHaveLength(demoFiguresBySize.full.providers)
  })

  it('gives every firm and provider a valid credit code, unique across both tables', () => {
    const codes = [...full.firms, ...full.providers].map((row) => row.creditCode)
    expect(codes.filter((code) => !isValidCreditCode(code))).toEqual([])
    expect(new Set(codes).size).toBe(codes.length)
    expect(full.firms.every((firm) => firm.creditCode.startsWith('91'))).toBe(true)
  })

  it('keeps names unique within each table and search text derived from the names', () => {
    for (const rows of [full.parks, full.alliances, full.firms, full.institutions, full.providers]) {
      expect(new Set(rows.map((row) => row.nameZh)).size).toBe(rows.length)
      expect(new Set(rows.map((row) => row.nameEn)).size).toBe(rows.length)
    }
    for (const firm of full.firms.slice(0, 500)) {
      expect(firm.searchText).toBe(`${firm.nameZh} ${firm.nameEn} ${firm.creditCode}`.toLowerCase())
    }
    for (const park of full.parks) expect(park.searchText).toBe(`${park.nameZh} ${park.nameEn}`.toLowerCase())
  })
})

describe('the generator (pure, no database): the alliance tree, firm figures and synthetic marks', () => {
  const full = withFullSet()

  it('builds the 1+7+N tree chaired by Suzhou Industrial Park, with every park and leading firm in it', () => {
    const overall = full.alliances.filter((alliance) => alliance.tier === 'overall')
    expect(overall).toHaveLength(1)
    expect(overall[0]?.nameZh).toBe('长三角G60科创走廊产业园区联盟')
    const chair = full.parks.find((park) => park.id === overall[0]?.chairParkId)
    expect(chair).toMatchObject({ nameZh: '苏州工业园区', nameEn: 'Suzhou Industrial Park', cityCode: 'SZ' })
    const keys = full.alliances.filter((alliance) => alliance.tier === 'key_industry')
    expect(keys).toHaveLength(7)
    expect(keys.every((alliance) => alliance.parentId === overall[0]?.id)).toBe(true)
    const keyIds = new Set(keys.map((alliance) => alliance.id))
    const subs = full.alliances.filter((alliance) => alliance.tier === 'sub')
    expect(subs).toHaveLength(6)
    expect(subs.every((alliance) => keyIds.has(alliance.parentId ?? ''))).toBe(true)
    const overallMembers = new Set(
      full.allianceMembers
        .filter((member) => member.allianceId === overall[0]?.id)
        .map((member) => member.memberId),
    )
    expect(full.parks.every((park) => overallMembers.has(park.id))).toBe(true)
    const keyFirmMembers = new Set(
      full.allianceMembers.filter((member) => keyIds.has(member.allianceId)).map((member) => member.memberId),
    )
    expect(full.firms.filter((firm) => firm.isLeading && !keyFirmMembers.has(firm.id))).toEqual([])
    for (const alliance of full.alliances) {
      expect(
        full.allianceMembers.some((member) => member.allianceId === alliance.id),
        alliance.nameEn,
      ).toBe(true)
    }
  })

  it('gives firms plausible figures: integer fen, R&D mostly 3–15% of revenue, reported in 2025 or 2026', () => {
    const firms = full.firms
    expect(
      firms.every(
        (firm) => Number.isSafeInteger(firm.revenueFen) && Number.isSafeInteger(firm.researchSpendFen),
      ),
    ).toBe(true)
    const intensities = firms.map((firm) => (firm.researchSpendFen ?? 0) / (firm.revenueFen ?? 1))
    const usual = intensities.filter((intensity) => intensity >= 0.03 && intensity <= 0.15).length
    expect(usual / firms.length).toBeGreaterThan(0.85)
    expect(firms.every((firm) => /^202[56]-/.test(firm.figuresReportedOn ?? ''))).toBe(true)
    const inPark = firms.filter((firm) => firm.parkId !== null).length / firms.length
    expect(inPark).toBeGreaterThan(0.65)
    expect(inPark).toBeLessThan(0.75)
    const parkCity = new Map(full.parks.map((park) => [park.id, park.cityCode]))
    expect(firms.filter((firm) => firm.parkId && parkCity.get(firm.parkId) !== firm.cityCode)).toEqual([])
    const leading = firms.filter((firm) => firm.isLeading)
    expect(leading.every((firm) => firm.size === 'large' || firm.size === 'medium')).toBe(true)
  })

  it('marks every row synthetic with one creation time derived from the seed', () => {
    const rows = [...full.parks, ...full.alliances, ...full.firms, ...full.institutions, ...full.providers]
    expect(rows.every((row) => row.isSynthetic === true)).toBe(true)
    expect(rows.every((row) => row.createdAt?.getTime() === full.seededAt.getTime())).toBe(true)
    expect(generateDemoData({ seedNumber: 61, size: 'small' }).seededAt).not.toEqual(full.seededAt)
    expect(full.institutions.every((institution) => institution.joinedOn >= '2019-12-01')).toBe(true)
    const statuses = new Set(full.providers.map((provider) => provider.admissionStatus))
    expect(statuses.size).toBe(6)
    const active = full.providers.filter((provider) => provider.admissionStatus === 'active').length
    expect(active / full.providers.length).toBeGreaterThan(0.8)
  })
})

describe('the generator (pure, no database): a year of vouchers and instrument bookings', () => {
  const full = withFullSet()

  it('generates a year of voucher activity at the reference scale, ending at the seed moment by default', () => {
    const vouchers = full.vouchers
    expect(vouchers.activityEndsAt).toEqual(full.seededAt)
    expect(vouchers.schemes.length).toBeGreaterThanOrEqual(referenceFigures.cities)
    expect(vouchers.claims.length).toBeGreaterThan(3000)
    expect(vouchers.vouchers.length).toBeGreaterThan(2500)
    expect(vouchers.orders.length).toBeGreaterThan(8000)
    expect(vouchers.redemptions.length).toBeGreaterThan(5000)
    expect(vouchers.settlementRuns.length).toBeGreaterThan(60)
    const money = [
      ...vouchers.vouchers.map((row) => row.amountFen),
      ...vouchers.orders.flatMap((row) => [row.amountFen, row.voucherShareFen, row.firmCopayFen]),
      ...vouchers.redemptions.map((row) => row.amountFen),
      ...vouchers.transfers.map((row) => row.amountFen),
    ]
    expect(money.every((fen) => Number.isSafeInteger(fen) && fen >= 0)).toBe(true)
    const endMs = vouchers.activityEndsAt.getTime()
    const stamps = [...vouchers.claims, ...vouchers.orders, ...vouchers.redemptions].map(
      (row) => row.updatedAt?.getTime() ?? Infinity,
    )
    expect(stamps.every((stamp) => stamp < endMs)).toBe(true)
    const rows = [
      ...vouchers.schemes,
      ...vouchers.products,
      ...vouchers.claims,
      ...vouchers.vouchers,
      ...vouchers.orders,
      ...vouchers.redemptions,
      ...vouchers.settlementRuns,
    ]
    expect(rows.every((row) => row.isSynthetic === true)).toBe(true)
    const small = generateDemoData({ seedNumber: 60, size: 'small' }).vouchers
    expect(small.claims.length).toBeGreaterThan(20)
    expect(small.claims.length).toBeLessThan(150)
    expect(small.orders.length).toBeLessThan(400)
  })

  it('builds the sharing network at the reference scale, a year of bookings laid end to end on each instrument', () => {
    const { instruments, bookings, violations, activityEndsAt } = full.instruments
    expect(activityEndsAt).toEqual(full.seededAt)
    expect(instruments).toHaveLength(instrumentFiguresBySize.full.instruments)
    const tiers = new Map<string, number>()
    for (const instrument of instruments) {
      const tier = String(valueTierOf(instrument.originalValueFen))
      tiers.set(tier, (tiers.get(tier) ?? 0) + 1)
    }
    expect(tiers.get('null')).toBeUndefined()
    expect(tiers.get('from_10m')).toBeGreaterThan(150)
    expect(tiers.get('from_10m')).toBeLessThan(1_000)
    expect(tiers.get('from_300k')).toBeGreaterThan(3_000)
    expect(tiers.get('from_500k')).toBeGreaterThan(tiers.get('from_300k') ?? 0)
    expect(
      instruments.every((row) => row.internalPriceFen <= row.externalPriceFen && row.internalPriceFen > 0),
    ).toBe(true)
    expect(bookings.length).toBeGreaterThan(40_000)
    expect(bookings.length).toBeLessThan(80_000)
    expect(violations.length).toBeGreaterThan(300)
    const held = new Map<string, [number, number][]>()
    for (const booking of bookings) {
      const [from = '', to = ''] = booking.heldDuring.slice(1, -1).split(',')
      const list = held.get(booking.instrumentId) ?? []
      list.push([Date.parse(from), Date.parse(to)])
      held.set(booking.instrumentId, list)
    }
    let overlaps = 0
    for (const slots of held.values()) {
      slots.sort((a, b) => a[0] - b[0])
      for (let index = 1; index < slots.length; index++) {
        if ((slots[index]?.[0] ?? 0) < (slots[index - 1]?.[1] ?? 0)) overlaps++
      }
    }
    expect(overlaps).toBe(0)
    const endMs = activityEndsAt.getTime()
    expect(bookings.filter((row) => (row.updatedAt?.getTime() ?? Infinity) >= endMs)).toEqual([])
    expect(
      bookings.filter((row) => row.bookerCityCode !== row.cityCode).length / bookings.length,
    ).toBeGreaterThan(0.1)
    const pattern = new RegExp(idPattern)
    expect([...instruments, ...bookings, ...violations].every((row) => pattern.test(row.id ?? ''))).toBe(true)
    expect([...instruments, ...bookings, ...violations].every((row) => row.isSynthetic === true)).toBe(true)
  })
})

describe('the generator (pure, no database): a year and a half of tech finance', () => {
  const full = withFullSet()

  it('gives every firm its indicators and score, and the alliance about 2,000 products from all its members', () => {
    const finance = full.finance
    expect(finance.activityEndsAt).toEqual(full.seededAt)
    expect(finance.products.length).toBeGreaterThan(1_700)
    expect(finance.products.length).toBeLessThan(2_400)
    expect(new Set(finance.products.map((row) => row.institutionId)).size).toBe(
      referenceFigures.financialInstitutions,
    )
    expect(finance.scores).toHaveLength(referenceFigures.highTechFirms)
    expect(new Set(finance.indicatorValues.map((row) => row.firmId)).size).toBe(
      referenceFigures.highTechFirms,
    )
    expect(finance.needs.length).toBeGreaterThan(1_500)
    expect(finance.referrals.length).toBeGreaterThan(1_500)
    expect(finance.cases.length).toBeGreaterThan(500)
    const endMs = finance.activityEndsAt.getTime()
    const stamps = [...finance.needs, ...finance.referrals, ...finance.cases, ...finance.caseNotes].map(
      (row) => row.createdAt?.getTime() ?? Infinity,
    )
    expect(stamps.every((stamp) => stamp < endMs)).toBe(true)
    const pattern = new RegExp(idPattern)
    const rows = [
      ...finance.products,
      ...finance.needs,
      ...finance.referrals,
      ...finance.cases,
      ...finance.caseNotes,
    ]
    expect(rows.every((row) => pattern.test(row.id ?? ''))).toBe(true)
  })

  it('records no indicator value before the day it describes has ended, nor after the end, at any time of year', () => {
    // The first moments of a year in Shanghai, later in January, and February: the newest year-end moves on once
    // its figures can have arrived.
    const ends = ['2027-01-01T00:30:00+08:00', '2027-01-20T12:00:00+08:00', '2027-02-01T09:00:00+08:00']
    for (const end of ends) {
      const endMs = Date.parse(end)
      const { indicatorValues } = generateDemoData({
        seedNumber: 7,
        size: 'small',
        activityEndsAt: new Date(endMs),
      }).finance
      const misplaced = indicatorValues.filter((row) => {
        const describedDayEndsMs = Date.parse(`${row.asOf}T24:00:00+08:00`)
        const recordedMs = row.recordedAt?.getTime() ?? Infinity
        return recordedMs < describedDayEndsMs || recordedMs > endMs
      })
      expect(indicatorValues.length, end).toBeGreaterThan(0)
      expect(misplaced, end).toEqual([])
    }
  })
})

const calendar = exceptionsFrom(chinaCalendarDays)
const seedToday = shanghaiDateOf(seedNow)
const nextWorkingDay = (day: string) => addWorkingDays(day, 1, calendar)

interface StoredCase {
  id: string
  number: string
  status: string
  item_code: string
  window_city_code: string
  competent_city_code: string
  firm_id: string | null
  applicant_user_id: string
  clock_state: string
  clock_anchor_on: string | null
  clock_working_days: number | null
  due_on: string | null
  paused_on: string | null
  decided_on: string | null
  decision: string | null
  rating: number | null
  year: number
}

async function storedCases(db: Database): Promise<StoredCase[]> {
  return queryRows<StoredCase>(
    db,
    sql`SELECT id, number, status, item_code, window_city_code, competent_city_code, firm_id, applicant_user_id,
               clock_state, clock_anchor_on::text AS clock_anchor_on, clock_working_days, due_on::text AS due_on,
               paused_on::text AS paused_on, (decided_at AT TIME ZONE 'Asia/Shanghai')::date::text AS decided_on,
               decision, rating,
               extract(year FROM submitted_at AT TIME ZONE 'Asia/Shanghai')::int AS year
          FROM service_cases ORDER BY id`,
  )
}

describe('seeding the small set: one-stop cases in every state, on the calendar', () => {
  const seeded = withSmallSet()

  it('holds every state, about a third across city lines, clocks kept on the real calendar', async () => {
    const cases = await storedCases(seeded.database.db)
    expect(cases.length).toBeGreaterThanOrEqual(80)
    expect(cases.length).toBeLessThanOrEqual(150)
    expect(new Set(cases.map((found) => found.status))).toEqual(new Set(caseStatuses))
    expect(cases.some((found) => found.decision === 'approved_with_conditions')).toBe(true)
    const crossCity = cases.filter((found) => found.window_city_code !== found.competent_city_code).length
    expect(crossCity / cases.length).toBeGreaterThan(0.25)
    expect(crossCity / cases.length).toBeLessThan(0.5)
    const decided = cases.filter((found) => found.decision !== null && found.due_on !== null)
    const onTime = decided.filter((found) => (found.decided_on ?? '') <= (found.due_on ?? ''))
    expect(onTime.length / decided.length).toBeGreaterThan(0.75)
    const running = cases.filter((found) => found.clock_state === 'running')
    for (const found of running) {
      expect(found.status, found.number).toBe('in_review')
      expect(found.due_on, found.number).toBe(
        addWorkingDays(found.clock_anchor_on ?? '', found.clock_working_days ?? 0, calendar),
      )
      // overdue by a few working days at most, never by a month
      expect(addCalendarDays(found.due_on ?? '', 30) > seedToday, found.number).toBe(true)
    }
    expect(running.some((found) => (found.due_on ?? '') < seedToday)).toBe(true)
    for (const found of cases.filter((each) => each.status === 'review_paused')) {
      expect([found.clock_state, found.paused_on !== null], found.number).toEqual(['paused', true])
    }
    // numbers per window city and year, the counters at the last serial used
    expect(cases.every((found) => isValidVoucherNumber(found.number))).toBe(true)
    const counters = await queryRows<{ city_code: string; year: number; last_serial: number }>(
      seeded.database.db,
      sql`SELECT city_code, year, last_serial FROM service_case_counters`,
    )
    const used = new Map<string, number>()
    for (const found of cases) {
      const key = `${found.window_city_code}/${found.year}`
      used.set(key, (used.get(key) ?? 0) + 1)
    }
    expect(new Map(counters.map((row) => [`${row.city_code}/${row.year}`, row.last_serial]))).toEqual(used)
  })
})

describe("seeding the small set: one-stop cases' moves, events and files", () => {
  const seeded = withSmallSet()

  it("records each case's moves as the workflow's table allows, with its events, materials and files", async () => {
    const db = seeded.database.db
    const cases = new Map((await storedCases(db)).map((found) => [found.id, found]))
    const moves = await queryRows<{
      record_id: string
      action: string
      from_state: string
      to_state: string
    }>(
      db,
      sql`SELECT record_id, action, from_state, to_state FROM workflow_transitions
           WHERE record_type = 'service_case' ORDER BY record_id, occurred_at`,
    )
    const lastState = new Map<string, string>()
    for (const move of moves) {
      expect(move.from_state).toBe(lastState.get(move.record_id) ?? 'submitted')
      expect(caseWorkflow.moveFrom(move.from_state, move.action)).toBe(move.to_state)
      lastState.set(move.record_id, move.to_state)
    }
    for (const [id, found] of cases) expect(lastState.get(id) ?? 'submitted', found.number).toBe(found.status)
    const counted = async (query: SQL) => countOf(db, query)
    const movesOf = (action: string) =>
      counted(sql`SELECT count(*) AS count FROM workflow_transitions WHERE action = ${action}
                   AND record_type = 'service_case'`)
    const eventsOf = (kind: string) =>
      counted(sql`SELECT count(*) AS count FROM service_case_events WHERE kind = ${kind}`)
    expect(await movesOf('accept')).toBe(await eventsOf('clock_started'))
    expect(await movesOf('accept')).toBe(
      await counted(sql`SELECT count(*) AS count FROM service_cases WHERE accepted_at IS NOT NULL`),
    )
    expect(await movesOf('pause_for_materials')).toBe(await eventsOf('clock_paused'))
    expect(await movesOf('resume_with_materials')).toBe(await eventsOf('clock_resumed'))
    expect((await movesOf('supplement')) + (await movesOf('resume_with_materials'))).toBe(
      await eventsOf('materials_added'),
    )
    expect(await eventsOf('escalated')).toBeGreaterThan(0)
    expect(await eventsOf('due_soon_warned')).toBeGreaterThan(0)
    const accepts = sql`SELECT count(*) AS count FROM workflow_transitions
      WHERE action = 'accept' AND (due_on IS NULL OR actor_user_id IS NULL)`
    expect(await counted(accepts)).toBe(0)
    const badFiles = sql`SELECT count(*) AS count FROM service_case_materials m
      LEFT JOIN service_case_files f ON f.material_id = m.id
      WHERE m.source = 'upload' AND (f.content IS NULL OR encode(sha256(f.content), 'hex') <> m.sha256
        OR octet_length(f.content) <> m.size_bytes
        OR NOT (substring(f.content FROM 1 FOR 8) = '\\x255044462d312e34'::bytea
                OR substring(f.content FROM 1 FOR 4) = '\\x89504e47'::bytea))`
    expect(await counted(badFiles)).toBe(0)
    const registry = sql`SELECT count(*) AS count FROM service_case_materials m JOIN service_cases c ON c.id = m.case_id
      WHERE m.source = 'registry' AND m.reference_id IS DISTINCT FROM c.firm_id`
    expect(await counted(registry)).toBe(0)
    expect(
      await counted(sql`SELECT count(*) AS count FROM service_case_materials WHERE source = 'registry'`),
    ).toBeGreaterThan(0)
    const rated = [...cases.values()].filter((found) => found.rating !== null)
    expect(rated.length).toBeGreaterThan(10)
    expect(await counted(sql`SELECT count(*) AS count FROM service_cases WHERE NOT is_synthetic`)).toBe(0)
  })
})

interface InboxRowSeen {
  kind: string
  topic: string
  entity_id: string
  resolved_at: Date | string | null
  read: boolean
}

/** What a demo account finds in its inbox, read as the inbox reads it (notifications.repository.ts visibleTo). */
async function inboxOf(db: Database, username: string) {
  const [user] = await queryRows<{
    id: string
    role: Role
    city_code: string | null
    organisation_id: string | null
  }>(db, sql`SELECT id, role, city_code, organisation_id FROM users WHERE username = ${username}`)
  if (user === undefined) throw new Error(`no demo account ${username}`)
  const principal: Principal = {
    userId: user.id,
    username,
    role: user.role,
    cityCode: user.city_code,
    organisationId: user.organisation_id,
  }
  const rows = await queryRows<InboxRowSeen>(
    db,
    sql`SELECT n.kind, n.topic, n.entity_id, n.resolved_at, r.read_at IS NOT NULL AS read
          FROM notifications n
          LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.user_id = ${principal.userId}
         WHERE n.audience_user_id = ${principal.userId}
            OR (n.audience_user_id IS NULL AND n.audience_role = ${principal.role}
                AND (n.audience_city_code IS NULL OR n.audience_city_code = ${principal.cityCode})
                AND (n.audience_organisation_id IS NULL OR n.audience_organisation_id = ${principal.organisationId}))`,
  )
  const summary = await createNotificationsService(db, []).summary(principal)
  const open = (topic: string) =>
    rows
      .filter((row) => row.kind === 'task' && row.resolved_at === null && row.topic === topic)
      .map((row) => row.entity_id)
  return { principal, rows, summary, open }
}

describe("seeding the small set: the demo accounts' one-stop cases and inbox", () => {
  const seeded = withSmallSet()

  it('gives the officers cases at their window and to decide, one overdue and one due by the next working day', async () => {
    const db = seeded.database.db
    const cases = new Map((await storedCases(db)).map((found) => [found.id, found]))
    for (const [username, cityCode] of [
      ['officer.sh', 'SH-SJ'],
      ['officer.hf', 'HF'],
    ] as const) {
      const inbox = await inboxOf(db, username)
      const openTasks = inbox.rows.filter((row) => row.kind === 'task' && row.resolved_at === null)
      expect(inbox.summary.openTaskCount, username).toBe(openTasks.length)
      const intake = inbox.open('service_case.intake').map((id) => cases.get(id))
      expect(intake.length, username).toBeGreaterThanOrEqual(2)
      expect(
        intake.every((found) => found?.status === 'submitted' && found.window_city_code === cityCode),
      ).toBe(true)
      const deciding = inbox.open('service_case.decision').map((id) => cases.get(id))
      expect(deciding.length, username).toBeGreaterThanOrEqual(3)
      expect(
        deciding.every((found) => found?.status === 'in_review' && found.competent_city_code === cityCode),
      ).toBe(true)
      const dues = deciding.map((found) => found?.due_on ?? '')
      expect(
        dues.some((dueOn) => dueOn < seedToday),
        username,
      ).toBe(true)
      expect(
        dues.some((dueOn) => dueOn >= seedToday && dueOn <= nextWorkingDay(seedToday)),
        username,
      ).toBe(true)
      expect(inbox.open('service_case.due_soon').length, username).toBeGreaterThanOrEqual(1)
      expect(inbox.open('voucher_claim.waiting').length, username).toBeGreaterThanOrEqual(1)
      expect(
        inbox.rows.some((row) => row.read),
        username,
      ).toBe(true)
      expect(
        inbox.rows.some((row) => !row.read),
        username,
      ).toBe(true)
    }
    expect((await inboxOf(db, 'office')).open('service_case.overdue').length).toBeGreaterThanOrEqual(2)
  })

  it('gives the demo firms and talent.hz cases of their own: materials to hand in, one to rate, a talent card', async () => {
    const db = seeded.database.db
    const cases = await storedCases(db)
    for (const username of ['firm.sh', 'firm.hf']) {
      const inbox = await inboxOf(db, username)
      const own = cases.filter((found) => found.firm_id === inbox.principal.organisationId)
      expect(new Set(own.map((found) => found.status)).size, username).toBeGreaterThanOrEqual(4)
      const waitingOnFirm = own.filter((found) =>
        ['intake_incomplete', 'review_paused'].includes(found.status),
      )
      expect(inbox.open('service_case.materials_requested').sort(), username).toEqual(
        waitingOnFirm.map((found) => found.id).sort(),
      )
      expect(waitingOnFirm.length, username).toBeGreaterThanOrEqual(1)
      expect(
        own.some((found) => found.status === 'approved' && found.rating === null),
        username,
      ).toBe(true)
      expect(inbox.rows.some((row) => row.kind === 'update' && row.topic.startsWith('service_case.'))).toBe(
        true,
      )
    }
    const hefei = (await inboxOf(db, 'firm.hf')).principal.organisationId
    const routed = cases.filter(
      (found) =>
        found.firm_id === hefei &&
        found.window_city_code === 'HF' &&
        found.competent_city_code === 'SH-SJ' &&
        found.status === 'in_review',
    )
    expect(routed.length).toBeGreaterThanOrEqual(1)
    expect((await inboxOf(db, 'officer.sh')).open('service_case.decision')).toEqual(
      expect.arrayContaining(routed.map((found) => found.id)),
    )
    const talent = await inboxOf(db, 'talent.hz')
    const cards = await queryRows<{
      entitlements: string[]
      status: string
      licence_type: string
      quoted: boolean
    }>(
      db,
      sql`SELECT t.entitlements, c.status, c.licence_type, t.number = 'G60TC-' || c.number AS quoted
           FROM talent_cards t JOIN service_cases c ON c.id = t.case_id WHERE t.user_id = ${talent.principal.userId}`,
    )
    expect(cards).toEqual([
      {
        quoted: true,
        entitlements: talentCardEntitlements.map((entitlement) => entitlement.code),
        status: 'approved',
        licence_type: 'G60TalentCard',
      },
    ])
    const own = cases.filter((found) => found.applicant_user_id === talent.principal.userId)
    const areaOf = (found: StoredCase) =>
      catalogueItems.find((item) => item.code === found.item_code)?.talentArea
    expect(
      own.some(
        (found) => found.status === 'in_review' && ['schooling', 'housing'].includes(areaOf(found) ?? ''),
      ),
    ).toBe(true)
    const paused = own.filter((found) => found.status === 'review_paused').map((found) => found.id)
    expect(paused.length).toBeGreaterThanOrEqual(1)
    expect(talent.open('service_case.materials_requested')).toEqual(paused)
  })
})

describe('seeding the small set: the open tasks of the inbox', () => {
  const seeded = withSmallSet()

  it('keeps an open task exactly for every record still waiting, and resolves every other task', async () => {
    const db = seeded.database.db
    const waiting: Record<string, SQL> = {
      'service_case.intake': sql`SELECT id FROM service_cases WHERE status = 'submitted'`,
      'service_case.decision': sql`SELECT id FROM service_cases WHERE status = 'in_review'`,
      'service_case.materials_requested': sql`SELECT id FROM service_cases
        WHERE status IN ('intake_incomplete', 'review_paused')`,
      'service_case.due_soon': sql`SELECT id FROM service_cases WHERE status = 'in_review' AND warned_at IS NOT NULL`,
      'service_case.overdue': sql`SELECT id FROM service_cases
        WHERE status = 'in_review' AND escalated_at IS NOT NULL AND due_on < ${seedToday}::date`,
      'voucher_claim.waiting': sql`SELECT id FROM voucher_claims WHERE status = 'submitted'`,
      'redemption.to_confirm': sql`SELECT id FROM redemptions WHERE status = 'awaiting_confirmation'`,
      'redemption.waiting': sql`SELECT id FROM redemptions WHERE status = 'submitted'`,
      'instrument_booking.waiting': sql`SELECT id FROM instrument_bookings WHERE status = 'requested'`,
      'finance_referral.waiting': sql`SELECT id FROM finance_referrals
        WHERE status = 'referred' AND consent_revoked_at IS NULL`,
    }
    const open = await queryRows<{ topic: string; entity_id: string }>(
      db,
      sql`SELECT topic, entity_id FROM notifications WHERE kind = 'task' AND resolved_at IS NULL ORDER BY entity_id`,
    )
    expect(new Set(open.map((row) => row.topic))).toEqual(new Set(Object.keys(waiting)))
    for (const [topic, query] of Object.entries(waiting)) {
      const ids = (await queryRows<{ id: string }>(db, query)).map((row) => row.id).sort()
      expect(ids.length, topic).toBeGreaterThan(0)
      expect(
        open.filter((row) => row.topic === topic).map((row) => row.entity_id),
        topic,
      ).toEqual(ids)
    }
    const undelivered = sql`SELECT count(*) AS count FROM notifications
      WHERE delivered_at IS NULL OR (resolved_at IS NOT NULL AND (kind <> 'task' OR resolved_at < created_at))`
    expect(await countOf(db, undelivered)).toBe(0)
    const updates = sql`SELECT count(*) AS count FROM notifications WHERE kind = 'update'`
    expect(await countOf(db, updates)).toBeGreaterThan(20)
    const strangers = sql`SELECT count(*) AS count FROM notification_reads r LEFT JOIN users u ON u.id = r.user_id
      WHERE u.id IS NULL`
    expect(await countOf(db, strangers)).toBe(0)
    const placeholders = sql`SELECT count(*) AS count FROM notifications WHERE audience_user_id LIKE 'demo-user:%'`
    expect(await countOf(db, placeholders)).toBe(0)
  })
})

describe('the generator (pure, no database): one-stop cases over the year', () => {
  const full = withFullSet()

  it('files a few thousand cases over the year, more each month, in office hours, a third across city lines', () => {
    const { cases, activityEndsAt } = full.services
    expect(cases.length).toBeGreaterThan(3000)
    expect(cases.length).toBeLessThan(5000)
    expect(new Set(cases.map((found) => found.status))).toEqual(new Set(caseStatuses))
    const endMs = activityEndsAt.getTime()
    const quarterMs = (365 / 4) * 24 * 3_600_000
    const inQuarter = (first: number) =>
      cases.filter((found) => {
        const ageMs = endMs - found.submittedAt.getTime()
        return ageMs >= (4 - first - 1) * quarterMs && ageMs < (4 - first) * quarterMs
      }).length
    expect(inQuarter(0)).toBeLessThan(inQuarter(1))
    expect(inQuarter(1)).toBeLessThan(inQuarter(2))
    expect(inQuarter(2)).toBeLessThan(inQuarter(3))
    for (const found of cases) {
      const day = shanghaiDateOf(found.submittedAt)
      const minute = ((found.submittedAt.getTime() + 8 * 3_600_000) % 86_400_000) / 60_000
      expect(isWorkingDay(day, calendar) && minute >= 9 * 60 && minute < 17 * 60 + 30, found.id).toBe(true)
    }
    const crossCity = cases.filter((found) => found.windowCityCode !== found.competentCityCode).length
    expect(crossCity / cases.length).toBeGreaterThan(0.28)
    expect(crossCity / cases.length).toBeLessThan(0.4)
    const onlineElsewhere = cases.filter((found) => {
      const item = catalogueItems.find((each) => each.code === found.itemCode)
      return item?.mode === 'online' && found.windowCityCode !== found.competentCityCode
    })
    expect(onlineElsewhere).toEqual([])
    expect(cases.every((found) => found.isSynthetic && found.itemVersion === 1 && found.number !== '')).toBe(
      true,
    )
    expect(new Set(cases.map((found) => found.number)).size).toBe(cases.length)
  })
})

describe('the generator (pure, no database): one-stop clocks, ratings and files', () => {
  const full = withFullSet()

  it('ends about 1,300 approved firm cases in their e-licences, the figure the README gives', () => {
    const grants = licenceGrantsOf(full.services)
    expect(grants.length).toBeGreaterThan(1_250)
    expect(grants.length).toBeLessThan(1_350)
    expect(new Set(grants.map((grant) => grant.issuerCode)).size).toBe(9)
  })

  it('decides mostly within the promised working days, about one in eight late, and is rated by six in ten', () => {
    const { cases, transitions, talentCards, materials, files } = full.services
    const decided = cases.filter((found) => found.decidedAt !== null && found.decision !== null)
    const late = decided.filter(
      (found) => shanghaiDateOf(found.decidedAt ?? new Date()) > (found.dueOn ?? ''),
    )
    expect(late.length / decided.length).toBeGreaterThan(0.07)
    expect(late.length / decided.length).toBeLessThan(0.2)
    const firstMoves = new Map<string, { action: string; occurredAt: Date }>()
    for (const move of transitions) if (!firstMoves.has(move.recordId)) firstMoves.set(move.recordId, move)
    const acceptedAtOnce = cases.filter((found) => firstMoves.get(found.id)?.action === 'accept')
    for (const found of acceptedAtOnce) {
      const acceptedOn = shanghaiDateOf(firstMoves.get(found.id)?.occurredAt ?? new Date())
      const waited = countWorkingDaysBetween(shanghaiDateOf(found.submittedAt), acceptedOn, calendar)
      expect(waited, found.id).toBeLessThanOrEqual(2)
    }
    const today = shanghaiDateOf(full.services.activityEndsAt)
    const running = cases.filter((found) => found.clockState === 'running')
    expect(running.filter((found) => (found.dueOn ?? '') < today).length).toBeGreaterThan(0)
    for (const found of running) {
      expect(countWorkingDaysBetween(found.dueOn ?? '', today, calendar), found.id).toBeLessThanOrEqual(5)
    }
    const closed = cases.filter((found) =>
      ['approved', 'refused', 'not_accepted', 'withdrawn'].includes(found.status),
    )
    const rated = closed.filter((found) => found.rating !== null)
    expect(rated.length / closed.length).toBeGreaterThan(0.5)
    expect(rated.length / closed.length).toBeLessThan(0.7)
    const highShare = rated.filter((found) => (found.rating ?? 0) >= 4).length / rated.length
    expect(highShare).toBeGreaterThan(0.7)
    expect(rated.some((found) => (found.rating ?? 5) <= 2 && found.ratingComment !== null)).toBe(true)
    const cardCases = cases.filter(
      (found) => found.status === 'approved' && found.licenceType === 'G60TalentCard',
    )
    expect(talentCards.map((card) => card.caseId).sort()).toEqual(cardCases.map((found) => found.id).sort())
    expect(cardCases.length).toBeGreaterThan(0)
    const fileById = new Map(files.map((file) => [file.materialId, file.content]))
    for (const material of materials.filter((each) => each.source === 'upload')) {
      const content = fileById.get(material.id) ?? new Uint8Array()
      expect(createHash('sha256').update(content).digest('hex'), material.id).toBe(material.sha256)
      expect(content.length, material.id).toBe(material.sizeBytes)
    }
  })

  it("lays out the demo accounts' cases and tasks whenever the seed runs: holidays, weekends, any hour", () => {
    const officers = [
      ['officer.sh', 'SH-SJ'],
      ['officer.hf', 'HF'],
    ] as const
    for (const end of [
      '2026-10-01T04:10:00Z',
      '2026-05-09T16:20:00Z',
      '2027-02-15T00:05:00Z',
      '2026-12-31T23:59:00Z',
    ]) {
      const activityEndsAt = new Date(end)
      const data = generateDemoData({ seedNumber: 11, size: 'small', activityEndsAt })
      const today = shanghaiDateOf(activityEndsAt)
      const { cases } = data.services
      for (const [username, cityCode] of officers) {
        const deciding = cases.filter(
          (found) => found.status === 'in_review' && found.competentCityCode === cityCode,
        )
        expect(
          deciding.some((found) => (found.dueOn ?? '') < today),
          `${end} ${username}`,
        ).toBe(true)
        const dueSoon = deciding.filter(
          (found) => (found.dueOn ?? '') >= today && (found.dueOn ?? '') <= nextWorkingDay(today),
        )
        expect(dueSoon.length, `${end} ${username}`).toBeGreaterThan(0)
        expect(cases.some((found) => found.status === 'submitted' && found.windowCityCode === cityCode)).toBe(
          true,
        )
      }
      const stamps = [
        ...cases.map((found) => found.updatedAt),
        ...data.inbox.notifications.map((row) => row.createdAt),
      ]
      expect(
        stamps.every((stamp) => stamp.getTime() < activityEndsAt.getTime()),
        end,
      ).toBe(true)
      // every demo account but the workstation's (finance cases tell nobody) has work waiting in its inbox
      for (const account of data.accounts.filter((each) => each.role !== 'workstation')) {
        const tasks = data.inbox.notifications.filter(
          (row) => row.kind === 'task' && row.resolvedAt === null && reaches(row, account),
        )
        expect(tasks.length, `${end} ${account.username}`).toBeGreaterThan(0)
      }
    }
    const again = generateDemoData({
      seedNumber: 11,
      size: 'small',
      activityEndsAt: new Date('2026-10-01T04:10:00Z'),
    })
    const first = generateDemoData({
      seedNumber: 11,
      size: 'small',
      activityEndsAt: new Date('2026-10-01T04:10:00Z'),
    })
    expect(JSON.stringify([again.services, again.inbox])).toBe(JSON.stringify([first.services, first.inbox]))
    expect(serviceFiguresBySize.small.cases).toBeLessThan(serviceFiguresBySize.full.cases)
  })
})
