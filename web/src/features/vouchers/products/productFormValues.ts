// The product editor's values: the price as typed yuan, sent as integer fen; an edit sends only what changed.
import { changedFields } from '../../../shared/api/changes'
import type {
  CreateProductBody,
  PriceUnit,
  ServiceCategory,
  ServiceProduct,
  UpdateProductBody,
} from '../../../shared/api/types'
import { fenToYuanText, yuanToFen } from '../../../shared/format/yuan'

export interface ProductFormValues {
  category: ServiceCategory
  nameZh: string
  nameEn: string
  descriptionZh: string
  descriptionEn: string
  price: string
  priceUnit: PriceUnit
}

export function valuesOf(product: ServiceProduct): ProductFormValues {
  return {
    category: product.category,
    nameZh: product.nameZh,
    nameEn: product.nameEn,
    descriptionZh: product.descriptionZh,
    descriptionEn: product.descriptionEn,
    price: fenToYuanText(product.priceFen),
    priceUnit: product.priceUnit,
  }
}

export function createBodyOf(values: ProductFormValues): CreateProductBody {
  return {
    category: values.category,
    nameZh: values.nameZh.trim(),
    nameEn: values.nameEn.trim(),
    descriptionZh: values.descriptionZh.trim(),
    descriptionEn: values.descriptionEn.trim(),
    priceFen: yuanToFen(values.price),
    priceUnit: values.priceUnit,
  }
}

const updatableFields = [
  'category',
  'nameZh',
  'nameEn',
  'descriptionZh',
  'descriptionEn',
  'priceFen',
  'priceUnit',
] as const satisfies readonly (keyof UpdateProductBody)[]

/** The fields whose value differs from the product's: an empty body means nothing changed. */
export function updateBodyOf(product: ServiceProduct, values: ProductFormValues): UpdateProductBody {
  return changedFields(updatableFields, createBodyOf(values), product)
}
