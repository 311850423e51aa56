// What the README says about the demo accounts and the demo year, checked against a seeded database: the "Demo
// accounts" table is read from the README itself, row by row, and each claim of the demo paragraphs that the seed
// test and the module tests (insights, policies, licences) do not already check is checked here. The small seed
// always; the full seed of `npm start` too with G60_TEST_FULL_SEED=1 (it takes minutes).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { sql, type SQL } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../db/client'
import { indicators } from '../modules/finance/finance.reference'
import { caseOverdueDaysMax } from '../modules/finance/seed/cases'
import { publicNoticeDays } from '../modules/registry/registry.policies'
import { checkUtilisationGate } from '../modules/vouchers/rules'
import { holdingsOf } from '../modules/vouchers/vouchers.repository'
import { addCalendarDays, shanghaiDateOf } from '../platform/calendar'
import { createTestApp, type TestApp } from '../testing/app'

const readme = fs.readFileSync(
  path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'README.md'),
  'utf8',
)

/** The rows of the README's "Demo accounts" table: username, role code and scope in words. */
function readmeAccounts(): { username: string; role: string; scope: string }[] {
  const section = readme.split('## Demo accounts')[1]?.split('\n## ')[0] ?? ''
  return section.split('\n').flatMap((line) => {
    const match = /^\|\s*`([a-z.]+)`\s*\|[^|`]*\(`([a-z_]+)`\)\s*\|\s*(.+?)\s*\|$/.exec(line)
    return match === null ? [] : [{ username: match[1] ?? '', role: match[2] ?? '', scope: match[3] ?? '' }]
  })
}

const cityByName: Record<string, string> = {
  Songjiang: 'SH-SJ',
  Shanghai: 'SH-SJ',
  Suzhou: 'SZ',
  Hangzhou: 'HZ',
  Hefei: 'HF',
  Jiaxing: 'JX',
  Huzhou: 'HUZ',
  Jinhua: 'JH',
  Wuhu: 'WH',
  Xuancheng: 'XC',
}

/** The city a scope names (the first city named), or null for "all nine cities". */
function cityOfScope(scope: string): string | null {
  const named = Object.keys(cityByName)
    .map((name) => ({ name, at: scope.indexOf(name) }))
    .filter((found) => found.at >= 0)
    .sort((left, right) => left.at - right.at)[0]
  return named === undefined ? null : (cityByName[named.name] ?? null)
}

/** How a scope's words say what the organisation is: the table it is in and what must hold of it. */
function organisationClaim(scope: string): SQL | null {
  if (scope.includes('high-tech firm'))
    return sql`SELECT city_code FROM firms WHERE id = o.id AND is_high_tech AND is_synthetic`
  if (scope.includes('service provider'))
    return sql`SELECT city_code FROM providers WHERE id = o.id AND admission_status = 'active'`
  if (scope.includes('bank')) return sql`SELECT city_code FROM institutions WHERE id = o.id AND kind = 'bank'`
  return null
}

interface Seeded {
  app: TestApp
  /** the Shanghai day the demo year ends */
  endDay: string
  /** the seeding transaction's start: every act of the demo year happened before it */
  seededAt: Date
}

function useSeeded(environment: Record<string, string>): Seeded {
  const seeded = {} as Seeded
  beforeAll(async () => {
    const app = await createTestApp({ environment })
    const [row] = await queryRows<{ seeded_at: string | Date }>(
      app.database.db,
      sql`SELECT min(created_at) AS seeded_at FROM users WHERE is_demo`,
    )
    const seededAt = new Date(row?.seeded_at ?? Number.NaN)
    Object.assign(seeded, { app, seededAt, endDay: shanghaiDateOf(seededAt) })
  }, 1_800_000)
  afterAll(async () => {
    await seeded.app.close()
  })
  return seeded
}

const rowsOf = <Row>(seeded: Seeded, query: SQL) => queryRows<Row>(seeded.app.database.db, query)

function accountClaims(seeded: Seeded) {
  it("gives every account of the README's table its role, city and organisation as the table says", async () => {
    const accounts = readmeAccounts()
    expect(accounts.map((account) => account.username)).toContain('firm.hf')
    expect(accounts.length).toBe(9)
    for (const account of accounts) {
      const [user] = await rowsOf<{ role: string; city_code: string | null; organisation_id: string | null }>(
        seeded,
        sql`SELECT role, city_code, organisation_id FROM users WHERE username = ${account.username} AND is_demo`,
      )
      expect(user, account.username).toBeDefined()
      expect(user?.role, account.username).toBe(account.role)
      expect(user?.city_code ?? null, account.username).toBe(cityOfScope(account.scope))
      const claim = organisationClaim(account.scope)
      if (claim === null) continue
      const [organisation] = await rowsOf<{ city_code: string }>(
        seeded,
        sql`SELECT found.city_code FROM (SELECT ${user?.organisation_id ?? ''}::text AS id) o,
                   LATERAL (${claim}) found`,
      )
      expect(organisation?.city_code, account.username).toBe(cityOfScope(account.scope))
    }
  })

  it("leaves officer.hf claims to decide that pass the scheme's utilisation gate on delivered money alone", async () => {
    const waiting = await rowsOf<{
      scheme_id: string
      firm_id: string
      city_code: string
      gate_percent: number
    }>(
      seeded,
      sql`SELECT c.scheme_id, c.firm_id, c.city_code, s.utilisation_gate_percent AS gate_percent
            FROM voucher_claims c JOIN voucher_schemes s ON s.id = c.scheme_id
           WHERE c.status = 'submitted' AND s.utilisation_gate_percent > 0`,
    )
    expect(waiting.filter((claim) => claim.city_code === 'HF').length).toBeGreaterThan(0)
    for (const claim of waiting) {
      const holdings = await holdingsOf(seeded.app.database.db, claim.scheme_id, claim.firm_id)
      const gate = checkUtilisationGate({ gatePercent: claim.gate_percent, ...holdings })
      expect(gate.passes, `${claim.firm_id} under ${claim.scheme_id}`).toBe(true)
    }
  })
}

function timeClaims(seeded: Seeded) {
  it('dates each ledger entry at its act: spread over the year, none after the seeding moment', async () => {
    const [times] = await rowsOf<{ months: number; latest: string | Date; earliest: string | Date }>(
      seeded,
      sql`SELECT count(DISTINCT date_trunc('month', created_at))::int AS months, max(created_at) AS latest,
                 min(created_at) AS earliest
            FROM ledger_transfers WHERE kind IN ('issue', 'reserve', 'release', 'redeem', 'pay', 'lapse')`,
    )
    expect(times?.months).toBeGreaterThanOrEqual(12)
    expect(new Date(times?.latest ?? 0).getTime()).toBeLessThanOrEqual(seeded.seededAt.getTime())
    // an issue is dated when its claim was decided, a reservation when its order was placed
    const [mismatched] = await rowsOf<{ count: number }>(
      seeded,
      sql`SELECT count(*)::int AS count FROM ledger_transfers t
            LEFT JOIN voucher_claims c ON c.id = t.reference AND t.kind = 'issue'
            LEFT JOIN voucher_orders o ON o.id = t.reference AND t.kind = 'reserve'
           WHERE (t.kind = 'issue' AND t.created_at <> c.decided_at)
              OR (t.kind = 'reserve' AND t.created_at <> o.created_at)`,
    )
    expect(mismatched?.count).toBe(0)
  })

  it('leaves no workstation case overdue by more than three weeks, and no one-stop case by more than five', async () => {
    const [finance] = await rowsOf<{ open: number; worst: string | null }>(
      seeded,
      sql`SELECT count(*)::int AS open, min(due_on)::text AS worst FROM finance_cases WHERE stage <> 'closed'`,
    )
    expect(finance?.open).toBeGreaterThan(0)
    const financeBound = addCalendarDays(seeded.endDay, -caseOverdueDaysMax)
    expect(finance?.worst ?? seeded.endDay, `due no earlier than ${financeBound}`).toSatisfy(
      (worst: string) => worst >= financeBound,
    )
    const [services] = await rowsOf<{ worst: string | null }>(
      seeded,
      sql`SELECT min(due_on)::text AS worst FROM service_cases WHERE status = 'in_review'`,
    )
    const servicesBound = addCalendarDays(seeded.endDay, -35)
    expect(services?.worst ?? seeded.endDay, `due no earlier than ${servicesBound}`).toSatisfy(
      (worst: string) => worst >= servicesBound,
    )
  })

  it('keeps no provider in the public notice longer than its 7 days', async () => {
    const notices = await rowsOf<{ started: string }>(
      seeded,
      sql`SELECT admission_updated_on::text AS started FROM providers WHERE admission_status = 'public_notice'`,
    )
    expect(notices.length).toBeGreaterThan(0)
    for (const notice of notices) {
      expect(addCalendarDays(notice.started, publicNoticeDays), 'the notice ends').toSatisfy(
        (ends: string) => ends > seeded.endDay,
      )
    }
  })
}

function financeClaims(seeded: Seeded) {
  it("scores the demo accounts' firms in the corridor's top third, most indicators reported", async () => {
    const firms = await rowsOf<{ username: string; above: number; all: number; codes: string[] }>(
      seeded,
      sql`SELECT u.username,
                 (SELECT count(*)::int FROM firm_scores x WHERE x.total_tenths > s.total_tenths) AS above,
                 (SELECT count(*)::int FROM firm_scores) AS all,
                 (SELECT array_agg(DISTINCT indicator_code) FROM firm_indicator_values v
                   WHERE v.firm_id = u.organisation_id) AS codes
            FROM users u JOIN firm_scores s ON s.firm_id = u.organisation_id
           WHERE u.role = 'firm' AND u.is_demo`,
    )
    expect(firms.map((firm) => firm.username).sort()).toEqual(['firm.hf', 'firm.sh'])
    for (const firm of firms) {
      expect(firm.above, firm.username).toBeLessThan(firm.all / 3)
      // two thirds of the 18 have a value (a firm without, say, awards has none to report), in every group
      expect(firm.codes.length, firm.username).toBeGreaterThanOrEqual(12)
      const groups = new Set(
        indicators.flatMap((item) => (firm.codes.includes(item.code) ? [item.group] : [])),
      )
      expect(groups.size, firm.username).toBe(new Set(indicators.map((item) => item.group)).size)
    }
  })

  it("finds products for firm.hf's fresh need to match", async () => {
    const [need] = await rowsOf<{ id: string }>(
      seeded,
      sql`SELECT n.id FROM financing_needs n JOIN users u ON u.organisation_id = n.firm_id
           WHERE u.username = 'firm.hf' AND NOT EXISTS (SELECT 1 FROM finance_referrals r WHERE r.need_id = n.id)
           ORDER BY n.created_at DESC LIMIT 1`,
    )
    expect(need).toBeDefined()
    const cookie = await seeded.app.signIn('firm.hf')
    const response = await seeded.app.app.inject({
      method: 'GET',
      url: `/api/financing-needs/${need?.id ?? ''}/matches`,
      headers: { cookie },
    })
    expect(response.statusCode).toBe(200)
    expect((response.json() as { matches: unknown[] }).matches.length).toBeGreaterThan(0)
  })

  it("suggests first a product for the demo firm's own industry wherever the catalogue has one for it", async () => {
    await seeded.app.context.modules.finance.suggestions.recomputeCorridor()
    const tops = await rowsOf<{ username: string; industry: string; top: string[]; fitting: number }>(
      seeded,
      sql`SELECT u.username, f.industry_code AS industry, p.industries AS top,
                 (SELECT count(*)::int FROM firm_product_suggestions x JOIN finance_products q ON q.id = x.product_id
                   WHERE x.firm_id = f.id AND f.industry_code = ANY (q.industries)) AS fitting
            FROM users u JOIN firms f ON f.id = u.organisation_id
            JOIN firm_product_suggestions s ON s.firm_id = f.id AND s.rank = 1
            JOIN finance_products p ON p.id = s.product_id
           WHERE u.role = 'firm' AND u.is_demo`,
    )
    expect(tops.length).toBe(2)
    for (const top of tops) {
      // the chip firm (firm.hf of the full seed) has its industry's products in the catalogue
      if (top.industry === 'ic') expect(top.fitting, top.username).toBeGreaterThan(0)
      if (top.fitting > 0) expect(top.top, top.username).toContain(top.industry)
    }
  })
}

const sets: { size: string; environment: Record<string, string> }[] = [
  { size: 'small', environment: {} },
  ...(process.env.G60_TEST_FULL_SEED === '1'
    ? [{ size: 'full', environment: { G60_SEED_SIZE: 'full', G60_SEED: '60' } }]
    : []),
]

describe.each(sets)('the README demo claims on the $size seed', ({ environment }) => {
  const seeded = useSeeded(environment)
  accountClaims(seeded)
  timeClaims(seeded)
  financeClaims(seeded)
})
