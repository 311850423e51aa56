// SQL for the instrument catalogue: keyset pages with search and filters, including "free between A and B", and
// the calendar of held slots.
import { and, asc, eq, getTableColumns, gte, lt, lte, sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { equalsEachGiven } from '../../db/conditions'
import { recordsOf } from '../../db/records'
import { matchesSearch } from '../../db/search'
import { sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import { slotHoldingStatuses, valueTierFloorsFen, type ValueTier } from './instruments.reference'
import { instrumentBookings, instruments } from './instruments.tables'

export type InstrumentRow = typeof instruments.$inferSelect

export interface InstrumentFilter {
  q?: string | undefined
  cityCode?: string | undefined
  category?: string | undefined
  valueTier?: ValueTier | undefined
  priceMaxFen?: number | undefined
  providerId?: string | undefined
  status?: string | undefined
  free?: { from: Date; to: Date } | undefined
}

const instrumentRecords = recordsOf(instruments, instruments.id)
export const findInstrument = instrumentRecords.find
export const insertInstrument = instrumentRecords.insert
export const updateInstrument = instrumentRecords.change

const holding = sql.raw(slotHoldingStatuses.map((status) => `'${status}'`).join(', '))

function valueTierCondition(tier: ValueTier | undefined): SQL | undefined {
  if (tier === undefined) return undefined
  const floor = valueTierFloorsFen[tier]
  if (tier === 'from_10m') return gte(instruments.originalValueFen, floor)
  const ceiling = tier === 'from_300k' ? valueTierFloorsFen.from_500k : valueTierFloorsFen.from_10m
  return and(gte(instruments.originalValueFen, floor), lt(instruments.originalValueFen, ceiling))
}

function instrumentConditions(filter: InstrumentFilter): (SQL | undefined)[] {
  const free = filter.free
  return [
    matchesSearch(instruments.searchText, filter.q),
    ...equalsEachGiven(instruments, filter, ['cityCode', 'category', 'providerId', 'status']),
    valueTierCondition(filter.valueTier),
    filter.priceMaxFen !== undefined ? lte(instruments.externalPriceFen, filter.priceMaxFen) : undefined,
    free !== undefined
      ? sql`NOT EXISTS (SELECT 1 FROM ${instrumentBookings} b WHERE b.instrument_id = ${instruments.id}
          AND b.status IN (${holding})
          AND b.held_during && tstzrange(${free.from.toISOString()}::timestamptz, ${free.to.toISOString()}::timestamptz, '[)'))`
      : undefined,
  ]
}

/** The columns the catalogue sorts by (InstrumentQuery's sort). */
export const instrumentSortColumns = {
  createdAt: instruments.createdAt,
  externalPriceFen: instruments.externalPriceFen,
  originalValueFen: instruments.originalValueFen,
}
export type InstrumentSortKey = keyof typeof instrumentSortColumns

export interface ListedInstrumentRow extends InstrumentRow {
  /** the owner's names, read in the list's own statement so that a list names every row */
  providerNameZh: string
  providerNameEn: string
}

/**
 * One statement: the filters, the free window as NOT EXISTS on the exclusion constraint's index, the owner's name
 * through the registry's published view, a sorted keyset page; and the count up to the request's bound.
 */
export async function listInstruments(
  db: Database,
  filter: InstrumentFilter,
  page: SortedPageRequest<InstrumentSortKey>,
): Promise<{ rows: ListedInstrumentRow[]; total: number }> {
  const conditions = instrumentConditions(filter)
  const select = db
    .select({
      ...getTableColumns(instruments),
      providerNameZh: sql<string>`coalesce(instrument_owner.name_zh, '')`,
      providerNameEn: sql<string>`coalesce(instrument_owner.name_en, '')`,
    })
    .from(instruments)
    // the registry's published view (boundaries.test.ts), never its providers table
    .leftJoin(
      sql`registry_provider_standing instrument_owner`,
      sql`instrument_owner.id = ${instruments.providerId}`,
    )
    .$dynamic()
  return sortedList(
    db,
    { select: select, table: instruments, sortColumns: instrumentSortColumns, id: instruments.id },
    page,
    conditions,
  )
}

/** The slots held on an instrument within [from, to), at most limit of them, earliest first. */
export function heldSlots(db: Database, instrumentId: string, from: Date, to: Date, limit: number) {
  return db
    .select({
      id: instrumentBookings.id,
      bookerUserId: instrumentBookings.bookerUserId,
      startsAt: instrumentBookings.startsAt,
      endsAt: instrumentBookings.endsAt,
      heldDuring: instrumentBookings.heldDuring,
      status: instrumentBookings.status,
    })
    .from(instrumentBookings)
    .where(
      and(
        eq(instrumentBookings.instrumentId, instrumentId),
        sql`${instrumentBookings.status} IN (${holding}, 'completed')`,
        sql`${instrumentBookings.heldDuring} && tstzrange(${from.toISOString()}::timestamptz, ${to.toISOString()}::timestamptz, '[)')`,
      ),
    )
    .orderBy(asc(instrumentBookings.startsAt))
    .limit(limit)
}
