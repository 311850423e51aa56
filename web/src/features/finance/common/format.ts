// How finance figures read: scores in points with one decimal, loan rates over the LPR in basis points, terms in
// months, and indicator values by their unit (fen as ¥, percent, count).
import type { TFunction } from 'i18next'
import { formatCount, formatFen } from '../../../shared/format/format'
import type { Language } from '../../../shared/i18n/i18n'
import type { IndicatorUnit } from './enums'

/** 725 tenths → "72.5" */
export function formatTenths(tenths: number, language: Language): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    tenths / 10,
  )
}

export function formatPercent(value: number, language: Language): string {
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)}%`
}

export function formatIndicatorValue(value: number, unit: IndicatorUnit, language: Language): string {
  if (unit === 'fen') return formatFen(Math.round(value), language)
  if (unit === 'percent') return formatPercent(value, language)
  return formatCount(value, language)
}

/** A loan's rate: LPR + N bp (null when the product is not a loan). */
export function formatRate(rateBps: number | null, t: TFunction<'finance'>): string {
  return rateBps === null ? t('common.none') : t('rate.lprPlus', { bps: rateBps })
}

export function formatMonths(months: number, t: TFunction<'finance'>): string {
  return t('months', { count: months })
}

export function formatMonthRange(minMonths: number, maxMonths: number, t: TFunction<'finance'>): string {
  return t('monthRange', { min: minMonths, max: maxMonths })
}

export function formatFenRange(minFen: number, maxFen: number, language: Language): string {
  return `${formatFen(minFen, language)} – ${formatFen(maxFen, language)}`
}
