// The instrument search as a file: what the search shows (same filters, same order), with instruments, owners,
// cities, categories and value tiers by name in the language asked for, and values and prices in yuan.
import { nameIn, type ExportColumn, type ExportLanguage } from '../../platform/export'
import { cityNameOf } from '../registry'
import {
  instrumentCategoryNames,
  valueTierNames,
  valueTierOf,
  type InstrumentCategory,
  type InstrumentStatus,
} from './instruments.reference'
import type { ListedInstrumentRow } from './instruments.repository'

const statusNames: Record<InstrumentStatus, { nameZh: string; nameEn: string }> = {
  available: { nameZh: '可预约', nameEn: 'Available' },
  maintenance: { nameZh: '维护中', nameEn: 'Under maintenance' },
  retired: { nameZh: '已停用', nameEn: 'Retired' },
}

const priceUnitNames: Record<string, { nameZh: string; nameEn: string }> = {
  per_hour: { nameZh: '每小时', nameEn: 'Per hour' },
  per_sample: { nameZh: '每样品', nameEn: 'Per sample' },
}

/** A reference name as a cell: the catalogue keeps English names in lower case for use inside sentences. */
function referenceName(names: { zh: string; en: string } | undefined, language: ExportLanguage) {
  if (names === undefined) return null
  return language === 'zh' ? names.zh : names.en.charAt(0).toUpperCase() + names.en.slice(1)
}

export const instrumentExportColumns: readonly ExportColumn<ListedInstrumentRow>[] = [
  {
    zh: '仪器',
    en: 'Instrument',
    kind: 'text',
    value: (instrument, language) => nameIn(language, instrument),
  },
  { zh: '型号', en: 'Model', kind: 'text', value: (instrument) => instrument.model },
  { zh: '生产厂商', en: 'Maker', kind: 'text', value: (instrument) => instrument.maker },
  {
    zh: '类别',
    en: 'Category',
    kind: 'text',
    value: (instrument, language) =>
      referenceName(instrumentCategoryNames[instrument.category as InstrumentCategory], language) ??
      instrument.category,
  },
  {
    zh: '所属单位',
    en: 'Owner',
    kind: 'text',
    value: (instrument, language) =>
      nameIn(language, { nameZh: instrument.providerNameZh, nameEn: instrument.providerNameEn }),
  },
  {
    zh: '城市',
    en: 'City',
    kind: 'text',
    value: (instrument, language) => cityNameOf(instrument.cityCode, language),
  },
  {
    zh: '原值（元）',
    en: 'Original value (yuan)',
    kind: 'yuan',
    value: (instrument) => instrument.originalValueFen,
  },
  {
    zh: '价值档次',
    en: 'Value tier',
    kind: 'text',
    value: (instrument, language) => {
      const tier = valueTierOf(instrument.originalValueFen)
      return tier === null ? null : referenceName(valueTierNames[tier], language)
    },
  },
  {
    zh: '对内价格（元）',
    en: 'Internal price (yuan)',
    kind: 'yuan',
    value: (instrument) => instrument.internalPriceFen,
  },
  {
    zh: '对外价格（元）',
    en: 'External price (yuan)',
    kind: 'yuan',
    value: (instrument) => instrument.externalPriceFen,
  },
  {
    zh: '计价单位',
    en: 'Priced',
    kind: 'text',
    value: (instrument, language) =>
      nameIn(language, priceUnitNames[instrument.priceUnit]) ?? instrument.priceUnit,
  },
  {
    zh: '状态',
    en: 'Status',
    kind: 'text',
    value: (instrument, language) =>
      nameIn(language, statusNames[instrument.status as InstrumentStatus]) ?? instrument.status,
  },
  {
    zh: '上架时间',
    en: 'Listed',
    kind: 'datetime',
    value: (instrument) => instrument.createdAt.toISOString(),
  },
]
