// Filter conditions shared by the repositories' list queries.
import { eq } from 'drizzle-orm'

/** column = value when a filter value is given; no condition (undefined, which and() skips) when it is not. */
export const equalsWhenGiven = <Value>(column: Parameters<typeof eq>[0], value: Value | undefined) =>
  value === undefined ? undefined : eq(column, value)
