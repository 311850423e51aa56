// Durations as people read them: 90 → 1 h 30 min / 1 小时 30 分钟; hours with one decimal.
import type { TFunction } from 'i18next'
import type { Language } from '../../../shared/i18n/i18n'

export function formatMinutes(minutes: number, t: TFunction<'instruments'>): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return t('units.minutes', { value: rest })
  if (rest === 0) return t('units.hours', { value: hours })
  return t('units.hoursMinutes', { hours, minutes: rest })
}

/** Hours (or a percentage) with one decimal, as the statistics give them: 1,987.8 */
export function formatTenths(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)
}
