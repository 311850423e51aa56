// Tables of the one-stop services module: the catalogue of service items (versioned: a case keeps the version it
// was filed under), the cases accepted at one city's window and decided by another city's office on a working-day
// clock, their materials (uploaded files, or records the platform already holds), their events, and the talent cards.
import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { oneOf } from '../../db/checks'
import { bytea } from '../../db/columns'
// Foreign keys only: other modules' rows are read through their index.ts and views.
import { cities, firms } from '../registry/registry.tables'
import { caseDecisions, caseStatuses, clockStates, eventKinds, materialSources } from './services.states'
import { serviceCategories, serviceModes, talentAreas, type CatalogueItem } from './services.reference'

const stamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
}

export const serviceDepartments = pgTable('service_departments', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
})

export const serviceMaterials = pgTable('service_materials', {
  code: text('code').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  /** the file kinds accepted: pdf, jpg, png, ofd */
  kinds: text('kinds').array().notNull(),
  /** null: uploaded; 'registry': the firm's registry record; 'licence:<Type>': an e-licence it holds */
  reuse: text('reuse'),
})

/** The current version of each item; every version, this one included, is also in service_item_versions. */
export const serviceItems = pgTable(
  'service_items',
  {
    code: text('code').primaryKey(),
    version: integer('version').notNull(),
    category: text('category').notNull(),
    talentArea: text('talent_area'),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionZh: text('description_zh').notNull(),
    descriptionEn: text('description_en').notNull(),
    competentCityCode: text('competent_city_code')
      .notNull()
      .references(() => cities.code),
    departmentCode: text('department_code')
      .notNull()
      .references(() => serviceDepartments.code),
    mode: text('mode').notNull(),
    statutoryDays: integer('statutory_days').notNull(),
    promisedDays: integer('promised_days').notNull(),
    feeFen: integer('fee_fen').notNull(),
    licenceType: text('licence_type'),
    licenceNameZh: text('licence_name_zh'),
    licenceNameEn: text('licence_name_en'),
    licenceValidYears: integer('licence_valid_years'),
    /** [{ code, required }] in the order the form asks for them */
    materials: jsonb('materials').$type<{ code: string; required: boolean }[]>().notNull(),
    isActive: boolean('is_active').notNull().default(true),
    searchText: text('search_text').notNull(),
    ...stamps,
  },
  (table) => [
    oneOf('service_items_category_check', table.category, serviceCategories),
    oneOf('service_items_mode_check', table.mode, serviceModes),
    check(
      'service_items_talent_area_check',
      sql`(${table.category} = 'talent') = (${table.talentArea} IS NOT NULL) AND (${table.talentArea} IS NULL OR ${table.talentArea} IN (${sql.raw(talentAreas.map((area) => `'${area}'`).join(', '))}))`,
    ),
    check(
      'service_items_days_check',
      sql`${table.promisedDays} >= 1 AND ${table.promisedDays} <= ${table.statutoryDays} AND ${table.statutoryDays} <= 60`,
    ),
    check('service_items_fee_check', sql`${table.feeFen} >= 0`),
    check(
      'service_items_licence_check',
      sql`(${table.licenceType} IS NULL) = (${table.licenceNameZh} IS NULL)
        AND (${table.licenceType} IS NULL) = (${table.licenceValidYears} IS NULL)`,
    ),
    index('service_items_city_idx').on(table.competentCityCode),
    index('service_items_search_idx').using('gin', sql`${table.searchText} gin_trgm_ops`),
  ],
)

export const serviceItemVersions = pgTable(
  'service_item_versions',
  {
    code: text('code')
      .notNull()
      .references(() => serviceItems.code),
    version: integer('version').notNull(),
    /** the item as it was in this version, as the office wrote it */
    snapshot: jsonb('snapshot').$type<Omit<CatalogueItem, 'code'>>().notNull(),
    changedByUserId: text('changed_by_user_id'),
    changeNote: text('change_note').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.code, table.version] })],
)

export const serviceCaseCounters = pgTable(
  'service_case_counters',
  {
    cityCode: text('city_code')
      .notNull()
      .references(() => cities.code),
    year: integer('year').notNull(),
    lastSerial: integer('last_serial').notNull(),
  },
  (table) => [primaryKey({ columns: [table.cityCode, table.year] })],
)

export const serviceCases = pgTable(
  'service_cases',
  {
    id: text('id').primaryKey(),
    /** what people quote: the window city, the year, a serial and a check character (HF-2026-000123-K) */
    number: text('number').notNull().unique(),
    itemCode: text('item_code').notNull(),
    itemVersion: integer('item_version').notNull(),
    /** copied from the item's version at filing: what the applicant applied for, under which promise */
    itemNameZh: text('item_name_zh').notNull(),
    itemNameEn: text('item_name_en').notNull(),
    promisedDays: integer('promised_days').notNull(),
    licenceType: text('licence_type'),
    /** 'firm' for enterprise items, 'professional' for the talent window */
    applicantKind: text('applicant_kind').notNull(),
    firmId: text('firm_id').references(() => firms.id),
    applicantUserId: text('applicant_user_id').notNull(),
    applicantNameZh: text('applicant_name_zh').notNull(),
    applicantNameEn: text('applicant_name_en').notNull(),
    windowCityCode: text('window_city_code')
      .notNull()
      .references(() => cities.code),
    competentCityCode: text('competent_city_code')
      .notNull()
      .references(() => cities.code),
    departmentCode: text('department_code').notNull(),
    status: text('status').notNull(),
    purpose: text('purpose').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    decision: text('decision'),
    /** a refusal's reason, at the window or by the deciding office */
    reason: text('reason'),
    conditions: text('conditions'),
    /** the working-day clock: it runs from acceptance, stops while materials are awaited, stops at the decision */
    clockState: text('clock_state').notNull(),
    /** due = the clockWorkingDays-th working day after clockAnchorOn (re-read after a calendar change) */
    clockAnchorOn: date('clock_anchor_on', { mode: 'string' }),
    clockWorkingDays: integer('clock_working_days'),
    dueOn: date('due_on', { mode: 'string' }),
    /** while paused: the working days the clock still had */
    pausedOn: date('paused_on', { mode: 'string' }),
    warnedAt: timestamp('warned_at', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    rating: smallint('rating'),
    ratingComment: text('rating_comment'),
    ratedAt: timestamp('rated_at', { withTimezone: true }),
    isSynthetic: boolean('is_synthetic').notNull().default(false),
    ...stamps,
  },
  (table) => [
    foreignKey({
      columns: [table.itemCode, table.itemVersion],
      foreignColumns: [serviceItemVersions.code, serviceItemVersions.version],
    }),
    oneOf('service_cases_status_check', table.status, caseStatuses),
    oneOf('service_cases_clock_state_check', table.clockState, clockStates),
    oneOf('service_cases_applicant_kind_check', table.applicantKind, ['firm', 'professional']),
    check('service_cases_firm_check', sql`(${table.applicantKind} = 'firm') = (${table.firmId} IS NOT NULL)`),
    check(
      'service_cases_decision_check',
      sql`${table.decision} IS NULL OR ${table.decision} IN (${sql.raw(caseDecisions.map((decision) => `'${decision}'`).join(', '))})`,
    ),
    check(
      'service_cases_clock_check',
      sql`(${table.clockState} = 'not_started') = (${table.dueOn} IS NULL)
        AND (${table.clockState} = 'paused') = (${table.pausedOn} IS NOT NULL)`,
    ),
    check('service_cases_promised_days_check', sql`${table.promisedDays} BETWEEN 1 AND 60`),
    check('service_cases_rating_check', sql`${table.rating} IS NULL OR ${table.rating} BETWEEN 1 AND 5`),
    // the lists' orders (docs/ARCHITECTURE.md, "Lists"): a window's queue by when handed in, a deciding queue by
    // due day, an applicant's and a city's history by when handed in, and a number by its beginning
    index('service_cases_window_idx').on(table.windowCityCode, table.status, table.submittedAt, table.id),
    index('service_cases_competent_idx').on(table.competentCityCode, table.status, table.dueOn, table.id),
    index('service_cases_competent_submitted_idx').on(table.competentCityCode, table.submittedAt, table.id),
    index('service_cases_submitted_idx').on(table.submittedAt, table.id),
    index('service_cases_firm_idx').on(table.firmId, table.submittedAt, table.id),
    index('service_cases_applicant_idx').on(table.applicantUserId, table.submittedAt, table.id),
    index('service_cases_number_prefix_idx').on(table.number.op('text_pattern_ops')),
    index('service_cases_running_idx')
      .on(table.dueOn)
      .where(sql`${table.clockState} = 'running'`),
  ],
)

/** A case's materials: each an uploaded file (content below) or a record the platform holds (免提交). */
export const serviceCaseMaterials = pgTable(
  'service_case_materials',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => serviceCases.id),
    materialCode: text('material_code').notNull(),
    source: text('source').notNull(),
    /** for a reused record: the firm (registry) or the licence or case it points at */
    referenceId: text('reference_id'),
    fileName: text('file_name'),
    contentType: text('content_type'),
    sizeBytes: integer('size_bytes'),
    sha256: text('sha256'),
    addedByUserId: text('added_by_user_id').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    oneOf('service_case_materials_source_check', table.source, materialSources),
    check(
      'service_case_materials_file_check',
      sql`(${table.source} = 'upload') = (${table.sha256} IS NOT NULL AND ${table.sizeBytes} IS NOT NULL)`,
    ),
    index('service_case_materials_case_idx').on(table.caseId),
  ],
)

export const serviceCaseFiles = pgTable('service_case_files', {
  materialId: text('material_id')
    .primaryKey()
    .references(() => serviceCaseMaterials.id),
  content: bytea('content').notNull(),
})

/** What happens to a case besides its moves (those are in workflow_transitions): clock changes, warnings. */
export const serviceCaseEvents = pgTable(
  'service_case_events',
  {
    id: text('id').primaryKey(),
    caseId: text('case_id')
      .notNull()
      .references(() => serviceCases.id),
    kind: text('kind').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    oneOf('service_case_events_kind_check', table.kind, eventKinds),
    index('service_case_events_case_idx').on(table.caseId, table.occurredAt),
  ],
)

/** A professional's G60 talent card, recorded when the talent-card case is approved. */
export const talentCards = pgTable(
  'talent_cards',
  {
    id: text('id').primaryKey(),
    number: text('number').notNull().unique(),
    userId: text('user_id').notNull(),
    caseId: text('case_id')
      .notNull()
      .references(() => serviceCases.id),
    holderNameZh: text('holder_name_zh').notNull(),
    holderNameEn: text('holder_name_en').notNull(),
    cityCode: text('city_code')
      .notNull()
      .references(() => cities.code),
    entitlements: text('entitlements').array().notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    isSynthetic: boolean('is_synthetic').notNull().default(false),
  },
  (table) => [
    uniqueIndex('talent_cards_case_idx').on(table.caseId),
    index('talent_cards_user_idx').on(table.userId),
  ],
)
