// The scheme editor's values: amounts as the yuan text the officer typed, turned into integer fen for the API;
// an edit sends only the fields that changed, so the audit record says what was changed.
import { changedFields } from '../../../shared/api/changes'
import type {
  CityCode,
  CreateSchemeBody,
  EligibilityCriterion,
  SchemeStatus,
  ServiceCategory,
  SettlementModel,
  UpdateSchemeBody,
  VoucherScheme,
  VoucherType,
} from '../../../shared/api/types'
import { fenToYuanText, yuanToFen } from '../../../shared/format/yuan'
import { cityCodes, everyValueOf, serviceCategories } from '../../../shared/ui/enums'

export interface SchemeFormValues {
  cityCode: CityCode
  nameZh: string
  nameEn: string
  voucherType: VoucherType
  eligibleFirms: EligibilityCriterion[]
  annualBudget: string
  claimCap: string
  firmYearCap: string
  firmTotalCap: string
  voucherShareMaxPercent: number
  fullCoverageBelow: string
  validityDays: number
  serviceCategories: ServiceCategory[]
  settlementModel: SettlementModel
  utilisationGatePercent: number
  spotCheckPercent: number
  recognisedCityCodes: CityCode[]
  status: SchemeStatus
}

/** A new scheme starts from the common case: a year's validity, half of each order, every city recognised. */
export function newSchemeValues(cityCode: CityCode | undefined): Partial<SchemeFormValues> {
  return {
    ...(cityCode === undefined ? {} : { cityCode }),
    voucherType: 'general',
    eligibleFirms: ['tech_sme'],
    voucherShareMaxPercent: 50,
    fullCoverageBelow: '0',
    validityDays: 365,
    serviceCategories: [...serviceCategories],
    settlementModel: 'provider_paid',
    utilisationGatePercent: 0,
    spotCheckPercent: 10,
    recognisedCityCodes: [...cityCodes],
    status: 'open',
  }
}

/** An existing scheme in the editor; its city, voucher type and settlement model are fixed once created. */
export function valuesOf(scheme: VoucherScheme): Omit<SchemeFormValues, 'cityCode'> {
  return {
    nameZh: scheme.nameZh,
    nameEn: scheme.nameEn,
    voucherType: scheme.voucherType,
    eligibleFirms: scheme.eligibleFirms,
    annualBudget: fenToYuanText(scheme.annualBudgetFen),
    claimCap: fenToYuanText(scheme.claimCapFen),
    firmYearCap: fenToYuanText(scheme.firmYearCapFen),
    firmTotalCap: fenToYuanText(scheme.firmTotalCapFen),
    voucherShareMaxPercent: scheme.voucherShareMaxPercent,
    fullCoverageBelow: fenToYuanText(scheme.fullCoverageBelowFen),
    validityDays: scheme.validityDays,
    serviceCategories: scheme.serviceCategories,
    settlementModel: scheme.settlementModel,
    utilisationGatePercent: scheme.utilisationGatePercent,
    spotCheckPercent: scheme.spotCheckPercent,
    recognisedCityCodes: cityCodes.filter((code) => scheme.recognisedCityCodes.includes(code)),
    status: scheme.status,
  }
}

type EditableRules = Omit<UpdateSchemeBody, 'nameZh' | 'nameEn' | 'status'>

function rulesOf(values: Omit<SchemeFormValues, 'cityCode'>) {
  return {
    eligibleFirms: values.eligibleFirms,
    annualBudgetFen: yuanToFen(values.annualBudget),
    claimCapFen: yuanToFen(values.claimCap),
    firmYearCapFen: yuanToFen(values.firmYearCap),
    firmTotalCapFen: yuanToFen(values.firmTotalCap),
    voucherShareMaxPercent: values.voucherShareMaxPercent,
    fullCoverageBelowFen: yuanToFen(values.fullCoverageBelow),
    validityDays: values.validityDays,
    serviceCategories: values.serviceCategories,
    utilisationGatePercent: values.utilisationGatePercent,
    spotCheckPercent: values.spotCheckPercent,
    recognisedCityCodes: values.recognisedCityCodes,
  } satisfies EditableRules
}

export function createBodyOf(values: SchemeFormValues): CreateSchemeBody {
  return {
    ...rulesOf(values),
    cityCode: values.cityCode,
    nameZh: values.nameZh.trim(),
    nameEn: values.nameEn.trim(),
    voucherType: values.voucherType,
    settlementModel: values.settlementModel,
  }
}

/** every field of the update body: one the API adds fails to compile here until it is listed */
const updatableFields = everyValueOf<keyof UpdateSchemeBody>()([
  'nameZh',
  'nameEn',
  'eligibleFirms',
  'annualBudgetFen',
  'claimCapFen',
  'firmYearCapFen',
  'firmTotalCapFen',
  'voucherShareMaxPercent',
  'fullCoverageBelowFen',
  'validityDays',
  'serviceCategories',
  'utilisationGatePercent',
  'spotCheckPercent',
  'recognisedCityCodes',
  'status',
])

/** The fields whose value differs from the scheme's: an empty body means nothing changed. */
export function updateBodyOf(
  scheme: VoucherScheme,
  values: Omit<SchemeFormValues, 'cityCode'>,
): UpdateSchemeBody {
  const wanted: UpdateSchemeBody = {
    ...rulesOf(values),
    nameZh: values.nameZh.trim(),
    nameEn: values.nameEn.trim(),
    status: values.status,
  }
  return changedFields(updatableFields, wanted, scheme)
}
