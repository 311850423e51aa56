// The shapes the API answers with for redemption claims and settlement runs.
import type { NamedRedemptionRow, RedemptionRow } from './redemptions.repository'
import type { SettlementPaymentRow, SettlementRunRow } from './settlements.repository'
import { iso, isoOrNull, narrow } from '../../platform/stored'
import {
  payeeKinds,
  redemptionStatuses,
  serviceCategories,
  settlementModels,
  spotCheckResults,
} from './vouchers.reference'

export function presentRedemption(row: RedemptionRow) {
  return {
    id: row.id,
    orderId: row.orderId,
    voucherId: row.voucherId,
    schemeId: row.schemeId,
    firmId: row.firmId,
    providerId: row.providerId,
    issuerCityCode: row.issuerCityCode,
    providerCityCode: row.providerCityCode,
    settlementModel: narrow(settlementModels, row.settlementModel),
    amountFen: row.amountFen,
    contractNumber: row.contractNumber,
    invoiceNumber: row.invoiceNumber,
    deliverable: {
      fileName: row.deliverableFileName,
      contentType: row.deliverableContentType,
      sizeBytes: row.deliverableSizeBytes,
      sha256: row.deliverableSha256,
    },
    status: narrow(redemptionStatuses, row.status),
    firmRating: row.firmRating,
    firmComment: row.firmComment,
    confirmedAt: isoOrNull(row.confirmedAt),
    spotCheck: {
      draw: row.spotCheckDraw,
      selected: row.spotCheckSelected,
      result: row.spotCheckResult === null ? null : narrow(spotCheckResults, row.spotCheckResult),
      note: row.spotCheckNote,
      checkedAt: isoOrNull(row.spotCheckedAt),
    },
    decisionReason: row.decisionReason,
    decidedAt: isoOrNull(row.decidedAt),
    settlementRunId: row.settlementRunId,
    isSynthetic: row.isSynthetic,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  }
}

/** A claim in a list, with what its order paid for and the firm and the provider, named. */
export function presentListedRedemption(row: NamedRedemptionRow) {
  return {
    ...presentRedemption(row),
    category: narrow(serviceCategories, row.category),
    firm: { id: row.firmId, nameZh: row.firmNameZh, nameEn: row.firmNameEn },
    provider: { id: row.providerId, nameZh: row.providerNameZh, nameEn: row.providerNameEn },
    subject: { nameZh: row.subjectNameZh, nameEn: row.subjectNameEn },
  }
}

export function presentSettlementRun(row: SettlementRunRow) {
  return {
    id: row.id,
    cityCode: row.cityCode,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    cutoffAt: iso(row.cutoffAt),
    redemptionCount: row.redemptionCount,
    paymentCount: row.paymentCount,
    totalFen: row.totalFen,
    isSynthetic: row.isSynthetic,
    createdAt: iso(row.createdAt),
  }
}

export function presentSettlementPayment(row: SettlementPaymentRow) {
  return {
    id: row.id,
    payeeKind: narrow(payeeKinds, row.payeeKind),
    payeeId: row.payeeId,
    payeeNameZh: row.payeeNameZh,
    payeeCreditCode: row.payeeCreditCode,
    payeeCityCode: row.payeeCityCode,
    redemptionCount: row.redemptionCount,
    amountFen: row.amountFen,
  }
}
