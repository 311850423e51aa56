// Display formats: money in integer fen shown as ¥ with thousands separators, counts, times in Asia/Shanghai.
import type { Language } from '../i18n/i18n'

const fenPerYuan = 100

/** ¥1,234,567.89 from 123456789 fen, without going through floating point. */
export function formatFen(amountFen: number, language: Language): string {
  const sign = amountFen < 0 ? '-' : ''
  const absoluteFen = Math.abs(amountFen)
  const yuan = Math.trunc(absoluteFen / fenPerYuan)
  const fen = absoluteFen % fenPerYuan
  const grouped = new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(yuan)
  return `${sign}¥${grouped}.${String(fen).padStart(2, '0')}`
}

export function formatCount(count: number, language: Language): string {
  return new Intl.NumberFormat(language).format(count)
}

export function formatTimestamp(isoTimestamp: string, language: Language): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(new Date(isoTimestamp))
}

/** A calendar day ('YYYY-MM-DD', already a Shanghai date) the way the language writes dates: 2026年6月12日, Jun 12, 2026. */
export function formatDay(day: string, language: Language): string {
  const time = Date.parse(`${day}T00:00:00Z`)
  if (Number.isNaN(time)) return day
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(time))
}

export function formatCoordinate(value: number, positive: string, negative: string): string {
  return `${Math.abs(value).toFixed(2)}°${value >= 0 ? positive : negative}`
}
