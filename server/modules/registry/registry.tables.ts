import { sql } from 'drizzle-orm'
import { oneOf } from '../../db/checks'
import {
  admissionStatuses,
  allianceTiers,
  firmSizes,
  firmStages,
  institutionKinds,
  parkLevels,
  providerKinds,
} from './reference/reference-data'
import {
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { money, recordStamps, reference } from '../../db/columns'

export const cities = pgTable('cities', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  provinceZh: text('province_zh').notNull(),
  provinceEn: text('province_en').notNull(),
  latitude: doublePrecision('latitude').notNull(),
  longitude: doublePrecision('longitude').notNull(),
  roleZh: text('role_zh').notNull(),
  roleEn: text('role_en').notNull(),
  ...recordStamps,
})

export const industries = pgTable(
  'industries',
  {
    code: text('code').primaryKey(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    /** '6+X' (the corridor's industrial taxonomy) or 'alliance_key' (the 7 key alliance industries) */
    taxonomy: text('taxonomy').notNull(),
    ...recordStamps,
  },
  (table) => [oneOf('industries_taxonomy_check', table.taxonomy, ['6+X', 'alliance_key'])],
)

export const parks = pgTable(
  'parks',
  {
    id: text('id').primaryKey(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    cityCode: reference('city_code', () => cities.code),
    level: text('level').notNull(),
    isFoundingMember: boolean('is_founding_member').notNull().default(true),
    isDemonstrationPark: boolean('is_demonstration_park').notNull().default(false),
    mainIndustryCode: text('main_industry_code').references(() => industries.code),
    searchText: text('search_text').notNull(),
    ...recordStamps,
  },
  (table) => [
    oneOf('parks_level_check', table.level, parkLevels),
    index('parks_city_idx').on(table.cityCode),
    // the park list's orders by name (list contract: an index on each sortable order, then the id)
    index('parks_name_zh_idx').on(table.nameZh, table.id),
    index('parks_name_en_idx').on(table.nameEn, table.id),
    index('parks_search_idx').using('gin', sql`${table.searchText} gin_trgm_ops`),
  ],
)

export const alliances = pgTable(
  'alliances',
  {
    id: text('id').primaryKey(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    /** 'overall' (the 1), 'key_industry' (the 7) or 'sub' (the N) */
    tier: text('tier').notNull(),
    parentId: text('parent_id'),
    industryCode: text('industry_code').references(() => industries.code),
    chairParkId: text('chair_park_id').references(() => parks.id),
    isIndustrial: boolean('is_industrial').notNull().default(true),
    searchText: text('search_text').notNull(),
    ...recordStamps,
  },
  (table) => [
    oneOf('alliances_tier_check', table.tier, allianceTiers),
    index('alliances_parent_idx').on(table.parentId),
  ],
)

export const allianceMembers = pgTable(
  'alliance_members',
  {
    allianceId: reference('alliance_id', () => alliances.id),
    /** a park_… or firm_… id */
    memberId: text('member_id').notNull(),
    memberKind: text('member_kind').notNull(),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.allianceId, table.memberId] }),
    oneOf('alliance_members_kind_check', table.memberKind, ['park', 'firm']),
    index('alliance_members_member_idx').on(table.memberId),
    // an alliance's members, newest joined first (its list's default order)
    index('alliance_members_joined_idx').on(table.allianceId, table.joinedOn, table.memberId),
  ],
)

export const firms = pgTable(
  'firms',
  {
    id: text('id').primaryKey(),
    creditCode: text('credit_code').notNull().unique(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    cityCode: reference('city_code', () => cities.code),
    parkId: text('park_id').references(() => parks.id),
    industryCode: reference('industry_code', () => industries.code),
    /** 'micro' | 'small' | 'medium' | 'large' */
    size: text('size').notNull(),
    /** 'start_up' | 'growth' | 'mature' */
    stage: text('stage').notNull(),
    isHighTech: boolean('is_high_tech').notNull().default(false),
    highTechCertifiedOn: date('high_tech_certified_on', { mode: 'string' }),
    isLeading: boolean('is_leading').notNull().default(false),
    isTechSme: boolean('is_tech_sme').notNull().default(false),
    foundedOn: date('founded_on', { mode: 'string' }).notNull(),
    researchSpendFen: money('research_spend_fen').notNull().default(0),
    revenueFen: money('revenue_fen').notNull().default(0),
    staffCount: integer('staff_count').notNull().default(0),
    figuresReportedOn: date('figures_reported_on', { mode: 'string' }),
    searchText: text('search_text').notNull(),
    ...recordStamps,
  },
  (table) => [
    oneOf('firms_size_check', table.size, firmSizes),
    oneOf('firms_stage_check', table.stage, firmStages),
    check(
      'firms_figures_check',
      sql`${table.researchSpendFen} >= 0 AND ${table.revenueFen} >= 0 AND ${table.staffCount} >= 0`,
    ),
    index('firms_city_idx').on(table.cityCode, table.id),
    index('firms_industry_idx').on(table.industryCode, table.id),
    index('firms_park_idx').on(table.parkId),
    // the firm list's orders (name in either language, date founded), alone and within a city or a park
    index('firms_name_zh_idx').on(table.nameZh, table.id),
    index('firms_name_en_idx').on(table.nameEn, table.id),
    index('firms_founded_idx').on(table.foundedOn, table.id),
    index('firms_city_name_zh_idx').on(table.cityCode, table.nameZh, table.id),
    index('firms_city_name_en_idx').on(table.cityCode, table.nameEn, table.id),
    index('firms_city_founded_idx').on(table.cityCode, table.foundedOn, table.id),
    index('firms_park_name_zh_idx').on(table.parkId, table.nameZh, table.id),
    // a credit code found by its beginning (LIKE '9131%') in any collation
    index('firms_credit_code_prefix_idx').using('btree', sql`${table.creditCode} text_pattern_ops`),
    index('firms_search_idx').using('gin', sql`${table.searchText} gin_trgm_ops`),
  ],
)

/**
 * A counter per table that an in-memory search picture is built from, raised by a statement trigger on every write
 * to that table (migration 0016), so a process learns with one small read that its picture is out of date.
 */
export const searchGenerations = pgTable('search_generations', {
  tableName: text('table_name').primaryKey(),
  generation: bigint('generation', { mode: 'number' }).notNull().default(0),
})

export const institutions = pgTable(
  'institutions',
  {
    id: text('id').primaryKey(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    /** one of corridor-facts.json financial_services_alliance.member_kinds, in snake_case */
    kind: text('kind').notNull(),
    cityCode: reference('city_code', () => cities.code),
    isAllianceMember: boolean('is_alliance_member').notNull().default(true),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    searchText: text('search_text').notNull(),
    ...recordStamps,
  },
  (table) => [
    oneOf('institutions_kind_check', table.kind, institutionKinds),
    index('institutions_city_idx').on(table.cityCode),
    // the institution list's orders: by name in either language, by the day each joined, and by name within a city
    index('institutions_name_zh_idx').on(table.nameZh, table.id),
    index('institutions_name_en_idx').on(table.nameEn, table.id),
    index('institutions_joined_idx').on(table.joinedOn, table.id),
    index('institutions_city_name_zh_idx').on(table.cityCode, table.nameZh, table.id),
    index('institutions_search_idx').using('gin', sql`${table.searchText} gin_trgm_ops`),
  ],
)

export const providers = pgTable(
  'providers',
  {
    id: text('id').primaryKey(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    /** 'lab' | 'test_centre' | 'university' | 'research_institute' */
    kind: text('kind').notNull(),
    cityCode: reference('city_code', () => cities.code),
    creditCode: text('credit_code').notNull().unique(),
    /** self_evaluation → credit_check → public_notice → active; suspended; blacklisted */
    admissionStatus: text('admission_status').notNull(),
    admissionUpdatedOn: date('admission_updated_on', { mode: 'string' }).notNull(),
    searchText: text('search_text').notNull(),
    ...recordStamps,
  },
  (table) => [
    oneOf('providers_kind_check', table.kind, providerKinds),
    oneOf('providers_admission_status_check', table.admissionStatus, admissionStatuses),
    index('providers_city_idx').on(table.cityCode),
    // the provider list's orders: by name, by the day its admission last moved, and within an admission status
    index('providers_name_zh_idx').on(table.nameZh, table.id),
    index('providers_name_en_idx').on(table.nameEn, table.id),
    index('providers_admission_updated_idx').on(table.admissionUpdatedOn, table.id),
    index('providers_status_name_zh_idx').on(table.admissionStatus, table.nameZh, table.id),
    index('providers_status_updated_idx').on(table.admissionStatus, table.admissionUpdatedOn, table.id),
    index('providers_credit_code_prefix_idx').using('btree', sql`${table.creditCode} text_pattern_ops`),
    // the key of an order's provider and provider city (voucher_orders_provider_fk)
    uniqueIndex('providers_identity_city_idx').on(table.id, table.cityCode),
    index('providers_search_idx').using('gin', sql`${table.searchText} gin_trgm_ops`),
  ],
)
