// Tables of insights: the monthly flow cells materialised from the modules' flow views, the index weights in dated
// versions and the index values computed under them, indicators with dated and sourced values, and the G60 fund's
// backers, investments and the capital each investment called from each backer.
import { sql } from 'drizzle-orm'
import {
  bigint,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { oneOf } from '../../db/checks'
import { instant, money, recordStamps, reference, stamps } from '../../db/columns'
// Foreign keys only: other modules' rows are read through their index.ts and views.
import { cities, firms } from '../registry/registry.tables'
import {
  flowKinds,
  fundExitKinds,
  fundIndustries,
  fundRounds,
  fundStages,
  indicatorDirections,
  indicatorScopes,
  platformMeasures,
  type FlowKind,
} from './insights.states'

/** One cell of a month's flow matrix of one kind: the sum and count of the records from one city to another. */
export const insightsFlowCells = pgTable(
  'insights_flow_cells',
  {
    kind: text('kind').notNull(),
    /** the first day of the month (Asia/Shanghai) */
    month: date('month', { mode: 'string' }).notNull(),
    fromCityCode: reference('from_city_code', () => cities.code),
    toCityCode: reference('to_city_code', () => cities.code),
    value: bigint('value', { mode: 'number' }).notNull(),
    records: integer('records').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.kind, table.month, table.fromCityCode, table.toCityCode] }),
    oneOf('insights_flow_cells_kind_check', table.kind, flowKinds),
    check('insights_flow_cells_month_check', sql`extract(day FROM ${table.month}) = 1`),
    check('insights_flow_cells_records_check', sql`${table.records} > 0 AND ${table.value} >= 0`),
  ],
)

/** Each refresh of the cells and index values: which months it recomputed, when, and what it wrote. */
export const insightsRefreshes = pgTable('insights_refreshes', {
  id: text('id').primaryKey(),
  fromMonth: date('from_month', { mode: 'string' }).notNull(),
  startedAt: instant('started_at').notNull(),
  finishedAt: instant('finished_at').notNull(),
  cellsWritten: integer('cells_written').notNull(),
  indexValuesWritten: integer('index_values_written').notNull(),
})

export type IndexWeights = Record<FlowKind, number>

/** The office's weights of the index, from a month on: a new version never changes the months before it. */
export const insightsIndexWeights = pgTable(
  'insights_index_weights',
  {
    id: text('id').primaryKey(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull().unique(),
    /** the month whose shares are 100 */
    baseMonth: date('base_month', { mode: 'string' }).notNull(),
    /** whole percentage points per kind, summing to 100 */
    weights: jsonb('weights').$type<IndexWeights>().notNull(),
    note: text('note').notNull(),
    createdByUserId: text('created_by_user_id').notNull(),
    ...stamps,
  },
  (table) => [
    check('insights_index_weights_month_check', sql`extract(day FROM ${table.effectiveFrom}) = 1`),
    check('insights_index_weights_base_check', sql`extract(day FROM ${table.baseMonth}) = 1`),
  ],
)

export interface KindShare {
  cross: number
  total: number
}

/** The index of a scope (a city or G60) in a month, with the shares it came from and each kind's contribution. */
export const insightsIndexValues = pgTable(
  'insights_index_values',
  {
    scope: text('scope').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    weightsId: reference('weights_id', () => insightsIndexWeights.id),
    /** null when no weighted kind had activity in both the month and the base month */
    indexValue: doublePrecision('index_value'),
    shares: jsonb('shares').$type<Partial<Record<FlowKind, KindShare>>>().notNull(),
    baseShares: jsonb('base_shares').$type<Partial<Record<FlowKind, KindShare>>>().notNull(),
    contributions: jsonb('contributions').$type<Partial<Record<FlowKind, number>>>().notNull(),
    computedAt: instant('computed_at').notNull(),
  },
  (table) => [primaryKey({ columns: [table.scope, table.month] })],
)

/** An indicator the office reports: what it measures, in which unit, against which target. */
export const insightsIndicators = pgTable(
  'insights_indicators',
  {
    code: text('code').primaryKey(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionZh: text('description_zh').notNull(),
    descriptionEn: text('description_en').notNull(),
    unitZh: text('unit_zh').notNull(),
    unitEn: text('unit_en').notNull(),
    decimals: smallint('decimals').notNull(),
    target: numeric('target', { precision: 24, scale: 6 }),
    targetYear: integer('target_year'),
    direction: text('direction').notNull(),
    scope: text('scope').notNull(),
    /** where its values come from, in general; each value also names its own source */
    source: text('source').notNull(),
    /** set for the platform's own measures, which a refresh computes */
    measure: text('measure'),
    ...stamps,
  },
  (table) => [
    oneOf('insights_indicators_direction_check', table.direction, indicatorDirections),
    oneOf('insights_indicators_scope_check', table.scope, indicatorScopes),
    check(
      'insights_indicators_measure_check',
      sql`${table.measure} IS NULL OR ${table.measure} IN ('${sql.raw(platformMeasures.join("', '"))}')`,
    ),
    check('insights_indicators_decimals_check', sql`${table.decimals} BETWEEN 0 AND 6`),
  ],
)

/** A dated value of an indicator, for the corridor or a city, with its source and the day it was published. */
export const insightsIndicatorValues = pgTable(
  'insights_indicator_values',
  {
    id: text('id').primaryKey(),
    indicatorCode: reference('indicator_code', () => insightsIndicators.code),
    /** the corridor-wide value is G60 */
    scope: text('scope').notNull(),
    /** the last day of the period the value describes (a year's value: 31 December) */
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    value: numeric('value', { precision: 24, scale: 6 }).notNull(),
    source: text('source').notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    enteredByUserId: text('entered_by_user_id').notNull(),
    ...recordStamps,
  },
  (table) => [
    uniqueIndex('insights_indicator_values_period_idx').on(table.indicatorCode, table.scope, table.periodEnd),
    check('insights_indicator_values_source_check', sql`length(btrim(${table.source})) > 0`),
    check('insights_indicator_values_published_check', sql`${table.publishedOn} >= ${table.periodEnd} - 366`),
  ],
)

/** A backer of the G60 fund (a city or the securities house): what it committed and what has been called. */
export const fundBackers = pgTable(
  'fund_backers',
  {
    code: text('code').primaryKey(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en').notNull(),
    cityCode: text('city_code').references(() => cities.code),
    committedFen: money('committed_fen').notNull(),
    calledFen: money('called_fen').notNull().default(0),
    committedOn: date('committed_on', { mode: 'string' }).notNull(),
    ...recordStamps,
  },
  (table) => [
    // the fund's promise to its backers, kept by the database under any concurrency
    check('fund_backers_called_check', sql`${table.calledFen} BETWEEN 0 AND ${table.committedFen}`),
    check('fund_backers_committed_check', sql`${table.committedFen} > 0`),
  ],
)

/** An investment of the fund in a firm, an initial round or a follow-on, and its exit when there is one. */
export const fundInvestments = pgTable(
  'fund_investments',
  {
    id: text('id').primaryKey(),
    /** what people quote: G60F-2026-0042 */
    number: text('number').notNull().unique(),
    firmId: reference('firm_id', () => firms.id),
    cityCode: reference('city_code', () => cities.code),
    industry: text('industry').notNull(),
    stage: text('stage').notNull(),
    round: text('round').notNull(),
    followsInvestmentId: text('follows_investment_id'),
    amountFen: money('amount_fen').notNull(),
    investedOn: date('invested_on', { mode: 'string' }).notNull(),
    /** the equity referral of tech finance it came from, once at most */
    referralId: text('referral_id').unique(),
    exitKind: text('exit_kind'),
    exitedOn: date('exited_on', { mode: 'string' }),
    exitProceedsFen: money('exit_proceeds_fen'),
    createdByUserId: text('created_by_user_id').notNull(),
    ...recordStamps,
  },
  (table) => [
    oneOf('fund_investments_industry_check', table.industry, fundIndustries),
    oneOf('fund_investments_stage_check', table.stage, fundStages),
    oneOf('fund_investments_round_check', table.round, fundRounds),
    check('fund_investments_amount_check', sql`${table.amountFen} > 0`),
    check(
      'fund_investments_follow_check',
      sql`(${table.round} = 'follow_on') = (${table.followsInvestmentId} IS NOT NULL)`,
    ),
    check(
      'fund_investments_exit_check',
      sql`(${table.exitKind} IS NULL) = (${table.exitedOn} IS NULL)
        AND (${table.exitKind} IS NULL) = (${table.exitProceedsFen} IS NULL)
        AND (${table.exitKind} IS NULL OR ${table.exitKind} IN ('${sql.raw(fundExitKinds.join("', '"))}'))
        AND (${table.exitProceedsFen} IS NULL OR ${table.exitProceedsFen} >= 0)
        AND (${table.exitedOn} IS NULL OR ${table.exitedOn} >= ${table.investedOn})`,
    ),
    // the list's orders (docs/ARCHITECTURE.md, "Lists"): newest invested first, by amount, and a firm's own
    index('fund_investments_firm_idx').on(table.firmId, table.investedOn, table.id),
    index('fund_investments_invested_idx').on(table.investedOn, table.id),
    index('fund_investments_amount_idx').on(table.amountFen, table.id),
    index('fund_investments_industry_city_idx').on(table.industry, table.cityCode),
  ],
)

/** The capital one investment called from one backer: its share of the investment, pro rata to commitments. */
export const fundCapitalCalls = pgTable(
  'fund_capital_calls',
  {
    investmentId: reference('investment_id', () => fundInvestments.id),
    backerCode: reference('backer_code', () => fundBackers.code),
    amountFen: money('amount_fen').notNull(),
    ...stamps,
  },
  (table) => [
    primaryKey({ columns: [table.investmentId, table.backerCode] }),
    check('fund_capital_calls_amount_check', sql`${table.amountFen} >= 0`),
  ],
)
