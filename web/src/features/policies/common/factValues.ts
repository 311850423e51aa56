// The facts a rule reads, as people type and read them: money facts are counted in integer fen by the API and typed
// in yuan (read from the decimal text, never through floating point), numbers as numbers, yes/no as switches,
// lists as tags; a field left empty is not sent, and reads as nothing on the server.
import { formatCount, formatFen } from '../../../shared/format/format'
import { fenToYuanText, parseYuan } from '../../../shared/format/yuan'
import type { Language } from '../../../shared/i18n/i18n'
import type { CalculatorFacts, Fact, FactName } from './policies.types'

/** A fact's value as the API carries it. */
export type FactValue = number | boolean | string | string[]
/** A fact's field in the calculator's form (money as the yuan text typed, an empty field as undefined or null). */
export type FactFormValue = FactValue | null | undefined
export type FactFormValues = Partial<Record<FactName, FactFormValue>>

type Declared = Pick<Fact, 'name' | 'type' | 'unit'>

/** A fact counted in fen, typed in yuan. */
export const isMoneyFact = (fact: Pick<Fact, 'unit'>) => fact.unit === 'fen'

function isFiniteNumber(value: FactFormValue): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** What one field sends: its value in the fact's type, or undefined when it is empty or not a value of it. */
export function sentFactValue(fact: Declared, value: FactFormValue): FactValue | undefined {
  switch (fact.type) {
    case 'bool':
      return typeof value === 'boolean' ? value : undefined
    case 'int':
      if (isMoneyFact(fact)) return typeof value === 'string' ? (parseYuan(value) ?? undefined) : undefined
      return isFiniteNumber(value) ? Math.trunc(value) : undefined
    case 'double':
      return isFiniteNumber(value) ? value : undefined
    case 'string':
      return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
    case 'list<string>':
      return Array.isArray(value) && value.length > 0 ? value : undefined
  }
}

/** The form's values as the calculator sends them. */
export function factsFromForm(facts: readonly Declared[], values: FactFormValues): CalculatorFacts {
  const sent: Partial<Record<FactName, FactValue>> = {}
  for (const fact of facts) {
    const value = sentFactValue(fact, values[fact.name])
    if (value !== undefined) sent[fact.name] = value
  }
  // every value above is of its fact's declared type, which is what the body's properties say
  return sent as CalculatorFacts
}

/** A firm's registered facts (as the calculator answers them) as the form's values: fen back to yuan text. */
export function formFromFacts(
  facts: readonly Declared[],
  values: Partial<Record<string, FactValue>>,
): FactFormValues {
  const form: FactFormValues = {}
  for (const fact of facts) {
    const value = values[fact.name]
    if (value === undefined) continue
    form[fact.name] = isMoneyFact(fact) && typeof value === 'number' ? fenToYuanText(value) : value
  }
  return form
}

/** The words a fact's value reads as: 是/否, the list, ¥ for fen, % for percentages, a year as it is. */
export interface FactWords {
  yes: string
  no: string
  none: string
}

export function formatFactValue(
  fact: Pick<Fact, 'unit'> | undefined,
  value: FactValue,
  language: Language,
  words: FactWords,
): string {
  if (typeof value === 'boolean') return value ? words.yes : words.no
  if (Array.isArray(value))
    return value.length === 0 ? words.none : value.join(language === 'zh-CN' ? '、' : ', ')
  if (typeof value === 'string') return value === '' ? words.none : value
  switch (fact?.unit) {
    case 'fen':
      return formatFen(value, language)
    case 'percent':
      return `${formatCount(value, language)}%`
    case 'year':
      return String(value)
    default:
      return formatCount(value, language)
  }
}
