// The product editor's values: amounts as the yuan text typed, turned into integer fen; the minimum score in points
// (one decimal), sent in tenths; a rate cap for loans only. An edit sends only the fields that changed.
import { changedFields } from '../../../shared/api/changes'
import { fenToYuanText, yuanToFen } from '../../../shared/format/yuan'
import { everyValueOf } from '../../../shared/ui/enums'
import { isLending } from '../common/enums'
import type {
  CreateProductBody,
  FinanceCityCode,
  FinanceIndustryCode,
  FinanceProduct,
  FinanceStage,
  ProductType,
  UpdateProductBody,
} from '../common/finance.types'

export interface ProductFormValues {
  productType: ProductType
  nameZh: string
  nameEn: string
  descriptionZh: string
  amountMin: string
  amountMax: string
  rateCapBps?: number | null
  termMinMonths: number
  termMaxMonths: number
  citiesServed: FinanceCityCode[]
  industries: FinanceIndustryCode[]
  stages: FinanceStage[]
  minScore: number
  requiresHighTech: boolean
  requiresTechSme: boolean
  riskSharePercent?: number | null
}

/** A new product starts from the common case: a credit loan for the institution's own city, open to all. */
export function newProductValues(cityCode: FinanceCityCode | undefined): Partial<ProductFormValues> {
  return {
    productType: 'credit_loan',
    rateCapBps: 100,
    termMinMonths: 6,
    termMaxMonths: 36,
    citiesServed: cityCode === undefined ? [] : [cityCode],
    industries: [],
    stages: [],
    minScore: 0,
    requiresHighTech: false,
    requiresTechSme: false,
    riskSharePercent: null,
  }
}

export function valuesOf(product: FinanceProduct): ProductFormValues {
  return {
    productType: product.productType,
    nameZh: product.nameZh,
    nameEn: product.nameEn,
    descriptionZh: product.descriptionZh,
    amountMin: fenToYuanText(product.amountMinFen),
    amountMax: fenToYuanText(product.amountMaxFen),
    rateCapBps: product.rateCapBps,
    termMinMonths: product.termMinMonths,
    termMaxMonths: product.termMaxMonths,
    citiesServed: product.citiesServed,
    industries: product.industries,
    stages: product.stages,
    minScore: product.minScoreTenths / 10,
    requiresHighTech: product.requiresHighTech,
    requiresTechSme: product.requiresTechSme,
    riskSharePercent: product.riskSharePercent,
  }
}

export function createBodyOf(values: ProductFormValues): CreateProductBody {
  return {
    productType: values.productType,
    nameZh: values.nameZh.trim(),
    nameEn: values.nameEn.trim(),
    descriptionZh: values.descriptionZh.trim(),
    amountMinFen: yuanToFen(values.amountMin),
    amountMaxFen: yuanToFen(values.amountMax),
    rateCapBps: isLending(values.productType) ? (values.rateCapBps ?? null) : null,
    termMinMonths: values.termMinMonths,
    termMaxMonths: values.termMaxMonths,
    citiesServed: values.citiesServed,
    industries: values.industries,
    stages: values.stages,
    minScoreTenths: Math.round(values.minScore * 10),
    requiresHighTech: values.requiresHighTech,
    requiresTechSme: values.requiresTechSme,
    riskSharePercent: values.riskSharePercent ?? null,
  }
}

/** every field of the update body: one the API adds fails to compile here until it is listed */
const updatableFields = everyValueOf<keyof UpdateProductBody>()([
  'productType',
  'nameZh',
  'nameEn',
  'descriptionZh',
  'amountMinFen',
  'amountMaxFen',
  'rateCapBps',
  'termMinMonths',
  'termMaxMonths',
  'citiesServed',
  'industries',
  'stages',
  'minScoreTenths',
  'requiresHighTech',
  'requiresTechSme',
  'riskSharePercent',
  'status',
])

/** The fields whose value differs from the product's: an empty body means nothing changed. */
export function updateBodyOf(product: FinanceProduct, values: ProductFormValues): UpdateProductBody {
  const wanted: UpdateProductBody = { ...createBodyOf(values), status: product.status }
  return changedFields(updatableFields, wanted, product)
}
