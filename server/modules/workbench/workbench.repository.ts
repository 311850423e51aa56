// SQL of the workbench: one statement of sub-selects per role over the views the owning modules publish, so a
// workbench costs one round trip. Each count uses the filter of the queue its tile opens (see workbench.service.ts).
import { sql, type SQL } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'

/** The first instant of the current year in Shanghai: "this year" of every figure. */
const yearStart = sql`(date_trunc('year', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai')`

/** A city condition that a null city (the corridor office) leaves open. */
function inCity(column: SQL, cityCode: string | null): SQL {
  return cityCode === null ? sql`TRUE` : sql`${column} = ${cityCode}`
}

type Numeric = string | number

function numbersOf<Key extends string>(row: Record<Key, Numeric> | undefined, keys: readonly Key[]) {
  const numbers = {} as Record<Key, number>
  for (const key of keys) numbers[key] = Number(row?.[key] ?? 0)
  return numbers
}

const officerKeys = [
  'claimsToDecide',
  'redemptionsToReview',
  'providersInNotice',
  'vouchersIssuedFen',
  'vouchersRedeemedFen',
] as const

/** An officer's city (null: the whole corridor): queues to decide and the year's voucher money. */
export async function officerCounts(db: Database, cityCode: string | null) {
  const rows = await queryRows<Record<(typeof officerKeys)[number], Numeric>>(
    db,
    sql`SELECT
      (SELECT count(*) FROM voucher_claim_queue
        WHERE status = 'submitted' AND ${inCity(sql`city_code`, cityCode)}) AS "claimsToDecide",
      (SELECT count(*) FROM voucher_redemption_queue
        WHERE status = 'submitted' AND ${inCity(sql`issuer_city_code`, cityCode)}) AS "redemptionsToReview",
      (SELECT count(*) FROM registry_provider_standing
        WHERE admission_status = 'public_notice' AND ${inCity(sql`city_code`, cityCode)}) AS "providersInNotice",
      (SELECT coalesce(sum(amount_fen), 0) FROM voucher_holdings
        WHERE issued_at >= ${yearStart} AND ${inCity(sql`city_code`, cityCode)}) AS "vouchersIssuedFen",
      (SELECT coalesce(sum(amount_fen), 0) FROM voucher_redemption_queue
        WHERE status = 'approved' AND decided_at >= ${yearStart}
          AND ${inCity(sql`issuer_city_code`, cityCode)}) AS "vouchersRedeemedFen"`,
  )
  return numbersOf(rows[0], officerKeys)
}

const firmKeys = [
  'claimsSubmitted',
  'redemptionsToConfirm',
  'bookingsToCome',
  'referralsOpen',
  'voucherBalanceFen',
  'scoreTenths',
  'hasScore',
] as const

/** A firm's own waiting work, what is left on its vouchers and its innovation-points score. */
export async function firmCounts(db: Database, firmId: string) {
  const rows = await queryRows<Record<(typeof firmKeys)[number], Numeric>>(
    db,
    sql`SELECT
      (SELECT count(*) FROM voucher_claim_queue
        WHERE status = 'submitted' AND firm_id = ${firmId}) AS "claimsSubmitted",
      (SELECT count(*) FROM voucher_redemption_queue
        WHERE status = 'awaiting_confirmation' AND firm_id = ${firmId}) AS "redemptionsToConfirm",
      (SELECT count(*) FROM instrument_booking_queue
        WHERE status = 'approved' AND booker_organisation_id = ${firmId}) AS "bookingsToCome",
      (SELECT count(*) FROM finance_referral_queue
        WHERE status = 'referred' AND firm_id = ${firmId}) AS "referralsOpen",
      (SELECT coalesce(sum(balance_fen), 0) FROM voucher_holdings
        WHERE firm_id = ${firmId} AND status = 'active' AND expires_at > now()) AS "voucherBalanceFen",
      (SELECT coalesce(max(total_tenths), 0) FROM finance_firm_scores WHERE firm_id = ${firmId}) AS "scoreTenths",
      (SELECT count(*) FROM finance_firm_scores WHERE firm_id = ${firmId}) AS "hasScore"`,
  )
  return numbersOf(rows[0], firmKeys)
}

const providerKeys = [
  'ordersToDeliver',
  'redemptionsAwaitingFirm',
  'redemptionsAwaitingCity',
  'bookingsToApprove',
  'incomeFen',
] as const

/** A provider's (or laboratory's) orders to deliver, claims in progress, bookings to approve and income. */
export async function providerCounts(db: Database, providerId: string) {
  const rows = await queryRows<Record<(typeof providerKeys)[number], Numeric>>(
    db,
    sql`SELECT
      (SELECT count(*) FROM voucher_order_parties
        WHERE status = 'reserved' AND provider_id = ${providerId}) AS "ordersToDeliver",
      (SELECT count(*) FROM voucher_redemption_queue
        WHERE status = 'awaiting_confirmation' AND provider_id = ${providerId}) AS "redemptionsAwaitingFirm",
      (SELECT count(*) FROM voucher_redemption_queue
        WHERE status = 'submitted' AND provider_id = ${providerId}) AS "redemptionsAwaitingCity",
      (SELECT count(*) FROM instrument_booking_queue
        WHERE status = 'requested' AND provider_id = ${providerId}) AS "bookingsToApprove",
      (SELECT coalesce(sum(amount_fen), 0) FROM voucher_redemption_queue
        WHERE status = 'approved' AND provider_id = ${providerId} AND decided_at >= ${yearStart}) AS "incomeFen"`,
  )
  return numbersOf(rows[0], providerKeys)
}

/** An institution's referrals waiting for its answer. */
export async function financierCounts(db: Database, institutionId: string) {
  const rows = await queryRows<{ referralsToAnswer: Numeric }>(
    db,
    sql`SELECT count(*) AS "referralsToAnswer" FROM finance_referral_queue
        WHERE status = 'referred' AND institution_id = ${institutionId}`,
  )
  return numbersOf(rows[0], ['referralsToAnswer'])
}
