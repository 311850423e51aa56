import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows, type Database } from '../db/client'
import { isValidCreditCode } from '../modules/registry/credit-code'
import { institutionKinds, referenceFigures } from '../modules/registry/reference/reference-data'
import { createTestDatabase, type TestDatabase } from '../testing/database'
import { demoAccountSummaries } from './accounts'
import { demoFiguresBySize, generateDemoData, type DemoData } from './generate'
import { ensureRegistryReferenceData } from './reference'
import { isDatabaseEmpty, seedDemoData } from './seed'

const seededTables = [
  { table: 'parks', orderBy: 'id' },
  { table: 'alliances', orderBy: 'id' },
  { table: 'alliance_members', orderBy: 'alliance_id, member_id' },
  { table: 'firms', orderBy: 'id' },
  { table: 'institutions', orderBy: 'id' },
  { table: 'providers', orderBy: 'id' },
] as const

function sha256(value: unknown): string {
  const json = JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'bigint' ? item.toString() : item,
  )
  return createHash('sha256').update(json).digest('hex')
}

/** A digest per table of every column of every row. Users get fresh ids, salts and times from the identity
 * service, so they are compared by what the seeder decides: username, names, role, city, organisation. */
async function digestOf(db: Database): Promise<Record<string, string>> {
  const digests: Record<string, string> = {}
  for (const { table, orderBy } of seededTables) {
    digests[table] = sha256(await queryRows(db, sql.raw(`SELECT * FROM ${table} ORDER BY ${orderBy}`)))
  }
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
  await seedDemoData(database.db, { seedNumber, size: 'small' })
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
    } finally {
      await other.close()
    }
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
