// The shape every module's cross-city flow view publishes, declared once: the insights module reads the union of
// them. One row is one record of activity between two cities (or within one): a voucher order, an instrument
// booking, a case, a loan drawn, an award paid.
import { bigint, text } from 'drizzle-orm/pg-core'
import { instant } from './columns'

export const flowViewColumns = {
  recordId: text('record_id').notNull(),
  kind: text('kind').notNull(),
  /** when the activity happened; months are counted in Asia/Shanghai */
  occurredAt: instant('occurred_at').notNull(),
  fromCityCode: text('from_city_code').notNull(),
  toCityCode: text('to_city_code').notNull(),
  /** in the kind's unit: fen, minutes or cases */
  value: bigint('value', { mode: 'number' }).notNull(),
  /** the firm (or organisation) that used the service, borrowed or was paid: it sees its own records */
  partyId: text('party_id'),
  /** the provider or institution on the other side: it sees its own records too */
  counterpartyId: text('counterparty_id'),
}
