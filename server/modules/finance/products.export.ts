// The products list as a file: what the list shows (same filters, same order), with the institution and the cities
// served by name and the amounts in yuan, in the language asked for.
import type { ExportColumn } from '../../platform/export'
import { cityNameOf } from '../registry'
import { productStatusNames, productTypeName, stateName } from './finance.export'
import type { NamedProductRow } from './products.repository'

export const productExportColumns: readonly ExportColumn<NamedProductRow>[] = [
  { zh: '发布时间', en: 'Published', kind: 'datetime', value: (product) => product.createdAt.toISOString() },
  {
    zh: '产品',
    en: 'Product',
    kind: 'text',
    value: (product, language) => (language === 'zh' ? product.nameZh : product.nameEn),
  },
  {
    zh: '类型',
    en: 'Type',
    kind: 'text',
    value: (product, language) => productTypeName(product.productType, language),
  },
  {
    zh: '金融机构',
    en: 'Institution',
    kind: 'text',
    value: (product, language) => (language === 'zh' ? product.institutionNameZh : product.institutionNameEn),
  },
  {
    zh: '最低额度（元）',
    en: 'Smallest amount (yuan)',
    kind: 'yuan',
    value: (product) => product.amountMinFen,
  },
  {
    zh: '最高额度（元）',
    en: 'Largest amount (yuan)',
    kind: 'yuan',
    value: (product) => product.amountMaxFen,
  },
  {
    zh: '最短期限（月）',
    en: 'Shortest term (months)',
    kind: 'integer',
    value: (product) => product.termMinMonths,
  },
  {
    zh: '最长期限（月）',
    en: 'Longest term (months)',
    kind: 'integer',
    value: (product) => product.termMaxMonths,
  },
  {
    zh: '利率上限（LPR 加点，bp）',
    en: 'Rate cap (LPR + bp)',
    kind: 'integer',
    value: (product) => product.rateCapBps,
  },
  {
    zh: '服务城市',
    en: 'Cities served',
    kind: 'text',
    value: (product, language) =>
      product.citiesServed.map((code) => cityNameOf(code, language)).join(language === 'zh' ? '、' : ', '),
  },
  {
    zh: '状态',
    en: 'Status',
    kind: 'text',
    value: (product, language) => stateName(productStatusNames, product.status, language),
  },
]
