// Tables of policy matching: policies split into items, each item's rule in dated versions, the decisions the
// matching run stores (only what changed), each firm's current decision per item, the awards those decisions lead
// to, the award lists a city approves, and the runs themselves.
import { sql } from 'drizzle-orm'
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { oneOf } from '../../db/checks'
import { instant, money, recordStamps, reference, stamps } from '../../db/columns'
// Foreign keys only: other modules' rows are read through their index.ts and views.
import { cities, firms } from '../registry/registry.tables'
import { ledgerAccounts } from '../vouchers/vouchers.tables'
import type { RuleCondition } from './rules/rule'
import type { DecisionTrace } from './rules/trace'
import {
  awardListStatuses,
  awardStatuses,
  decisionOutcomes,
  itemCategories,
  payoutModes,
  runStatuses,
} from './policies.states'

export const policies = pgTable(
  'policies',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull().unique(),
    /** a city code, or G60 for the corridor office */
    issuerCode: text('issuer_code').notNull(),
    documentNumber: text('document_number').notNull(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    textZh: text('text_zh').notNull(),
    textEn: text('text_en').notNull(),
    publishedOn: date('published_on', { mode: 'string' }).notNull(),
    ...recordStamps,
  },
  // the library's orders (docs/ARCHITECTURE.md, "Lists"): published last first, or by code, all or of an issuer
  (table) => [
    index('policies_issuer_idx').on(table.issuerCode, table.code, table.id),
    index('policies_published_idx').on(table.publishedOn, table.id),
    index('policies_issuer_published_idx').on(table.issuerCode, table.publishedOn, table.id),
    index('policies_code_idx').on(table.code, table.id),
  ],
)

export const policyItems = pgTable(
  'policy_items',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull().unique(),
    policyId: reference('policy_id', () => policies.id),
    issuerCode: text('issuer_code').notNull(),
    /** the city whose ledger funds it: the issuer, or Songjiang (the joint office's seat) for the office's items */
    cityCode: reference('city_code', () => cities.code),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en').notNull(),
    category: text('category').notNull(),
    payoutMode: text('payout_mode').notNull(),
    promiseWorkingDays: integer('promise_working_days'),
    budgetFen: money('budget_fen').notNull(),
    /** its policy budget account in the ledger, funded from the issuer's appropriation; null without a budget */
    budgetAccountId: text('budget_account_id').references(() => ledgerAccounts.id),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    guideZh: text('guide_zh').notNull(),
    guideEn: text('guide_en').notNull(),
    ...recordStamps,
  },
  (table) => [
    oneOf('policy_items_category_check', table.category, itemCategories),
    oneOf('policy_items_payout_mode_check', table.payoutMode, payoutModes),
    check(
      'policy_items_promise_check',
      sql`(${table.payoutMode} = 'fast_apply') = (${table.promiseWorkingDays} IS NOT NULL)
        AND (${table.promiseWorkingDays} IS NULL OR ${table.promiseWorkingDays} BETWEEN 1 AND 120)`,
    ),
    check(
      'policy_items_budget_check',
      sql`${table.budgetFen} >= 0 AND (${table.budgetFen} = 0) = (${table.budgetAccountId} IS NULL)`,
    ),
    check('policy_items_validity_check', sql`${table.validUntil} >= ${table.validFrom}`),
    index('policy_items_policy_idx').on(table.policyId, table.code),
  ],
)

/** An item's rule from a date on; a decision names the version it used, so a later version never rewrites it. */
export const policyRuleVersions = pgTable(
  'policy_rule_versions',
  {
    id: text('id').primaryKey(),
    itemId: reference('item_id', () => policyItems.id),
    version: integer('version').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    conditions: jsonb('conditions').$type<RuleCondition[]>().notNull(),
    awardExpression: text('award_expression').notNull(),
    /** the facts its expressions read, as checked when it was saved */
    facts: text('facts').array().notNull(),
    note: text('note'),
    createdByUserId: text('created_by_user_id'),
    createdAt: stamps.createdAt,
  },
  (table) => [
    uniqueIndex('policy_rule_versions_item_version_idx').on(table.itemId, table.version),
    uniqueIndex('policy_rule_versions_item_from_idx').on(table.itemId, table.effectiveFrom),
    check('policy_rule_versions_version_check', sql`${table.version} >= 1`),
  ],
)

export const policyRuns = pgTable(
  'policy_runs',
  {
    id: text('id').primaryKey(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    status: text('status').notNull(),
    /** the last firm id a slice finished; the next slice starts after it */
    cursorFirmId: text('cursor_firm_id'),
    firmsDone: integer('firms_done').notNull().default(0),
    decisionsWritten: integer('decisions_written').notNull().default(0),
    newlyQualified: integer('newly_qualified').notNull().default(0),
    requestedByUserId: text('requested_by_user_id'),
    startedAt: instant('started_at').notNull().defaultNow(),
    finishedAt: instant('finished_at'),
  },
  (table) => [
    oneOf('policy_runs_status_check', table.status, runStatuses),
    // one run at a time: a second "run now" while one is running joins it
    uniqueIndex('policy_runs_running_idx')
      .on(table.status)
      .where(sql`${table.status} = 'running'`),
    index('policy_runs_started_idx').on(table.startedAt),
  ],
)

/** Append-only: a decision is written when a firm's outcome, amount or rule version for an item changes. */
export const policyDecisions = pgTable(
  'policy_decisions',
  {
    id: text('id').primaryKey(),
    itemId: reference('item_id', () => policyItems.id),
    firmId: reference('firm_id', () => firms.id),
    ruleVersionId: reference('rule_version_id', () => policyRuleVersions.id),
    runId: text('run_id').references(() => policyRuns.id),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    outcome: text('outcome').notNull(),
    /** what the award formula gives (also for a near miss: the money at stake); 0 when it gives nothing */
    amountFen: money('amount_fen').notNull(),
    trace: jsonb('trace').$type<DecisionTrace>().notNull(),
    decidedAt: instant('decided_at').notNull().defaultNow(),
    isSynthetic: recordStamps.isSynthetic,
  },
  (table) => [
    oneOf('policy_decisions_outcome_check', table.outcome, decisionOutcomes),
    check('policy_decisions_amount_check', sql`${table.amountFen} >= 0`),
    index('policy_decisions_firm_idx').on(table.firmId, table.itemId, table.decidedAt),
    index('policy_decisions_item_idx').on(table.itemId, table.decidedAt),
  ],
)

/** Each firm's latest decision per item, what the next run compares with (only changes are written). */
export const policyCurrentDecisions = pgTable(
  'policy_current_decisions',
  {
    itemId: reference('item_id', () => policyItems.id),
    firmId: reference('firm_id', () => firms.id),
    decisionId: reference('decision_id', () => policyDecisions.id),
    ruleVersionId: text('rule_version_id').notNull(),
    outcome: text('outcome').notNull(),
    amountFen: money('amount_fen').notNull(),
    /** the firm's city, so a city's figures and lists read one index */
    cityCode: text('city_code').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.itemId, table.firmId] }),
    oneOf('policy_current_decisions_outcome_check', table.outcome, decisionOutcomes),
    index('policy_current_decisions_firm_idx').on(table.firmId, table.outcome),
  ],
)

/** An auto item's awards waiting for the issuing city: reviewed, firms removed with a reason, approved and paid. */
export const policyAwardLists = pgTable(
  'policy_award_lists',
  {
    id: text('id').primaryKey(),
    itemId: reference('item_id', () => policyItems.id),
    cityCode: reference('city_code', () => cities.code),
    issuerCode: text('issuer_code').notNull(),
    status: text('status').notNull(),
    approvedByUserId: text('approved_by_user_id'),
    approvedAt: instant('approved_at'),
    ...recordStamps,
  },
  (table) => [
    oneOf('policy_award_lists_status_check', table.status, awardListStatuses),
    check(
      'policy_award_lists_approval_check',
      sql`(${table.status} = 'approved') = (${table.approvedAt} IS NOT NULL)`,
    ),
    // new awards of an item join its open list until the city approves it
    uniqueIndex('policy_award_lists_open_idx')
      .on(table.itemId)
      .where(sql`${table.status} = 'open'`),
    // the index's orders: newest first, all or of an issuer, with or without a status
    index('policy_award_lists_issuer_idx').on(table.issuerCode, table.status, table.createdAt, table.id),
    index('policy_award_lists_issuer_created_idx').on(table.issuerCode, table.createdAt, table.id),
    index('policy_award_lists_status_created_idx').on(table.status, table.createdAt, table.id),
    index('policy_award_lists_created_idx').on(table.createdAt, table.id),
  ],
)

/** One award per firm and item: the unique index is what makes "paid once" hold under any retry. */
export const policyAwards = pgTable(
  'policy_awards',
  {
    id: text('id').primaryKey(),
    itemId: reference('item_id', () => policyItems.id),
    firmId: reference('firm_id', () => firms.id),
    decisionId: reference('decision_id', () => policyDecisions.id),
    listId: text('list_id').references(() => policyAwardLists.id),
    issuerCode: text('issuer_code').notNull(),
    cityCode: reference('city_code', () => cities.code),
    amountFen: money('amount_fen').notNull(),
    status: text('status').notNull(),
    statusReason: text('status_reason'),
    confirmedAt: instant('confirmed_at'),
    /** the promised day of payment of a confirmed fast_apply award (working days after confirmation) */
    dueOn: date('due_on', { mode: 'string' }),
    escalatedAt: instant('escalated_at'),
    paidAt: instant('paid_at'),
    transferId: text('transfer_id'),
    paidByUserId: text('paid_by_user_id'),
    ...recordStamps,
  },
  (table) => [
    oneOf('policy_awards_status_check', table.status, awardStatuses),
    check('policy_awards_amount_check', sql`${table.amountFen} > 0`),
    check(
      'policy_awards_paid_check',
      sql`(${table.status} = 'paid') = (${table.paidAt} IS NOT NULL AND ${table.transferId} IS NOT NULL)`,
    ),
    uniqueIndex('policy_awards_item_firm_idx').on(table.itemId, table.firmId),
    // the lists' orders (docs/ARCHITECTURE.md, "Lists"): a list's, a firm's and an issuer's awards newest first,
    // by amount, and an issuer's by status
    index('policy_awards_list_idx').on(table.listId, table.createdAt, table.id),
    index('policy_awards_firm_idx').on(table.firmId, table.createdAt, table.id),
    index('policy_awards_issuer_idx').on(table.issuerCode, table.status, table.id),
    index('policy_awards_issuer_created_idx').on(table.issuerCode, table.createdAt, table.id),
    index('policy_awards_issuer_amount_idx').on(table.issuerCode, table.amountFen, table.id),
    index('policy_awards_created_idx').on(table.createdAt, table.id),
  ],
)
