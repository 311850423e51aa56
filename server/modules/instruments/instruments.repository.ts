// SQL for the instrument catalogue: keyset pages with search and filters, including "free between A and B", and
// the calendar of held slots.
import { and, asc, eq, gt, gte, lt, lte, sql, type SQL } from 'drizzle-orm'
import type { Database } from '../../db/client'
import { equalsWhenGiven } from '../../db/conditions'
import { matchesSearch } from '../../db/search'
import { slotHoldingStatuses, valueTierFloorsFen, type ValueTier } from './instruments.reference'
import { instrumentBookings, instruments } from './instruments.tables'

export type InstrumentRow = typeof instruments.$inferSelect
type NewInstrument = typeof instruments.$inferInsert

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
  const conditions: (SQL | undefined)[] = [
    matchesSearch(instruments.searchText, filter.q),
    equalsWhenGiven(instruments.cityCode, filter.cityCode),
    equalsWhenGiven(instruments.category, filter.category),
    equalsWhenGiven(instruments.providerId, filter.providerId),
    equalsWhenGiven(instruments.status, filter.status),
    valueTierCondition(filter.valueTier),
    filter.priceMaxFen !== undefined ? lte(instruments.externalPriceFen, filter.priceMaxFen) : undefined,
    free !== undefined
      ? sql`NOT EXISTS (SELECT 1 FROM ${instrumentBookings} b WHERE b.instrument_id = ${instruments.id}
          AND b.status IN (${holding})
          AND b.held_during && tstzrange(${free.from.toISOString()}::timestamptz, ${free.to.toISOString()}::timestamptz, '[)'))`
      : undefined,
    after !== null ? gt(instruments.id, after) : undefined,
  ]
  return db
    .select()
    .from(instruments)
    .where(and(...conditions))
    .orderBy(asc(instruments.id))
    .limit(limit + 1)
}

export async function findInstrument(db: Database, id: string): Promise<InstrumentRow | undefined> {
  const [row] = await db.select().from(instruments).where(eq(instruments.id, id)).limit(1)
  return row
}

export async function insertInstrument(db: Database, row: NewInstrument): Promise<InstrumentRow> {
  const [inserted] = await db.insert(instruments).values(row).returning()
  if (inserted === undefined) throw new Error('instrument insert returned no row')
  return inserted
}

export async function updateInstrument(
  db: Database,
  id: string,
  changes: Partial<NewInstrument>,
): Promise<InstrumentRow> {
  const [updated] = await db
    .update(instruments)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(instruments.id, id))
    .returning()
  if (updated === undefined) throw new Error(`instrument ${id} vanished`)
  return updated
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
