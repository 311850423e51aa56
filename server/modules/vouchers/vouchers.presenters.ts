// The shapes the API answers with: money in fen, times in ISO 8601 UTC, enumerations narrowed to their values.
import { iso, isoOrNull, narrow } from '../../platform/stored'
import type { TransferEntry } from './ledger.repository'
import type { ClaimWithVoucher } from './claims.repository'
import type { NamedOrderRow, OrderRow } from './orders.repository'
import type { NamedProductRow, ProductRow } from './products.repository'
import { voucherValidUntil } from './rules'
import type { AppropriationRow, SchemeWithBudget } from './schemes.repository'
import {
  claimStatuses,
  eligibilityCriteria,
  eligibilityNames,
  ledgerAccountKindNames,
  ledgerAccountKinds,
  orderSourceKinds,
  orderStatuses,
  priceUnitNames,
  priceUnits,
  productStatuses,
  schemeStatuses,
  serviceCategories,
  serviceCategoryNames,
  settlementModelNames,
  settlementModels,
  transferKinds,
  voucherTypeNames,
  voucherTypes,
  type VoucherStatus,
} from './vouchers.reference'
import type { VoucherWithBalances } from './vouchers.repository'

const narrowAll = <Value extends string>(values: readonly Value[], stored: readonly string[]) =>
  stored.map((value) => narrow(values, value))

export function presentScheme(row: SchemeWithBudget) {
  return {
    id: row.id,
    cityCode: row.cityCode,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    voucherType: narrow(voucherTypes, row.voucherType),
    eligibleFirms: narrowAll(eligibilityCriteria, row.eligibleFirms),
    annualBudgetFen: row.annualBudgetFen,
    claimCapFen: row.claimCapFen,
    firmYearCapFen: row.firmYearCapFen,
    firmTotalCapFen: row.firmTotalCapFen,
    voucherShareMaxPercent: row.voucherShareMaxPercent,
    fullCoverageBelowFen: row.fullCoverageBelowFen,
    validityDays: row.validityDays,
    serviceCategories: narrowAll(serviceCategories, row.serviceCategories),
    settlementModel: narrow(settlementModels, row.settlementModel),
    utilisationGatePercent: row.utilisationGatePercent,
    spotCheckPercent: row.spotCheckPercent,
    recognisedCityCodes: row.recognisedCityCodes,
    status: narrow(schemeStatuses, row.status),
    budget: {
      availableFen: row.budgetAvailableFen,
      appropriatedFen: row.appropriatedFen,
      issuedFen: row.issuedFen,
    },
    isSynthetic: row.isSynthetic,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  }
}

export function presentAppropriation(row: AppropriationRow) {
  return {
    id: row.id,
    schemeId: row.schemeId,
    cityCode: row.cityCode,
    budgetYear: row.budgetYear,
    amountFen: row.amountFen,
    documentReference: row.documentReference,
    transferId: row.transferId,
    createdByUserId: row.createdByUserId,
    createdAt: iso(row.createdAt),
  }
}

export function presentProduct(row: ProductRow) {
  return {
    id: row.id,
    providerId: row.providerId,
    providerCityCode: row.providerCityCode,
    category: narrow(serviceCategories, row.category),
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    descriptionZh: row.descriptionZh,
    descriptionEn: row.descriptionEn,
    priceFen: row.priceFen,
    priceUnit: narrow(priceUnits, row.priceUnit),
    status: narrow(productStatuses, row.status),
    isSynthetic: row.isSynthetic,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  }
}

/** A product as the catalogue lists it, with its provider's names. */
export function presentListedProduct(row: NamedProductRow) {
  return {
    ...presentProduct(row),
    provider: { id: row.providerId, nameZh: row.providerNameZh, nameEn: row.providerNameEn },
  }
}

export function presentClaim(row: ClaimWithVoucher) {
  return {
    id: row.id,
    number: row.number,
    schemeId: row.schemeId,
    firmId: row.firmId,
    cityCode: row.cityCode,
    requestedAmountFen: row.requestedAmountFen,
    approvedAmountFen: row.approvedAmountFen,
    purpose: row.purpose,
    status: narrow(claimStatuses, row.status),
    decisionReason: row.decisionReason,
    submittedByUserId: row.submittedByUserId,
    decidedByUserId: row.decidedByUserId,
    decidedAt: isoOrNull(row.decidedAt),
    voucherId: row.voucherId,
    firm: { id: row.firmId, nameZh: row.firmNameZh, nameEn: row.firmNameEn },
    scheme: { id: row.schemeId, nameZh: row.schemeNameZh, nameEn: row.schemeNameEn },
    isSynthetic: row.isSynthetic,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  }
}

/** A voucher's status as people read it: an active voucher past its end is expired. */
export function voucherStatusOf(row: VoucherWithBalances, now: Date): VoucherStatus {
  if (row.status === 'lapsed') return 'lapsed'
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'active'
}

export function presentVoucher(row: VoucherWithBalances, now: Date = new Date()) {
  return {
    id: row.id,
    number: row.number,
    schemeId: row.schemeId,
    claimId: row.claimId,
    firmId: row.firmId,
    holderNameZh: row.holderNameZh,
    holderCreditCode: row.holderCreditCode,
    firm: { id: row.firmId, nameZh: row.firmNameZh, nameEn: row.firmNameEn },
    scheme: { id: row.schemeId, nameZh: row.schemeNameZh, nameEn: row.schemeNameEn },
    cityCode: row.cityCode,
    amountFen: row.amountFen,
    availableFen: row.availableFen,
    reservedFen: row.reservedFen,
    status: voucherStatusOf(row, now),
    issuedAt: iso(row.issuedAt),
    expiresAt: iso(row.expiresAt),
    validUntil: voucherValidUntil(row.expiresAt),
    isSynthetic: row.isSynthetic,
  }
}

export function presentOrder(row: OrderRow) {
  return {
    id: row.id,
    number: row.number,
    voucherId: row.voucherId,
    schemeId: row.schemeId,
    firmId: row.firmId,
    issuerCityCode: row.issuerCityCode,
    productId: row.productId,
    source:
      row.sourceKind === null || row.sourceId === null
        ? null
        : { kind: narrow(orderSourceKinds, row.sourceKind), id: row.sourceId },
    providerId: row.providerId,
    providerCityCode: row.providerCityCode,
    category: narrow(serviceCategories, row.category),
    quantity: row.quantity,
    unitPriceFen: row.unitPriceFen,
    amountFen: row.amountFen,
    voucherShareFen: row.voucherShareFen,
    firmCopayFen: row.firmCopayFen,
    settlementModel: narrow(settlementModels, row.settlementModel),
    status: narrow(orderStatuses, row.status),
    cancelReason: row.cancelReason,
    cancelledAt: isoOrNull(row.cancelledAt),
    isSynthetic: row.isSynthetic,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  }
}

/** An order in a list, with the names of its firm, its provider and what it pays for. */
export function presentListedOrder(row: NamedOrderRow) {
  return {
    ...presentOrder(row),
    firm: { id: row.firmId, nameZh: row.firmNameZh, nameEn: row.firmNameEn },
    provider: { id: row.providerId, nameZh: row.providerNameZh, nameEn: row.providerNameEn },
    subject: {
      id: row.productId ?? row.sourceId ?? '',
      nameZh: row.subjectNameZh,
      nameEn: row.subjectNameEn,
    },
  }
}

export function presentLedgerEntry(row: TransferEntry) {
  return {
    id: row.id,
    kind: narrow(transferKinds, row.kind),
    fromAccountId: row.fromAccountId,
    fromAccountKind: narrow(ledgerAccountKinds, row.fromAccountKind),
    toAccountId: row.toAccountId,
    toAccountKind: narrow(ledgerAccountKinds, row.toAccountKind),
    amountFen: row.amountFen,
    reference: row.reference,
    subject: row.subject,
    createdAt: iso(row.createdAt),
  }
}

const named = <Code extends string>(
  codes: readonly Code[],
  names: Record<Code, { zh: string; en: string }>,
) => codes.map((code) => ({ code, nameZh: names[code].zh, nameEn: names[code].en }))

/** The vocabulary with names in both languages, for forms and labels. */
export function presentReference() {
  return {
    voucherTypes: named(voucherTypes, voucherTypeNames),
    eligibilityCriteria: named(eligibilityCriteria, eligibilityNames),
    serviceCategories: named(serviceCategories, serviceCategoryNames),
    settlementModels: named(settlementModels, settlementModelNames),
    priceUnits: named(priceUnits, priceUnitNames),
    ledgerAccountKinds: named(ledgerAccountKinds, ledgerAccountKindNames),
  }
}
