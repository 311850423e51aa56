// The policy matching module's doors in SQL: what other modules' SQL may read of it. A view here is a published
// contract: add columns freely, remove or rename one only with its readers.
import { eq, sql } from 'drizzle-orm'
import { pgView } from 'drizzle-orm/pg-core'
import { flowViewColumns } from '../../db/flow-view'
import { policies, policyItems } from './policies.tables'

/**
 * Awards paid: from the city whose budget pays (the item's budget account: a city's own, or the corridor office's,
 * booked at Songjiang) to the firm's city. An award's own city is the firm's, for who decides it.
 */
export const policyCityFlows = pgView('policy_city_flows', flowViewColumns).as(
  sql`SELECT a.id AS record_id, 'award'::text AS kind, a.paid_at AS occurred_at,
        b.city_code AS from_city_code, f.city_code AS to_city_code, a.amount_fen AS value,
        a.firm_id AS party_id, NULL::text AS counterparty_id
      FROM policy_awards a
      JOIN policy_items i ON i.id = a.item_id
      JOIN ledger_account_balances b ON b.id = i.budget_account_id
      JOIN registry_firm_facts f ON f.id = a.firm_id
      WHERE a.status = 'paid'`,
)

/** The public list of policy items (open data): who issues them, what they give, how they pay, from when to when. */
export const policyOpenItems = pgView('policy_open_items').as((query) =>
  query
    .select({
      code: policyItems.code,
      policyCode: sql<string>`${policies.code}`.as('policy_code'),
      documentNumber: policies.documentNumber,
      issuerCode: policyItems.issuerCode,
      cityCode: policyItems.cityCode,
      titleZh: policyItems.titleZh,
      titleEn: policyItems.titleEn,
      category: policyItems.category,
      payoutMode: policyItems.payoutMode,
      promiseWorkingDays: policyItems.promiseWorkingDays,
      budgetFen: policyItems.budgetFen,
      validFrom: policyItems.validFrom,
      validUntil: policyItems.validUntil,
    })
    .from(policyItems)
    .innerJoin(policies, eq(policies.id, policyItems.policyId)),
)
