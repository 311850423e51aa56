// The five kinds of flow that cross city lines, each in its own unit: voucher money, credit and awards in fen,
// instrument use in minutes (shown in hours), cases counted. What a value reads as, in the user's language.
import type { Language } from '../../../shared/i18n/i18n'
import { formatCount, formatFen } from '../../../shared/format/format'
import type { FlowKind } from './insights.types'

export const flowKinds = [
  'voucher',
  'instrument',
  'case',
  'credit',
  'award',
] as const satisfies readonly FlowKind[]

export type FlowUnit = 'fen' | 'minutes' | 'cases'

export const unitOfKind: Record<FlowKind, FlowUnit> = {
  voucher: 'fen',
  instrument: 'minutes',
  case: 'cases',
  credit: 'fen',
  award: 'fen',
}

/** one colour per kind, the same on every chart */
export const kindColours: Record<FlowKind, string> = {
  voucher: '#1561c9',
  instrument: '#13a8a8',
  case: '#f5a623',
  credit: '#722ed1',
  award: '#eb2f96',
}

export function isFlowKind(value: string | undefined): value is FlowKind {
  return flowKinds.some((kind) => kind === value)
}

const minutesPerHour = 60
const fenPerYuan = 100

/** Hours of instrument use from minutes, to one decimal. */
export function hoursOf(minutes: number): number {
  return Math.round((minutes / minutesPerHour) * 10) / 10
}

/** A flow's value in words: ¥ for money, hours for instruments, a count of cases. */
export function formatFlowValue(value: number, unit: FlowUnit, language: Language): string {
  if (unit === 'fen') return formatFen(value, language)
  const chinese = language === 'zh-CN'
  if (unit === 'minutes') {
    const hours = new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(hoursOf(value))
    return chinese ? `${hours} 小时` : `${hours} h`
  }
  return chinese ? `${formatCount(value, language)} 件` : `${formatCount(value, language)} cases`
}

/** A short label for a heat map cell: ¥ in compact yuan (¥1.2万, ¥12K), hours, or a count. */
export function compactFlowValue(value: number, unit: FlowUnit, language: Language): string {
  const compact = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 })
  if (unit === 'fen') return `¥${compact.format(Math.trunc(value / fenPerYuan))}`
  if (unit === 'minutes') return `${compact.format(hoursOf(value))}h`
  return compact.format(value)
}

/** A share (0–1) as a percentage with one decimal. */
export function formatShare(share: number, language: Language): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(share)
}
