// The vouchers module's vocabulary: every enumerated value the tables, schemas and rules share, each with the
// Chinese and English names users see.

export const voucherTypes = ['general', 'special_purpose'] as const
export type VoucherType = (typeof voucherTypes)[number]

/** What a firm must be to claim; a scheme lists one or more and a firm qualifies by meeting any of them. */
export const eligibilityCriteria = ['any_firm', 'tech_sme', 'high_tech', 'park_resident'] as const
export type EligibilityCriterion = (typeof eligibilityCriteria)[number]

/** The services a voucher pays for (the issue's testing, R&D design, consulting and instrument time). */
export const serviceCategories = ['testing', 'rd_design', 'consulting', 'instrument_time'] as const
export type ServiceCategory = (typeof serviceCategories)[number]

/** provider_paid (通兑): the voucher share goes to the provider; firm_reimbursed (通用): the firm is repaid. */
export const settlementModels = ['provider_paid', 'firm_reimbursed'] as const
export type SettlementModel = (typeof settlementModels)[number]

export const schemeStatuses = ['open', 'closed'] as const
export type SchemeStatus = (typeof schemeStatuses)[number]

export const claimStatuses = ['submitted', 'approved', 'rejected'] as const
export type ClaimStatus = (typeof claimStatuses)[number]

/** Stored voucher states; "expired" is derived from expires_at until the lapse moves the balance back. */
export const voucherStoredStatuses = ['active', 'lapsed'] as const
export const voucherStatuses = ['active', 'expired', 'lapsed'] as const
export type VoucherStatus = (typeof voucherStatuses)[number]

/** What a voucher order pays for when it is not a service product: another module's record. */
export const orderSourceKinds = ['instrument_booking'] as const
export type OrderSourceKind = (typeof orderSourceKinds)[number]

/** reserved → delivered (the provider claims redemption) → redeemed (the issuing city approves it) */
export const orderStatuses = ['reserved', 'cancelled', 'delivered', 'redeemed'] as const
export type OrderStatus = (typeof orderStatuses)[number]

/**
 * A redemption claim (兑付): the provider claims it, the firm confirms delivery and rates it, the issuing city
 * approves or rejects it. A rejected claim may be claimed again with corrected documents.
 */
export const redemptionStatuses = ['awaiting_confirmation', 'submitted', 'approved', 'rejected'] as const
export type RedemptionStatus = (typeof redemptionStatuses)[number]

export const spotCheckResults = ['passed', 'failed'] as const
export type SpotCheckResult = (typeof spotCheckResults)[number]

/** who a settlement payment goes to: the provider (provider_paid, 通兑) or the firm (firm_reimbursed, 通用) */
export const payeeKinds = ['provider', 'firm'] as const
export type PayeeKind = (typeof payeeKinds)[number]

export const productStatuses = ['published', 'withdrawn'] as const
export type ProductStatus = (typeof productStatuses)[number]

export const priceUnits = ['per_service', 'per_hour', 'per_sample', 'per_day'] as const
export type PriceUnit = (typeof priceUnits)[number]

/**
 * Ledger accounts. The appropriation account of a city is the source of public money: it goes below zero as it
 * funds budgets, which is how the sum of all accounts stays zero. Every other account is never below zero.
 */
export const ledgerAccountKinds = [
  'appropriation',
  'budget',
  'voucher',
  'reservation',
  'payable',
  'paid',
  'policy_budget',
  'award',
] as const
export type LedgerAccountKind = (typeof ledgerAccountKinds)[number]

export const transferKinds = [
  'appropriation',
  'issue',
  'reserve',
  'release',
  'redeem',
  'pay',
  'lapse',
  'reversal',
  'policy_appropriation',
  'award',
] as const
export type TransferKind = (typeof transferKinds)[number]

/**
 * Which account kinds each transfer kind moves money between. The database function ledger_transfer() refuses
 * any other pair, and verifyLedger() checks every stored transfer against this same table.
 */
export const transferRoutes: Record<
  Exclude<TransferKind, 'reversal'>,
  readonly [LedgerAccountKind, LedgerAccountKind]
> = {
  appropriation: ['appropriation', 'budget'],
  issue: ['budget', 'voucher'],
  reserve: ['voucher', 'reservation'],
  release: ['reservation', 'voucher'],
  redeem: ['reservation', 'payable'],
  pay: ['payable', 'paid'],
  lapse: ['voucher', 'budget'],
  // policy awards (the policies module): an item's budget is funded from its issuer's appropriation and pays firms
  policy_appropriation: ['appropriation', 'policy_budget'],
  award: ['policy_budget', 'award'],
}

/**
 * A reversal moves money back along a route: an appropriation, an issue, a redemption, a payment or a lapse. A
 * reservation is undone by a release, which has its own kind.
 */
export const reversalRoutes: readonly (readonly [LedgerAccountKind, LedgerAccountKind])[] = [
  ['budget', 'appropriation'],
  ['voucher', 'budget'],
  ['payable', 'reservation'],
  ['paid', 'payable'],
  ['budget', 'voucher'],
]

interface Names {
  zh: string
  en: string
}

export const voucherTypeNames: Record<VoucherType, Names> = {
  general: { zh: '通用券', en: 'general' },
  special_purpose: { zh: '专项券', en: 'special-purpose' },
}

export const eligibilityNames: Record<EligibilityCriterion, Names> = {
  any_firm: { zh: '本市所有企业', en: 'any firm of the city' },
  tech_sme: { zh: '科技型中小企业', en: 'certified tech SME' },
  high_tech: { zh: '高新技术企业', en: 'high-tech firm' },
  park_resident: { zh: '园区（孵化器）入驻企业', en: 'park or incubator resident' },
}

export const serviceCategoryNames: Record<ServiceCategory, Names> = {
  testing: { zh: '检验检测', en: 'testing' },
  rd_design: { zh: '研发设计', en: 'R&D design' },
  consulting: { zh: '技术咨询', en: 'consulting' },
  instrument_time: { zh: '仪器共享机时', en: 'instrument time' },
}

export const settlementModelNames: Record<SettlementModel, Names> = {
  provider_paid: { zh: '通兑（券额支付给服务机构）', en: 'provider paid (通兑)' },
  firm_reimbursed: { zh: '通用（企业先付后补）', en: 'firm reimbursed (通用)' },
}

export const priceUnitNames: Record<PriceUnit, Names> = {
  per_service: { zh: '每项', en: 'per service' },
  per_hour: { zh: '每小时', en: 'per hour' },
  per_sample: { zh: '每个样品', en: 'per sample' },
  per_day: { zh: '每天', en: 'per day' },
}

export const ledgerAccountKindNames: Record<LedgerAccountKind, Names> = {
  appropriation: { zh: '财政拨款来源', en: 'appropriation source' },
  budget: { zh: '创新券预算', en: 'scheme budget' },
  voucher: { zh: '创新券可用余额', en: 'voucher balance' },
  reservation: { zh: '订单预留', en: 'order reservation' },
  payable: { zh: '应付款', en: 'payable' },
  paid: { zh: '已支付', en: 'paid' },
  policy_budget: { zh: '政策资金预算', en: 'policy budget' },
  award: { zh: '已兑现政策资金', en: 'award paid' },
}
