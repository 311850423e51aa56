// Reading stored values back out for presenters: enumerations narrowed to their literal types (a CHECK constraint
// guards each column, so a value outside its list is a bug) and moments as ISO 8601 text.
import { assert } from './errors'

/** Whether a stored text value is one of an enumeration's values. */
export function isOneOf<Value extends string>(values: readonly Value[], value: string): value is Value {
  return (values as readonly string[]).includes(value)
}

export function narrow<Value extends string>(values: readonly Value[], value: string): Value {
  assert(isOneOf(values, value), `unexpected stored value ${value}`)
  return value
}

export const iso = (moment: Date) => moment.toISOString()
export const isoOrNull = (moment: Date | null) => (moment === null ? null : moment.toISOString())
