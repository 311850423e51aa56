// Tables of the finance module: the alliance's products, versioned scoring parameters, firms' indicator values
// (each with its source and date) and scores, financing needs, consent-gated referrals and workstation cases.
import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { instant, money, recordStamps, reference, stamps } from '../../db/columns'
import { oneOf } from '../../db/checks'
import { cities, firms, institutions } from '../registry/registry.tables'
import {
  caseStages,
  firmStages,
  indicatorCodes,
  indicatorSources,
  needStatuses,
  productStatuses,
  productTypes,
  referralStatuses,
  urgencies,
} from './finance.reference'

export const financeProducts = pgTable(
  'finance_products',
  {
    id: text('id').primaryKey(),
    institutionId: reference('institution_id', () => institutions.id),
    cityCode: reference('city_code', () => cities.code),
    productType: text('product_type').notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionZh: text('description_zh').notNull(),
    amountMinFen: money('amount_min_fen').notNull(),
    amountMaxFen: money('amount_max_fen').notNull(),
    /** loans: the most the rate may exceed the loan prime rate, in basis points (LPR + N bp); else null */
    rateCapBps: integer('rate_cap_bps'),
    termMinMonths: integer('term_min_months').notNull(),
    termMaxMonths: integer('term_max_months').notNull(),
    citiesServed: text('cities_served').array().notNull(),
    /** empty: every industry */
    industries: text('industries').array().notNull(),
    /** empty: every stage */
    stages: text('stages').array().notNull(),
    /** tenths of a point of the innovation-points score */
    minScoreTenths: integer('min_score_tenths').notNull().default(0),
    requiresHighTech: boolean('requires_high_tech').notNull().default(false),
    requiresTechSme: boolean('requires_tech_sme').notNull().default(false),
    /** the government fund's share of a loss (8:2 → 20), or null when none */
    riskSharePercent: integer('risk_share_percent'),
    status: text('status').notNull().default('active'),
    searchText: text('search_text').notNull(),
    ...recordStamps,
  },
  (table) => [
    oneOf('finance_products_type_check', table.productType, productTypes),
    oneOf('finance_products_status_check', table.status, productStatuses),
    check(
      'finance_products_ranges_check',
      sql`${table.amountMinFen} > 0 AND ${table.amountMaxFen} >= ${table.amountMinFen}
        AND ${table.termMinMonths} >= 1 AND ${table.termMaxMonths} >= ${table.termMinMonths}
        AND (${table.rateCapBps} IS NULL OR ${table.rateCapBps} BETWEEN 0 AND 2000)
        AND ${table.minScoreTenths} BETWEEN 0 AND 1000
        AND (${table.riskSharePercent} IS NULL OR ${table.riskSharePercent} BETWEEN 1 AND 100)
        AND cardinality(${table.citiesServed}) > 0`,
    ),
    index('finance_products_type_idx').on(table.productType, table.status),
    index('finance_products_institution_idx').on(table.institutionId, table.id),
    // the lists' orders (docs/ARCHITECTURE.md, "Lists"): an institution's own products by status, and everyone's
    index('finance_products_institution_created_idx').on(
      table.institutionId,
      table.status,
      table.createdAt,
      table.id,
    ),
    index('finance_products_institution_amount_idx').on(
      table.institutionId,
      table.status,
      table.amountMaxFen,
      table.id,
    ),
    index('finance_products_status_created_idx').on(table.status, table.createdAt, table.id),
    index('finance_products_status_amount_idx').on(table.status, table.amountMaxFen, table.id),
  ],
)

export const scoreParameterSets = pgTable(
  'score_parameter_sets',
  {
    id: text('id').primaryKey(),
    /** in force from this day (Shanghai) until the next set's day */
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    /** { stage: { indicator: weight per mille } } */
    weights: jsonb('weights').notNull(),
    /** { indicator: the value earning the full weight } */
    fullMarks: jsonb('full_marks').notNull(),
    note: text('note').notNull(),
    createdByUserId: text('created_by_user_id'),
    createdAt: stamps.createdAt,
  },
  (table) => [uniqueIndex('score_parameter_sets_effective_idx').on(table.effectiveFrom)],
)

/** Append-only: a new value for a day never overwrites the old one, so a past score can be recomputed. */
export const firmIndicatorValues = pgTable(
  'firm_indicator_values',
  {
    id: text('id').primaryKey(),
    firmId: reference('firm_id', () => firms.id),
    indicatorCode: text('indicator_code').notNull(),
    value: numeric('value', { precision: 20, scale: 4, mode: 'number' }).notNull(),
    source: text('source').notNull(),
    /** the day the value describes (e.g. the end of the reporting year) */
    asOf: date('as_of', { mode: 'string' }).notNull(),
    recordedByUserId: text('recorded_by_user_id'),
    recordedAt: instant('recorded_at').notNull().defaultNow(),
    isSynthetic: boolean('is_synthetic').notNull().default(false),
  },
  (table) => [
    oneOf('firm_indicator_values_code_check', table.indicatorCode, indicatorCodes),
    oneOf('firm_indicator_values_source_check', table.source, indicatorSources),
    index('firm_indicator_values_firm_idx').on(table.firmId, table.indicatorCode, table.asOf),
  ],
)

/** Each firm's current score, kept for matching at corridor scale; the API recomputes any past one on demand. */
export const firmScores = pgTable(
  'firm_scores',
  {
    firmId: text('firm_id')
      .primaryKey()
      .references(() => firms.id),
    parameterSetId: reference('parameter_set_id', () => scoreParameterSets.id),
    stage: text('stage').notNull(),
    totalTenths: integer('total_tenths').notNull(),
    computedAt: instant('computed_at').notNull().defaultNow(),
  },
  (table) => [
    oneOf('firm_scores_stage_check', table.stage, firmStages),
    check('firm_scores_total_check', sql`${table.totalTenths} BETWEEN 0 AND 1000`),
  ],
)

export const financingNeeds = pgTable(
  'financing_needs',
  {
    id: text('id').primaryKey(),
    firmId: reference('firm_id', () => firms.id),
    cityCode: reference('city_code', () => cities.code),
    productType: text('product_type').notNull(),
    amountFen: money('amount_fen').notNull(),
    termMonths: integer('term_months').notNull(),
    purpose: text('purpose').notNull(),
    urgency: text('urgency').notNull(),
    status: text('status').notNull().default('open'),
    createdByUserId: text('created_by_user_id').notNull(),
    ...recordStamps,
  },
  (table) => [
    oneOf('financing_needs_type_check', table.productType, productTypes),
    oneOf('financing_needs_urgency_check', table.urgency, urgencies),
    oneOf('financing_needs_status_check', table.status, needStatuses),
    check(
      'financing_needs_amount_check',
      sql`${table.amountFen} > 0 AND ${table.termMonths} BETWEEN 1 AND 360`,
    ),
    index('financing_needs_firm_idx').on(table.firmId, table.id),
    index('financing_needs_city_idx').on(table.cityCode, table.status, table.id),
    // the lists' orders: a firm's own, a city's (by status or not), and the corridor office's
    index('financing_needs_firm_created_idx').on(table.firmId, table.createdAt, table.id),
    index('financing_needs_firm_amount_idx').on(table.firmId, table.amountFen, table.id),
    index('financing_needs_city_created_idx').on(table.cityCode, table.createdAt, table.id),
    index('financing_needs_city_status_created_idx').on(
      table.cityCode,
      table.status,
      table.createdAt,
      table.id,
    ),
    index('financing_needs_city_amount_idx').on(table.cityCode, table.amountFen, table.id),
    index('financing_needs_status_created_idx').on(table.status, table.createdAt, table.id),
    index('financing_needs_created_idx').on(table.createdAt, table.id),
  ],
)

/**
 * A referral of a need to a product's institution. The firm's consent is part of it: the institution reads the
 * firm's indicators only while consent is granted and not revoked, and every read is in the audit log.
 */
export const financeReferrals = pgTable(
  'finance_referrals',
  {
    id: text('id').primaryKey(),
    needId: reference('need_id', () => financingNeeds.id),
    firmId: reference('firm_id', () => firms.id),
    firmCityCode: reference('firm_city_code', () => cities.code),
    productId: reference('product_id', () => financeProducts.id),
    institutionId: reference('institution_id', () => institutions.id),
    productType: text('product_type').notNull(),
    requestedAmountFen: money('requested_amount_fen').notNull(),
    status: text('status').notNull().default('referred'),
    consentGrantedAt: instant('consent_granted_at').notNull(),
    consentGrantedByUserId: text('consent_granted_by_user_id').notNull(),
    consentRevokedAt: instant('consent_revoked_at'),
    approvedAmountFen: money('approved_amount_fen'),
    rateBps: integer('rate_bps'),
    termMonths: integer('term_months'),
    declineReason: text('decline_reason'),
    decidedAt: instant('decided_at'),
    drawnAmountFen: money('drawn_amount_fen'),
    drawnAt: instant('drawn_at'),
    /** the firm's first credit from any institution of the alliance */
    isFirstLoan: boolean('is_first_loan').notNull().default(false),
    ...recordStamps,
  },
  (table) => [
    oneOf('finance_referrals_status_check', table.status, referralStatuses),
    check(
      'finance_referrals_decision_check',
      sql`(${table.status} IN ('approved', 'drawn')) = (${table.approvedAmountFen} IS NOT NULL)
        AND (${table.status} = 'declined') = (${table.declineReason} IS NOT NULL)
        AND (${table.status} = 'drawn') = (${table.drawnAmountFen} IS NOT NULL)
        AND (${table.drawnAmountFen} IS NULL OR ${table.drawnAmountFen} BETWEEN 1 AND ${table.approvedAmountFen})`,
    ),
    uniqueIndex('finance_referrals_need_product_idx').on(table.needId, table.productId),
    index('finance_referrals_institution_idx').on(table.institutionId, table.status, table.id),
    index('finance_referrals_firm_idx').on(table.firmId, table.id),
    index('finance_referrals_city_idx').on(table.firmCityCode, table.decidedAt),
    // the lists' orders: the institution's queue (its waiting referrals, oldest first) and history, a firm's own,
    // a city's, and the corridor office's
    index('finance_referrals_institution_status_created_idx').on(
      table.institutionId,
      table.status,
      table.createdAt,
      table.id,
    ),
    index('finance_referrals_institution_created_idx').on(table.institutionId, table.createdAt, table.id),
    index('finance_referrals_institution_amount_idx').on(
      table.institutionId,
      table.requestedAmountFen,
      table.id,
    ),
    index('finance_referrals_firm_created_idx').on(table.firmId, table.createdAt, table.id),
    index('finance_referrals_city_created_idx').on(table.firmCityCode, table.createdAt, table.id),
    index('finance_referrals_status_created_idx').on(table.status, table.createdAt, table.id),
    index('finance_referrals_created_idx').on(table.createdAt, table.id),
    // the G60 fund's picker of equity referrals (finance_equity_referrals): oldest decision first, or by amount
    index('finance_referrals_equity_decided_idx')
      .on(table.decidedAt, table.id)
      .where(sql`${table.productType} = 'equity_investment' AND ${table.status} IN ('approved', 'drawn')`),
    index('finance_referrals_equity_amount_idx')
      .on(table.approvedAmountFen, table.id)
      .where(sql`${table.productType} = 'equity_investment' AND ${table.status} IN ('approved', 'drawn')`),
  ],
)

export const financeCases = pgTable(
  'finance_cases',
  {
    id: text('id').primaryKey(),
    cityCode: reference('city_code', () => cities.code),
    firmId: reference('firm_id', () => firms.id),
    officerUserId: text('officer_user_id').notNull(),
    stage: text('stage').notNull().default('visit'),
    dueOn: date('due_on', { mode: 'string' }),
    referralId: text('referral_id').references(() => financeReferrals.id),
    summary: text('summary').notNull(),
    ...recordStamps,
  },
  (table) => [
    oneOf('finance_cases_stage_check', table.stage, caseStages),
    index('finance_cases_city_idx').on(table.cityCode, table.stage, table.id),
  ],
)

export const financeCaseNotes = pgTable(
  'finance_case_notes',
  {
    id: text('id').primaryKey(),
    caseId: reference('case_id', () => financeCases.id),
    authorUserId: text('author_user_id').notNull(),
    stage: text('stage').notNull(),
    text: text('text').notNull(),
    createdAt: stamps.createdAt,
  },
  (table) => [index('finance_case_notes_case_idx').on(table.caseId, table.createdAt)],
)

/** Each firm's ten best-fitting products, rebuilt for the whole corridor by recomputeCorridor(). */
export const firmProductSuggestions = pgTable(
  'firm_product_suggestions',
  {
    firmId: reference('firm_id', () => firms.id),
    rank: integer('rank').notNull(),
    productId: reference('product_id', () => financeProducts.id),
    /** tenths of a point, 0 to 1000 */
    fitTenths: integer('fit_tenths').notNull(),
    computedAt: instant('computed_at').notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.firmId, table.rank] }),
    check('firm_product_suggestions_rank_check', sql`${table.rank} BETWEEN 1 AND 10`),
    index('firm_product_suggestions_product_idx').on(table.productId),
  ],
)
