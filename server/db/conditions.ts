// Filter conditions shared by the repositories' list queries.
import { eq, or } from 'drizzle-orm'

/** column = value when a filter value is given; no condition (undefined, which and() skips) when it is not. */
export const equalsWhenGiven = <Value>(column: Parameters<typeof eq>[0], value: Value | undefined) =>
  value === undefined ? undefined : eq(column, value)

/** Either column = value when a filter value is given: a record of two cities (the issuer's, the provider's). */
export const eitherEqualsWhenGiven = <Value>(
  columns: [Parameters<typeof eq>[0], Parameters<typeof eq>[0]],
  value: Value | undefined,
) => (value === undefined ? undefined : or(eq(columns[0], value), eq(columns[1], value)))

/** equalsWhenGiven for each named field of a filter, on the table's column of the same name. */
export function equalsEachGiven<Key extends string>(
  table: Record<Key, Parameters<typeof eq>[0]>,
  filter: { [Field in Key]?: unknown },
  keys: readonly Key[],
) {
  return keys.map((key) => equalsWhenGiven(table[key], filter[key]))
}

/** A list's filter of optional text fields, named as the columns they compare (see equalsEachGiven). */
export type FilterOf<Fields extends readonly string[]> = { [Field in Fields[number]]?: string | undefined }
