import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows, type Database } from '../db/client'
import { isValidCreditCode } from '../modules/registry/credit-code'
import { cityCodes, institutionKinds, referenceFigures } from '../modules/registry/reference/reference-data'
import { verifyLedger } from '../modules/vouchers'
import { isValidVoucherNumber, spotCheckDraw } from '../modules/vouchers/rules'
import { createTestDatabase, type TestDatabase } from '../testing/database'
import { demoAccountSummaries } from './accounts'
import { demoFiguresBySize, generateDemoData, type DemoData } from './generate'
import { ensureRegistryReferenceData } from './reference'
import { isDatabaseEmpty, seedDemoData } from './seed'

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
 * transfers are stamped by ledger_transfer() with the database's clock, so their time is left out. */
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
      sql`SELECT id, kind, from_account_id, to_account_id, amount_fen, reference, actor_user_id
          FROM ledger_transfers ORDER BY id`,
    ),
  )
  digests.voucher_number_counters = digest(
    await queryRows(db, sql`SELECT * FROM voucher_number_counters ORDER BY city_code, year`),
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

async function countOf(db: Database, query: ReturnType<typeof sql>): Promise<number> {
  const rows = await queryRows<{ count: string | number }>(db, query)
  return Number(rows[0]?.count)
}

async function seededDatabase(seedNumber: number): Promise<TestDatabase> {
  const database = await createTestDatabase()
  await ensureRegistryReferenceData(database.db)
  await seedDemoData(database.db, { seedNumber, size: 'small', now: seedNow })
  return database
}

describe('seeding the small set', () => {
  const small = demoFiguresBySize.small
  let database: TestDatabase
  let emptyBefore: boolean
  const progress: { stage: string; done: number; total: number }[] = []

  beforeAll(async () => {
    database = await createTestDatabase()
    await ensureRegistryReferenceData(database.db)
    emptyBefore = await isDatabaseEmpty(database.db)
    await seedDemoData(database.db, {
      seedNumber: 7,
      size: 'small',
      now: seedNow,
      onProgress: (stage, done, total) => progress.push({ stage, done, total }),
    })
  })
  afterAll(async () => database.close())

  it('seeds an empty database, which is then no longer empty', async () => {
    expect(emptyBefore).toBe(true)
    expect(await isDatabaseEmpty(database.db)).toBe(false)
  })

  it('holds the small figures, in all nine cities, all marked synthetic', async () => {
    const db = database.db
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

  it("gives every demo account an organisation that exists, of the right kind, in the account's city", async () => {
    const users = await queryRows<{
      username: string
      role: string
      city_code: string | null
      organisation_id: string | null
    }>(
      database.db,
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
              database.db,
              sql`SELECT city_code FROM firms WHERE id = ${organisationId}`,
            )
          : summary.organisationKind === 'provider'
            ? await queryRows<{ city_code: string }>(
                database.db,
                sql`SELECT city_code FROM providers WHERE id = ${organisationId} AND admission_status = 'active'`,
              )
            : await queryRows<{ city_code: string }>(
                database.db,
                sql`SELECT city_code FROM institutions WHERE id = ${organisationId} AND kind = 'bank'`,
              )
      expect(found, summary.username).toHaveLength(1)
      expect(found[0]?.city_code, summary.username).toBe(summary.cityCode)
    }
  })

  it('reports progress per stage, ending at each stage total', () => {
    const stages = [...new Set(progress.map((step) => step.stage))]
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
      ]),
    )
    for (const stage of stages) {
      const last = progress.filter((step) => step.stage === stage).at(-1)
      expect(last?.done, stage).toBe(last?.total)
    }
  })

  it('gives identical rows for the same seed in a fresh database, and different rows for another seed', async () => {
    const first = await digestOf(database.db)
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

  it('leaves a voucher ledger that verifies clean, every check passing', async () => {
    const verification = await verifyLedger(database.db)
    expect(verification.firstViolation).toBeNull()
    expect(verification.checks.filter((check) => !check.ok)).toEqual([])
    expect(verification.ok).toBe(true)
    expect(verification.balanceSumFen).toBe(0)
    expect(verification.transferCount).toBeGreaterThan(100)
    const kinds = await queryRows<{ kind: string }>(
      database.db,
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
      database.db,
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
      database.db,
      sql`SELECT p.city_code, count(DISTINCT p.id) AS providers, count(*) AS products
            FROM service_products sp JOIN providers p ON p.id = sp.provider_id
           WHERE sp.status = 'published' AND p.admission_status = 'active'
           GROUP BY p.city_code ORDER BY p.city_code`,
    )
    expect(new Set(rows.map((row) => row.city_code))).toEqual(new Set(cityCodes))
    const notAdmitted = sql`SELECT count(*) AS count FROM service_products sp
      JOIN providers p ON p.id = sp.provider_id WHERE p.admission_status <> 'active'`
    expect(await countOf(database.db, notAdmitted)).toBe(0)
    const unfinished = sql`SELECT count(*) AS count FROM service_products
      WHERE name_zh = '' OR name_en = '' OR description_zh = '' OR description_en = '' OR price_fen <= 0
         OR provider_city_code <> (SELECT city_code FROM providers WHERE id = provider_id) OR NOT is_synthetic`
    expect(await countOf(database.db, unfinished)).toBe(0)
    const categories = await queryRows<{ category: string }>(
      database.db,
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

  it('gives the demo accounts records of their own to act on', async () => {
    const db = database.db
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

  it('holds claims, vouchers, orders and redemptions in every state, with spot checks drawn reproducibly', async () => {
    const db = database.db
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

  it('keeps every timestamp of the year in order and before the seeding moment', async () => {
    const db = database.db
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
    const db = database.db
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
    const unsettled = sql`SELECT count(*) AS count FROM redemptions
      WHERE status = 'approved' AND settlement_run_id IS NULL`
    expect(await countOf(db, unsettled)).toBeGreaterThan(0)
    const crossPairs = sql`SELECT count(DISTINCT (issuer_city_code, provider_city_code)) AS count FROM redemptions
      WHERE status = 'approved' AND issuer_city_code <> provider_city_code
        AND decided_at >= ${seedNow.toISOString()}::timestamptz - interval '365 days'`
    expect(await countOf(db, crossPairs)).toBeGreaterThanOrEqual(12)
    const issuers = sql`SELECT count(DISTINCT issuer_city_code) AS count FROM redemptions WHERE status = 'approved'`
    expect(await countOf(db, issuers)).toBeGreaterThanOrEqual(7)
  })

  it('loads reference data idempotently', async () => {
    await ensureRegistryReferenceData(database.db)
    expect(await countOf(database.db, sql`SELECT count(*) AS count FROM cities`)).toBe(
      referenceFigures.cities,
    )
    expect(await countOf(database.db, sql`SELECT count(*) AS count FROM industries`)).toBe(16)
  })
})

describe('the generator (pure, no database)', () => {
  let full: DemoData

  beforeAll(() => {
    full = generateDemoData({ seedNumber: 60, size: 'full' })
  })

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
