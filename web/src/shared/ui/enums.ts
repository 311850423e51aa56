// The API's enumerations as lists for filters, each checked against the generated types: a value the server
// adds makes this file fail to compile until it is listed (and translated under `enums.*`).
import type {
  AdmissionStatus,
  AllianceTier,
  CityCode,
  ClaimStatus,
  EligibilityCriterion,
  FirmSize,
  FirmStage,
  InstitutionKind,
  OrderStatus,
  PriceUnit,
  ProductStatus,
  ProviderKind,
  RedemptionStatus,
  Role,
  SchemeStatus,
  ServiceCategory,
  SettlementModel,
  VoucherStatus,
  VoucherType,
} from '../api/types'

/** Accepts the list only when it names every member of the union exactly. */
export function everyValueOf<Value extends string>() {
  return <const List extends readonly Value[]>(
    list: List & ([Exclude<Value, List[number]>] extends [never] ? unknown : 'a value is missing'),
  ): readonly Value[] => list
}

export const firmStages = everyValueOf<FirmStage>()(['start_up', 'growth', 'mature'])
export const firmSizes = everyValueOf<FirmSize>()(['micro', 'small', 'medium', 'large'])
export const institutionKinds = everyValueOf<InstitutionKind>()([
  'bank',
  'broker',
  'fund',
  'insurer',
  'accounting_firm',
  'law_firm',
  'guarantee_company',
  'ip_agency',
  'hr_firm',
  'investment_firm',
])
export const providerKinds = everyValueOf<ProviderKind>()([
  'lab',
  'test_centre',
  'university',
  'research_institute',
])
export const admissionStatuses = everyValueOf<AdmissionStatus>()([
  'self_evaluation',
  'credit_check',
  'public_notice',
  'active',
  'suspended',
  'blacklisted',
])
export const allianceTiers = everyValueOf<AllianceTier>()(['overall', 'key_industry', 'sub'])
export const roles = everyValueOf<Role>()([
  'corridor_admin',
  'city_officer',
  'firm',
  'provider',
  'financier',
  'workstation',
  'professional',
])
export const parkLevels = ['national', 'provincial', 'municipal'] as const

export const cityCodes = everyValueOf<CityCode>()(['SH-SJ', 'SZ', 'HZ', 'JX', 'HUZ', 'JH', 'HF', 'WH', 'XC'])
export const voucherTypes = everyValueOf<VoucherType>()(['general', 'special_purpose'])
export const eligibilityCriteria = everyValueOf<EligibilityCriterion>()([
  'any_firm',
  'tech_sme',
  'high_tech',
  'park_resident',
])
export const serviceCategories = everyValueOf<ServiceCategory>()([
  'testing',
  'rd_design',
  'consulting',
  'instrument_time',
])
export const settlementModels = everyValueOf<SettlementModel>()(['provider_paid', 'firm_reimbursed'])
export const schemeStatuses = everyValueOf<SchemeStatus>()(['open', 'closed'])
export const claimStatuses = everyValueOf<ClaimStatus>()(['submitted', 'approved', 'rejected'])
export const voucherStatuses = everyValueOf<VoucherStatus>()(['active', 'expired', 'lapsed'])
export const orderStatuses = everyValueOf<OrderStatus>()(['reserved', 'cancelled', 'delivered', 'redeemed'])
export const productStatuses = everyValueOf<ProductStatus>()(['published', 'withdrawn'])
export const redemptionStatuses = everyValueOf<RedemptionStatus>()([
  'awaiting_confirmation',
  'submitted',
  'approved',
  'rejected',
])
export const priceUnits = everyValueOf<PriceUnit>()(['per_service', 'per_hour', 'per_sample', 'per_day'])

export function isOneOf<Value extends string>(list: readonly Value[], value: string | null): value is Value {
  return list.some((candidate) => candidate === value)
}
