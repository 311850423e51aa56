// What the parties of a claim and of a redemption are told (platform notifications), written with the change.
import type { NotificationInput } from '../../platform/notifications'
import { formatYuan } from '../../platform/money'

/** The issuing city's officers: a claim waits for their decision. */
export function claimWaiting(claim: {
  id: string
  cityCode: string
  requestedAmountFen: number
}): NotificationInput {
  return {
    kind: 'task',
    topic: 'voucher_claim.waiting',
    audience: { role: 'city_officer', cityCode: claim.cityCode },
    entity: { type: 'voucher_claim', id: claim.id },
    title: { zh: '创新券申领待审批', en: 'A voucher claim to decide' },
    body: {
      zh: `申领金额 ${formatYuan(claim.requestedAmountFen)}`,
      en: `${formatYuan(claim.requestedAmountFen)} claimed`,
    },
    link: '/vouchers/review',
  }
}

/** What an approval tells the firm: the voucher's number and the amount granted. */
export function approvalDetail(voucherNumber: string, approvedAmountFen: number): string {
  return `${voucherNumber} · ${formatYuan(approvedAmountFen)}`
}

/** The firm: its claim was decided. */
export function claimDecided(
  claim: { id: string; firmId: string },
  outcome: 'approved' | 'rejected',
  detail: string,
): NotificationInput {
  const approved = outcome === 'approved'
  return {
    kind: 'update',
    topic: `voucher_claim.${outcome}`,
    audience: { role: 'firm', organisationId: claim.firmId },
    entity: { type: 'voucher_claim', id: claim.id },
    title: {
      zh: approved ? '创新券申领已批准' : '创新券申领未获批准',
      en: approved ? 'Your voucher claim was approved' : 'Your voucher claim was rejected',
    },
    body: { zh: detail, en: detail },
    link: '/vouchers/claims',
  }
}

interface RedemptionParties {
  id: string
  firmId: string
  providerId: string
  issuerCityCode: string
  amountFen: number
}

/** The holder: the provider claims redemption of a delivered order; the holder confirms and rates. */
export function redemptionToConfirm(redemption: RedemptionParties): NotificationInput {
  return {
    kind: 'task',
    topic: 'redemption.to_confirm',
    audience: { role: 'firm', organisationId: redemption.firmId },
    entity: { type: 'redemption', id: redemption.id },
    title: { zh: '服务已交付，请确认并评价', en: 'A delivery to confirm and rate' },
    body: {
      zh: `兑付金额 ${formatYuan(redemption.amountFen)}`,
      en: `${formatYuan(redemption.amountFen)} to redeem`,
    },
    link: '/vouchers/redemptions',
  }
}

/** The issuing city's officers: a confirmed claim waits for their decision. */
export function redemptionWaiting(redemption: RedemptionParties): NotificationInput {
  return {
    kind: 'task',
    topic: 'redemption.waiting',
    audience: { role: 'city_officer', cityCode: redemption.issuerCityCode },
    entity: { type: 'redemption', id: redemption.id },
    title: { zh: '兑付申请待审核', en: 'A redemption claim to review' },
    body: {
      zh: `兑付金额 ${formatYuan(redemption.amountFen)}`,
      en: `${formatYuan(redemption.amountFen)} claimed`,
    },
    link: '/vouchers/redemptions',
  }
}

/** The provider: its claim was decided. */
export function redemptionDecided(
  redemption: RedemptionParties,
  outcome: 'approved' | 'rejected',
): NotificationInput {
  const approved = outcome === 'approved'
  return {
    kind: 'update',
    topic: `redemption.${outcome}`,
    audience: { role: 'provider', organisationId: redemption.providerId },
    entity: { type: 'redemption', id: redemption.id },
    title: {
      zh: approved ? '兑付申请已批准' : '兑付申请被驳回',
      en: approved ? 'Your redemption claim was approved' : 'Your redemption claim was rejected',
    },
    body: {
      zh: `${formatYuan(redemption.amountFen)}${approved ? '，将随下一批结算支付' : '，可修改后重新申请'}`,
      en: `${formatYuan(redemption.amountFen)}${approved ? ', paid with the next settlement run' : '; you may file it again'}`,
    },
    link: '/vouchers/redemptions',
  }
}
