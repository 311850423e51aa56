// SQL for the instrument catalogue: keyset pages with search and filters, including "free between A and B", and
// the calendar of held slots.
import { and, asc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { equalsEachGiven } from '../../db/conditions'
import { recordsOf } from '../../db/records'
import { matchesSearch } from '../../db/search'
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

/** One statement: the filters, the free window as NOT EXISTS on the exclusion constraint's index, keyset on id. */
export function listInstruments(db: Database, filter: InstrumentFilter, after: string | null, limit: number) {
  const free = filter.free
  return instrumentRecords.page(db, { after, limit }, [
    matchesSearch(instruments.searchText, filter.q),
    ...equalsEachGiven(instruments, filter, ['cityCode', 'category', 'providerId', 'status']),
    valueTierCondition(filter.valueTier),
    filter.priceMaxFen !== undefined ? lte(instruments.externalPriceFen, filter.priceMaxFen) : undefined,
    free !== undefined
      ? sql`NOT EXISTS (SELECT 1 FROM ${instrumentBookings} b WHERE b.instrument_id = ${instruments.id}
          AND b.status IN (${holding})
          AND b.held_during && tstzrange(${free.from.toISOString()}::timestamptz, ${free.to.toISOString()}::timestamptz, '[)'))`
      : undefined,
  ])
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
