// Search text is lower-cased names (Chinese and English) held in one column with a trigram index.
import { and, gt, like, type SQL } from 'drizzle-orm'
import type { PgColumn } from 'drizzle-orm/pg-core'

export function searchTextOf(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' ')
    .toLowerCase()
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`)
}

/** A search term as search_text holds it: trimmed and lower-cased; undefined when nothing is left to search. */
export function normaliseSearch(query: string | undefined): string | undefined {
  const normalised = query?.trim().toLowerCase()
  return normalised === '' ? undefined : normalised
}

export function matchesSearch(column: PgColumn, query: string | undefined): SQL | undefined {
  const normalised = normaliseSearch(query)
  // search_text is stored lower-cased, so LIKE on a lower-cased pattern matches without ILIKE's costly folding.
  return normalised === undefined ? undefined : like(column, `%${escapeLike(normalised)}%`)
}

/** Conditions for one keyset page: the filters plus "after the cursor". */
export function pageWhere(idColumn: PgColumn, after: string | null, conditions: (SQL | undefined)[]) {
  return and(...conditions, after !== null ? gt(idColumn, after) : undefined)
}
