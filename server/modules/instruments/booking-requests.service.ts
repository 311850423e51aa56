// Booking requests: a single booking is one statement (shared with the single bookings requested at the same
// moment), a booking paid partly with an innovation voucher commits with its voucher order, and weekly repeats
// commit all together or each on its own.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import { createGroupCommit, type GroupCommit } from '../../platform/batching'
import { AppError, assert } from '../../platform/errors'
import type { KeyClaim, KeyedOutcome } from '../../platform/idempotency'
import { newId } from '../../platform/ids'
import { reserveOrderForSource } from '../vouchers'
import * as repository from './bookings.repository'
import { instrumentPolicies as policies } from './instruments.policies'
import type { InstrumentsRegistryAccess } from './instruments.service'
import type { CreateBookingInput } from './instruments.schemas'
import { durationMinutes, weeklyOccurrences } from './rules'
import { retryingTransient } from '../../db/transient'

type Booking = repository.BookingRow

/** What a booking request made: the bookings, and the repeats skipped for a conflict (skip_conflicts). */
export interface BookingResult {
  bookings: Booking[]
  skipped: { startsAt: Date; endsAt: Date; code: string; message: string }[]
}

/**
 * Whether a request's Idempotency-Key is written by the booking's own statement (instrument_booking_request_once):
 * a single booking, with or without a voucher. A repeat makes several bookings, in one transaction or each in its
 * own, and its answer lists the slots skipped: its key is claimed and completed by the generic hooks, which store
 * that answer as it was sent.
 */
export function writesKeyWithBooking(input: { recurrence?: unknown }): boolean {
  return input.recurrence === undefined
}

/** single bookings gathered into one statement at most */
const requestBatchSizeMax = 64
/** single bookings waiting for a batch at most: past it, SERVER_BUSY (503) */
const requestsWaitingMax = 4096

export type BookingRequests = GroupCommit<repository.BookingRequest, KeyedOutcome<Booking>>

/** Single bookings without a voucher requested at the same moment share one statement and its commit. */
export function createBookingRequests(db: Database): BookingRequests {
  return createGroupCommit({
    run: (batch: readonly repository.BookingRequest[]) => repository.requestBookings(db, batch),
    batchSizeMax: requestBatchSizeMax,
    waitingMax: requestsWaitingMax,
  })
}

interface BookingRequestsDependencies {
  db: Database
  registry: InstrumentsRegistryAccess
  requests: BookingRequests
}

async function bookerCityOf(dependencies: BookingRequestsDependencies, actor: Principal): Promise<string> {
  const { registry } = dependencies
  if (actor.cityCode !== null) return actor.cityCode
  assert(actor.organisationId !== null, 'a booker belongs to an organisation')
  const organisation =
    actor.role === 'provider'
      ? await registry.getProvider(actor.organisationId)
      : await registry.getFirm(actor.organisationId)
  return organisation.cityCode
}

function requestOf(
  actor: Principal,
  input: CreateBookingInput,
  slot: { startsAt: Date; endsAt: Date },
  context: { bookerCityCode: string; recurrenceId: string | null; now: Date },
): repository.RequestInput {
  assert(actor.organisationId !== null, 'a booker belongs to an organisation')
  return {
    bookingId: newId('ibkg'),
    instrumentId: input.instrumentId,
    bookerUserId: actor.userId,
    bookerOrganisationId: actor.organisationId,
    bookerCityCode: context.bookerCityCode,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    purpose: input.purpose,
    sampleCount: input.sampleCount ?? null,
    recurrenceId: context.recurrenceId,
    now: context.now,
  }
}

/** The voucher order paying part of a booking just made, in its transaction; the booking as it then is. */
async function payWithVoucher(
  transaction: Database,
  actor: Principal,
  input: CreateBookingInput,
  booking: Booking,
): Promise<Booking> {
  if (input.voucher === undefined) return booking
  assert(actor.organisationId !== null, 'a booker belongs to an organisation')
  const order = await reserveOrderForSource(transaction, {
    voucherId: input.voucher.voucherId,
    firmId: actor.organisationId,
    providerId: booking.providerId,
    category: 'instrument_time',
    sourceKind: 'instrument_booking',
    sourceId: booking.id,
    amountFen: booking.amountFen,
    requestedShareFen: input.voucher.voucherShareFen ?? null,
    actorUserId: actor.userId,
  })
  return repository.updateBooking(transaction, booking.id, {
    voucherOrderId: order.id,
    voucherShareFen: order.voucherShareFen,
  })
}

/** One booking and its voucher order, in the transaction given. */
async function bookOne(
  transaction: Database,
  actor: Principal,
  input: CreateBookingInput,
  slot: { startsAt: Date; endsAt: Date },
  context: { bookerCityCode: string; recurrenceId: string | null; now: Date },
): Promise<Booking> {
  const booking = await repository.requestBooking(transaction, requestOf(actor, input, slot, context))
  return payWithVoucher(transaction, actor, input, booking)
}

/**
 * A single booking paid partly with a voucher, in the transaction given. With an Idempotency-Key (`claim`) the
 * booking's statement writes the key, so the key commits with the booking and its voucher order; a replay is the
 * booking as it is now, with nothing done again.
 */
async function bookSingleWithVoucher(
  transaction: Database,
  actor: Principal,
  input: CreateBookingInput,
  slot: { startsAt: Date; endsAt: Date },
  context: { bookerCityCode: string; recurrenceId: null; now: Date },
  claim: KeyClaim | null,
): Promise<KeyedOutcome<Booking>> {
  if (claim === null) return { kind: 'done', entity: await bookOne(transaction, actor, input, slot, context) }
  const outcome = await repository.requestBookingOnce(
    transaction,
    requestOf(actor, input, slot, context),
    claim,
  )
  if (outcome.kind !== 'done') return outcome
  return { kind: 'done', entity: await payWithVoucher(transaction, actor, input, outcome.entity) }
}

/**
 * A single booking without a voucher is one statement, shared with the single bookings requested at the same
 * moment (group commit). With a voucher, the booking and its voucher order commit
 * together. Repeats either all commit or none (all_or_nothing), or each on its own, conflicts skipped.
 *
 * With an Idempotency-Key (`claim`; single bookings only, see writesKeyWithBooking), the booking's statement writes
 * the key, so a retry finds the booking instead of making a second one.
 */
export async function createBooking(
  dependencies: BookingRequestsDependencies,
  principal: Principal | null,
  input: CreateBookingInput,
  claim: KeyClaim | null = null,
  now = new Date(),
): Promise<KeyedOutcome<BookingResult>> {
  const { db, requests } = dependencies
  assert(
    claim === null || writesKeyWithBooking(input),
    'a repeat is keyed by the generic idempotency hooks, not by its statements',
  )
  const actor = authorize(principal, policies.book, { organisationId: principal?.organisationId ?? null })
  if (input.voucher !== undefined && actor.role !== 'firm') throw new AppError('BOOKING_VOUCHER_NOT_FOR_FIRM')
  const startsAt = new Date(input.startsAt)
  const endsAt = new Date(input.endsAt)
  if (durationMinutes(startsAt, endsAt) <= 0) {
    throw new AppError('BOOKING_TIME_INVALID', { startsAt: input.startsAt, endsAt: input.endsAt })
  }
  const bookerCityCode = await bookerCityOf(dependencies, actor)
  if (input.recurrence === undefined) {
    const context = { bookerCityCode, recurrenceId: null, now }
    const slot = { startsAt, endsAt }
    // without a voucher the booking is one statement; with one, the booking and its order commit together. Racing
    // bookings can deadlock re-checking the slot; the loser, tried again, meets the winner's booking and is refused.
    const outcome = await retryingTransient(() =>
      input.voucher === undefined
        ? requests.submit({ input: requestOf(actor, input, slot, context), claim })
        : db.transaction((transaction) =>
            bookSingleWithVoucher(transaction, actor, input, slot, context, claim),
          ),
    )
    if (outcome.kind === 'answered') return outcome
    return { kind: outcome.kind, entity: { bookings: [outcome.entity], skipped: [] } }
  }
  const context = { bookerCityCode, recurrenceId: newId('irec'), now }
  const slots = weeklyOccurrences(startsAt, endsAt, input.recurrence.weeks)
  if (input.recurrence.mode === 'all_or_nothing') {
    const bookings = await retryingTransient(() =>
      db.transaction(async (transaction) => {
        const made: Booking[] = []
        for (const slot of slots) {
          try {
            made.push(await bookOne(transaction, actor, input, slot, context))
          } catch (error) {
            if (!(error instanceof AppError)) throw error
            throw new AppError('BOOKING_RECURRENCE_CONFLICT', {
              startsAt: slot.startsAt.toISOString(),
              cause: error.code,
              causeDetails: error.details ?? {},
            })
          }
        }
        return made
      }),
    )
    return { kind: 'done', entity: { bookings, skipped: [] } }
  }
  const bookings: Booking[] = []
  const skipped: BookingResult['skipped'] = []
  for (const slot of slots) {
    try {
      bookings.push(
        await retryingTransient(() =>
          db.transaction((transaction) => bookOne(transaction, actor, input, slot, context)),
        ),
      )
    } catch (error) {
      if (!(error instanceof AppError)) throw error
      skipped.push({ ...slot, code: error.code, message: error.message })
    }
  }
  return { kind: 'done', entity: { bookings, skipped } }
}
