// SQL for bookings: the request (one call of instrument_booking_request, or of instrument_booking_request_once with
// an Idempotency-Key), reads and state changes.
import { and, asc, eq, getTableColumns, lte, sql } from 'drizzle-orm'
import { runKeyedBatch, type KeyedBatch } from '../../platform/batching'
import type { Database } from '../../db/client'
import { equalsEachGiven, type FilterOf } from '../../db/conditions'
import { preparedStatement } from '../../db/prepared'
import { recordsOf } from '../../db/records'
import { withRefusals } from '../../platform/refusals'
import { rowFromDriver } from '../../db/rows'
import { assert } from '../../platform/errors'
import { sortedList } from '../../db/sorted'
import type { SortedPageRequest } from '../../platform/http/list'
import { keyedOutcomeOf, type KeyClaim, type KeyedOutcome } from '../../platform/idempotency'
import { instrumentBookings, instruments } from './instruments.tables'

export type BookingRow = typeof instrumentBookings.$inferSelect

export interface RequestInput {
  bookingId: string
  instrumentId: string
  bookerUserId: string
  bookerOrganisationId: string
  bookerCityCode: string
  startsAt: Date
  endsAt: Date
  purpose: string
  sampleCount: number | null
  recurrenceId: string | null
  now: Date
}

/** The request's parameters as the statements take them: instants as ISO 8601 text, cast in the SQL. */
type RequestParameters = Omit<RequestInput, 'startsAt' | 'endsAt' | 'now'> & {
  startsAt: string
  endsAt: string
  now: string
}

function requestParameters(input: RequestInput): RequestParameters {
  return {
    ...input,
    startsAt: input.startsAt.toISOString(),
    endsAt: input.endsAt.toISOString(),
    now: input.now.toISOString(),
  }
}

const requestStatement = preparedStatement<RequestParameters>(
  'instrument_booking_request',
  (parameter) =>
    sql`SELECT * FROM instrument_booking_request(${parameter('bookingId')}, ${parameter('instrumentId')},
        ${parameter('bookerUserId')}, ${parameter('bookerOrganisationId')}, ${parameter('bookerCityCode')},
        ${parameter('startsAt')}::timestamptz, ${parameter('endsAt')}::timestamptz, ${parameter('purpose')},
        ${parameter('sampleCount')}::integer, ${parameter('recurrenceId')}, ${parameter('now')}::timestamptz)`,
)

/** The hot path: every rule, the slot (under the exclusion constraint) and the audit record in one statement. */
export async function requestBooking(db: Database, input: RequestInput): Promise<BookingRow> {
  const rows = await withRefusals(
    requestStatement.rows<Record<string, unknown>>(db, requestParameters(input)),
  )
  const row = rows[0]
  if (row === undefined) throw new Error('instrument_booking_request returned no row')
  return rowFromDriver(instrumentBookings, row)
}

const requestOnceStatement = preparedStatement<RequestParameters & KeyClaim>(
  'instrument_booking_request_once',
  (parameter) =>
    sql`SELECT r.idempotency_outcome, r.stored_status, r.stored_body, r.stored_content_type, r.refusal_code,
               r.refusal_details, (r.placed).*
          FROM instrument_booking_request_once(${parameter('principalKey')}, ${parameter('key')},
               ${parameter('method')}, ${parameter('path')}, ${parameter('requestHash')}, ${parameter('bookingId')},
               ${parameter('instrumentId')}, ${parameter('bookerUserId')}, ${parameter('bookerOrganisationId')},
               ${parameter('bookerCityCode')}, ${parameter('startsAt')}::timestamptz,
               ${parameter('endsAt')}::timestamptz, ${parameter('purpose')}, ${parameter('sampleCount')}::integer,
               ${parameter('recurrenceId')}, ${parameter('now')}::timestamptz) AS r`,
)

/**
 * The same hot path with an Idempotency-Key, still one statement: the key is written as completed, pointing at the
 * booking, together with the booking; a retry with the key gets the booking again (or the stored refusal of an
 * earlier attempt), and concurrent retries wait for the first one's commit on the key's unique index.
 */
export async function requestBookingOnce(
  db: Database,
  input: RequestInput,
  claim: KeyClaim,
): Promise<KeyedOutcome<BookingRow>> {
  const rows = await withRefusals(
    requestOnceStatement.rows<Record<string, unknown>>(db, { ...requestParameters(input), ...claim }),
  )
  const row = rows[0]
  if (row === undefined) throw new Error('instrument_booking_request_once returned no row')
  return keyedOutcomeOf(row, (placed) => rowFromDriver(instrumentBookings, placed))
}

/** One single booking of a batch and, with an Idempotency-Key, its claim. */
export interface BookingRequest {
  input: RequestInput
  claim: KeyClaim | null
}

const requestBatchStatement = preparedStatement<{ requests: string }>(
  'instrument_booking_request_batch',
  (parameter) =>
    sql`SELECT r.request_position, r.idempotency_outcome, r.stored_status, r.stored_body, r.stored_content_type,
               r.refusal_code, r.refusal_details, (r.placed).*
          FROM instrument_booking_request_batch(${parameter('requests')}::jsonb) AS r`,
)

const bookingBatch: KeyedBatch<BookingRequest, BookingRow> = {
  statement: requestBatchStatement,
  requestJson: ({ input, claim }, position) => {
    // a recurring series is booked slot by slot in its own transaction, never in a batch
    assert(input.recurrenceId === null, 'a batch books single bookings only')
    return { position, ...requestParameters(input), ...(claim ?? { key: null }) }
  },
  entityOf: (placed) => rowFromDriver(instrumentBookings, placed),
  runAlone: async (db, { input, claim }) =>
    claim === null
      ? { kind: 'done', entity: await requestBooking(db, input) }
      : requestBookingOnce(db, input, claim),
}

/**
 * Many single bookings in one statement and one commit (group commit, instrument_booking_request_batch() of
 * migration 0018), each answered as requestBookingOnce would answer it alone.
 */
export function requestBookings(db: Database, requests: readonly BookingRequest[]) {
  return runKeyedBatch(db, bookingBatch, requests)
}

const bookings = recordsOf(instrumentBookings, instrumentBookings.id)
export const findBooking = bookings.find
export const lockBooking = bookings.lock
export const updateBooking = bookings.change

/** What a list of bookings is filtered on, each the booking's column of the same name. */
const bookingFilterFields = [
  'instrumentId',
  'providerId',
  'bookerUserId',
  'bookerOrganisationId',
  'status',
] as const
export type BookingFilter = FilterOf<typeof bookingFilterFields>

/** The columns a bookings list sorts by (BookingQuery's sort). */
export const bookingSortColumns = {
  createdAt: instrumentBookings.createdAt,
  startsAt: instrumentBookings.startsAt,
  amountFen: instrumentBookings.amountFen,
  status: instrumentBookings.status,
}
export type BookingSortKey = keyof typeof bookingSortColumns

/** A booking with the names it refers to: its instrument, the instrument's owner and the booker's organisation. */
export interface ListedBookingRow extends BookingRow {
  instrumentNameZh: string
  instrumentNameEn: string
  providerNameZh: string
  providerNameEn: string
  bookerOrganisationNameZh: string
  bookerOrganisationNameEn: string
}

/**
 * Bookings with their names, read in the same statement (a list names every row without a lookup per row): the
 * registry's published views, never its tables (boundaries.test.ts). A booker acts for a firm or a provider.
 */
function selectListedBookings(db: Database) {
  return db
    .select({
      ...getTableColumns(instrumentBookings),
      instrumentNameZh: instruments.nameZh,
      instrumentNameEn: instruments.nameEn,
      providerNameZh: sql<string>`coalesce(booking_owner.name_zh, '')`,
      providerNameEn: sql<string>`coalesce(booking_owner.name_en, '')`,
      bookerOrganisationNameZh: sql<string>`coalesce(booker_firm.name_zh, booker_provider.name_zh, '')`,
      bookerOrganisationNameEn: sql<string>`coalesce(booker_firm.name_en, booker_provider.name_en, '')`,
    })
    .from(instrumentBookings)
    .innerJoin(instruments, eq(instruments.id, instrumentBookings.instrumentId))
    .leftJoin(
      sql`registry_provider_standing booking_owner`,
      sql`booking_owner.id = ${instrumentBookings.providerId}`,
    )
    .leftJoin(
      sql`registry_firm_facts booker_firm`,
      sql`booker_firm.id = ${instrumentBookings.bookerOrganisationId}`,
    )
    .leftJoin(
      sql`registry_provider_standing booker_provider`,
      sql`booker_provider.id = ${instrumentBookings.bookerOrganisationId}`,
    )
}

/** One sorted page of bookings and how many match, counted up to the request's bound. */
export async function listBookings(
  db: Database,
  filter: BookingFilter,
  page: SortedPageRequest<BookingSortKey>,
): Promise<{ rows: ListedBookingRow[]; total: number }> {
  const conditions = equalsEachGiven(instrumentBookings, filter, bookingFilterFields)
  return sortedList(
    db,
    {
      select: selectListedBookings(db).$dynamic(),
      table: instrumentBookings,
      sortColumns: bookingSortColumns,
      id: instrumentBookings.id,
    },
    page,
    conditions,
  )
}

/** Approved bookings whose check-in window closed before `before`, locked for the no-show job; others skip them. */
export function lockDueNoShows(db: Database, before: Date, limit: number) {
  return db
    .select()
    .from(instrumentBookings)
    .where(and(eq(instrumentBookings.status, 'approved'), lte(instrumentBookings.startsAt, before)))
    .orderBy(asc(instrumentBookings.startsAt))
    .limit(limit)
    .for('update', { skipLocked: true })
}
