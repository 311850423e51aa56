// What an edit sends: only the fields whose value the user changed (the API's PATCH bodies are partial).

/** The same value: lists holding the same items in any order, anything else equal. */
export function sameValue(first: unknown, second: unknown): boolean {
  return Array.isArray(first) && Array.isArray(second)
    ? first.length === second.length && first.every((item) => second.includes(item))
    : first === second
}

/** The `fields` of `wanted` whose value differs from the record's: an empty object when nothing changed. */
export function changedFields<Body extends object, Field extends keyof Body>(
  fields: readonly Field[],
  wanted: Body,
  record: { [Name in Field]?: unknown },
): Partial<Pick<Body, Field>> {
  const changes: Partial<Pick<Body, Field>> = {}
  for (const field of fields) {
    if (!sameValue(wanted[field], record[field])) changes[field] = wanted[field]
  }
  return changes
}
