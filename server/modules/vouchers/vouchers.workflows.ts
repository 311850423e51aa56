// The vouchers module's workflows on the platform's engine: a claim (申领) decided by its issuing city, an order
// reserved then cancelled or delivered and redeemed, and a redemption claim (兑付) confirmed by the holder, perhaps
// spot-checked, and decided by the issuing city. Each table is the one list of allowed moves.
import { AppError } from '../../platform/errors'
import { defineWorkflow, type Grant } from '../../platform/workflow'
import { lockClaim, type ClaimRow } from './claims.repository'
import { lockOrder, type OrderRow } from './orders.repository'
import { lockRedemption, type RedemptionRow } from './redemptions.repository'
import { claimStatuses, orderStatuses, redemptionStatuses } from './vouchers.reference'
import { voucherPolicies as policies } from './vouchers.policies'

/** An officer of the issuing city, or the corridor office. */
const issuingCityOfClaim: Grant<ClaimRow> = {
  policy: policies.decideClaim,
  scope: (claim) => ({ cityCode: claim.cityCode }),
}
const issuingCity: Grant<{ issuerCityCode: string }> = {
  policy: policies.decideRedemption,
  scope: (record) => ({ cityCode: record.issuerCityCode }),
}

/** Whoever filed the claim (an officer filing for a firm, 窗口代办) never decides it. */
function notOwnClaim(claim: ClaimRow, actor: { userId: string }) {
  if (claim.submittedByUserId === actor.userId)
    throw new AppError('CLAIM_SELF_DECISION', { claimId: claim.id })
}

export const claimWorkflow = defineWorkflow<(typeof claimStatuses)[number], ClaimRow>({
  recordType: 'voucher_claim',
  states: claimStatuses,
  invalidCode: 'CLAIM_TRANSITION_INVALID',
  notFoundCode: 'CLAIM_NOT_FOUND',
  notFoundDetail: 'claimId',
  transitions: [
    {
      action: 'approve',
      from: ['submitted'],
      to: 'approved',
      allowed: [issuingCityOfClaim],
      mayAct: notOwnClaim,
    },
    {
      action: 'reject',
      from: ['submitted'],
      to: 'rejected',
      allowed: [issuingCityOfClaim],
      mayAct: notOwnClaim,
    },
  ],
  lock: lockClaim,
  stateOf: (claim) => claim.status,
  cityOf: (claim) => claim.cityCode,
})

/** The firm and the provider reach an order as their own organisation's. */
const orderParties: Grant<OrderRow>[] = [
  {
    policy: policies.cancelOrder,
    scope: (order) => ({ cityCode: order.issuerCityCode, organisationId: order.firmId }),
  },
  {
    policy: policies.cancelOrder,
    scope: (order) => ({ cityCode: order.providerCityCode, organisationId: order.providerId }),
  },
]

/** Cancelling releases the reservation; delivery comes with the provider's redemption claim. */
export const orderWorkflow = defineWorkflow<(typeof orderStatuses)[number], OrderRow>({
  recordType: 'voucher_order',
  states: orderStatuses,
  invalidCode: 'ORDER_TRANSITION_INVALID',
  notFoundCode: 'ORDER_NOT_FOUND',
  notFoundDetail: 'orderId',
  transitions: [
    { action: 'cancel', from: ['reserved'], to: 'cancelled', allowed: orderParties },
    {
      action: 'deliver',
      from: ['reserved'],
      to: 'delivered',
      allowed: [
        {
          policy: policies.claimRedemption,
          scope: (order) => ({ cityCode: order.providerCityCode, organisationId: order.providerId }),
        },
      ],
    },
    { action: 'redeem', from: ['delivered'], to: 'redeemed', allowed: [issuingCity] },
  ],
  lock: lockOrder,
  stateOf: (order) => order.status,
  cityOf: (order) => order.issuerCityCode,
})

/** A drawn claim waits for its spot check: a passed one may be approved, a failed one is rejected. */
function drawnAndUnchecked(redemption: RedemptionRow) {
  if (!redemption.spotCheckSelected || redemption.spotCheckResult !== null) {
    throw new AppError('REDEMPTION_NOT_DRAWN_FOR_SPOT_CHECK', {
      redemptionId: redemption.id,
      status: redemption.status,
    })
  }
}

const spotCheck = {
  from: ['submitted'] as const,
  allowed: [issuingCity],
  invalidCode: 'REDEMPTION_NOT_DRAWN_FOR_SPOT_CHECK',
  guard: drawnAndUnchecked,
}

export const redemptionWorkflow = defineWorkflow<(typeof redemptionStatuses)[number], RedemptionRow>({
  recordType: 'redemption',
  states: redemptionStatuses,
  invalidCode: 'REDEMPTION_TRANSITION_INVALID',
  notFoundCode: 'REDEMPTION_NOT_FOUND',
  notFoundDetail: 'redemptionId',
  transitions: [
    {
      action: 'confirm',
      from: ['awaiting_confirmation'],
      to: 'submitted',
      allowed: [
        {
          policy: policies.confirmRedemption,
          scope: (redemption) => ({ cityCode: redemption.issuerCityCode, organisationId: redemption.firmId }),
        },
      ],
    },
    { action: 'pass_spot_check', to: 'submitted', ...spotCheck },
    { action: 'fail_spot_check', to: 'rejected', ...spotCheck },
    {
      action: 'approve',
      from: ['submitted'],
      to: 'approved',
      allowed: [issuingCity],
      guard: (redemption) => {
        if (redemption.spotCheckSelected && redemption.spotCheckResult !== 'passed') {
          throw new AppError('REDEMPTION_SPOT_CHECK_PENDING', { redemptionId: redemption.id })
        }
      },
    },
    {
      action: 'reject',
      from: ['awaiting_confirmation', 'submitted'],
      to: 'rejected',
      allowed: [issuingCity],
    },
  ],
  lock: lockRedemption,
  stateOf: (redemption) => redemption.status,
  cityOf: (redemption) => redemption.issuerCityCode,
})
