// Bookings: a firm (or another owner) books a slot under the instrument's rules, possibly paying part with an
// innovation voucher in the same transaction; the owner approves, checks in and completes; no-shows and
// overbooking are violations, and too many of them bar the booker.
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, isAllowed, type Policy, type Principal } from '../../platform/authorization'
import { createGroupCommit } from '../../platform/batching'
import { AppError, assert } from '../../platform/errors'
import { pageById } from '../../platform/http/schemas'
import type { KeyClaim, KeyedOutcome } from '../../platform/idempotency'
import { newId } from '../../platform/ids'
import { releaseOrderForSource, reserveOrderForSource } from '../vouchers'
import * as repository from './bookings.repository'
import { instrumentPolicies as policies } from './instruments.policies'
import type { InstrumentsRegistryAccess } from './instruments.service'
import type { BookingStatus } from './instruments.reference'
import type { BookingQueryInput, CreateBookingInput } from './instruments.schemas'
import {
  completionViolation,
  durationMinutes,
  isCheckInOpen,
  isWithinCancellationNotice,
  noShowAfter,
  noShowGraceMinutes,
  transitionBooking,
  weeklyOccurrences,
} from './rules'
import * as instrumentsRepository from './instruments.repository'

/** The most bookings the no-show job handles in one batch. */
const noShowBatchSize = 200
const violationListMax = 100
const source = (bookingId: string) => ({ kind: 'instrument_booking' as const, id: bookingId })

type Booking = repository.BookingRow
type Move = Partial<Omit<Booking, 'status'>> & { status: BookingStatus }

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

/** A booking has two sides: its booker's organisation, and the owner with its city. */
function authorizeBookingParty(principal: Principal | null, policy: Policy, booking: Booking): Principal {
  const scopes = [
    { cityCode: booking.cityCode, organisationId: booking.providerId },
    {
      cityCode: booking.bookerCityCode,
      organisationId: booking.bookerOrganisationId,
      userId: booking.bookerUserId,
    },
  ]
  const reached = principal === null ? undefined : scopes.find((scope) => isAllowed(principal, policy, scope))
  return authorize(principal, policy, reached ?? scopes[0])
}

/** single bookings gathered into one statement at most */
const requestBatchSizeMax = 64
/** single bookings waiting for a batch at most: past it, SERVER_BUSY (503) */
const requestsWaitingMax = 4096

export function createBookingsService(db: Database, registry: InstrumentsRegistryAccess) {
  // Single bookings without a voucher requested at the same moment share one statement and its commit.
  const requests = createGroupCommit({
    run: (batch: readonly repository.BookingRequest[]) => repository.requestBookings(db, batch),
    batchSizeMax: requestBatchSizeMax,
    waitingMax: requestsWaitingMax,
  })

  async function findBooking(id: string) {
    const booking = await repository.findBooking(db, id)
    if (booking === undefined) throw new AppError('BOOKING_NOT_FOUND', { bookingId: id })
    return booking
  }

  async function getBooking(principal: Principal | null, id: string) {
    const booking = await findBooking(id)
    authorizeBookingParty(principal, policies.readBooking, booking)
    return booking
  }

  /** An owner sees the bookings of its instruments; a booker its organisation's (or only its own: mine=true). */
  async function listBookings(principal: Principal | null, query: BookingQueryInput) {
    const actor = authorize(principal, policies.readBooking, {
      cityCode: principal?.cityCode ?? null,
      organisationId: query.provider ?? principal?.organisationId ?? null,
    })
    const filter: repository.BookingFilter = { instrumentId: query.instrument, status: query.status }
    if (query.mine === true) filter.bookerUserId = actor.userId
    else if (actor.role === 'provider') {
      if (query.provider !== undefined) filter.providerId = query.provider
      else filter.bookerOrganisationId = actor.organisationId ?? ''
    } else if (actor.role === 'firm') filter.bookerOrganisationId = actor.organisationId ?? ''
    else if (query.provider !== undefined) filter.providerId = query.provider
    return pageById(query, (after, limit) => repository.listBookings(db, filter, after, limit))
  }

  async function bookerCityOf(actor: Principal): Promise<string> {
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
    if (claim === null)
      return { kind: 'done', entity: await bookOne(transaction, actor, input, slot, context) }
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
  async function createBooking(
    principal: Principal | null,
    input: CreateBookingInput,
    claim: KeyClaim | null = null,
    now = new Date(),
  ): Promise<KeyedOutcome<BookingResult>> {
    assert(
      claim === null || writesKeyWithBooking(input),
      'a repeat is keyed by the generic idempotency hooks, not by its statements',
    )
    const actor = authorize(principal, policies.book, { organisationId: principal?.organisationId ?? null })
    if (input.voucher !== undefined && actor.role !== 'firm')
      throw new AppError('BOOKING_VOUCHER_NOT_FOR_FIRM')
    const startsAt = new Date(input.startsAt)
    const endsAt = new Date(input.endsAt)
    if (durationMinutes(startsAt, endsAt) <= 0) {
      throw new AppError('BOOKING_TIME_INVALID', { startsAt: input.startsAt, endsAt: input.endsAt })
    }
    const bookerCityCode = await bookerCityOf(actor)
    if (input.recurrence === undefined) {
      const context = { bookerCityCode, recurrenceId: null, now }
      const slot = { startsAt, endsAt }
      // without a voucher the booking is one statement; with one, the booking and its order commit together
      const outcome =
        input.voucher === undefined
          ? await requests.submit({ input: requestOf(actor, input, slot, context), claim })
          : await db.transaction((transaction) =>
              bookSingleWithVoucher(transaction, actor, input, slot, context, claim),
            )
      if (outcome.kind === 'answered') return outcome
      return { kind: outcome.kind, entity: { bookings: [outcome.entity], skipped: [] } }
    }
    const context = { bookerCityCode, recurrenceId: newId('irec'), now }
    const slots = weeklyOccurrences(startsAt, endsAt, input.recurrence.weeks)
    if (input.recurrence.mode === 'all_or_nothing') {
      const bookings = await db.transaction(async (transaction) => {
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
      })
      return { kind: 'done', entity: { bookings, skipped: [] } }
    }
    const bookings: Booking[] = []
    const skipped: BookingResult['skipped'] = []
    for (const slot of slots) {
      try {
        bookings.push(
          await db.transaction((transaction) => bookOne(transaction, actor, input, slot, context)),
        )
      } catch (error) {
        if (!(error instanceof AppError)) throw error
        skipped.push({ ...slot, code: error.code, message: error.message })
      }
    }
    return { kind: 'done', entity: { bookings, skipped } }
  }

  /** Locks the booking, checks the move, applies it with its audit record; `extra` runs in the same transaction. */
  async function change(
    id: string,
    authorizeActor: (booking: Booking) => Principal,
    move: (booking: Booking) => Move,
    details: Record<string, unknown>,
    extra?: (transaction: Database, booking: Booking, actor: Principal) => Promise<void>,
  ) {
    const booking = await findBooking(id)
    const actor = authorizeActor(booking)
    return db.transaction(async (transaction) => {
      const locked = await repository.lockBooking(transaction, id)
      assert(locked !== undefined, `booking ${id} vanished`)
      const changes = move(locked)
      transitionBooking(locked.status, changes.status)
      const updated = await repository.updateBooking(transaction, id, changes)
      if (extra !== undefined) await extra(transaction, updated, actor)
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: `instrument_booking.${changes.status}`,
        entityType: 'instrument_booking',
        entityId: id,
        cityCode: locked.cityCode,
        details: { from: locked.status, ...details },
      })
      return updated
    })
  }

  const asOwner = (principal: Principal | null) => (booking: Booking) =>
    authorize(principal, policies.runBooking, {
      cityCode: booking.cityCode,
      organisationId: booking.providerId,
    })

  const releaseVoucher =
    (reason: string) => async (transaction: Database, booking: Booking, actor: Principal) => {
      await releaseOrderForSource(transaction, source(booking.id), actor.userId, reason)
    }

  function approveBooking(principal: Principal | null, id: string) {
    const now = new Date()
    return change(id, asOwner(principal), () => ({ status: 'approved', decidedAt: now }), {})
  }

  function rejectBooking(principal: Principal | null, id: string, reason: string) {
    const now = new Date()
    return change(
      id,
      asOwner(principal),
      () => ({ status: 'rejected', decisionReason: reason, decidedAt: now }),
      { reason },
      releaseVoucher(reason),
    )
  }

  /** The booker, before the notice period begins; the owner at any time, with a reason. */
  function cancelBooking(
    principal: Principal | null,
    id: string,
    reason: string | undefined,
    now = new Date(),
  ) {
    const authorizeActor = (booking: Booking) => {
      if (principal !== null && principal.userId === booking.bookerUserId) {
        return authorize(principal, policies.actAsBooker, { userId: booking.bookerUserId })
      }
      const owner = asOwner(principal)(booking)
      if (reason === undefined) {
        throw new AppError('VALIDATION_FAILED', { problems: [{ path: '/reason', rule: 'required' }] })
      }
      return owner
    }
    return change(
      id,
      authorizeActor,
      () => ({ status: 'cancelled', cancelledAt: now, cancelReason: reason ?? null }),
      { reason: reason ?? null },
      async (transaction, booking, actor) => {
        if (actor.userId === booking.bookerUserId) {
          const instrument = await instrumentsRepository.findInstrument(transaction, booking.instrumentId)
          assert(instrument !== undefined, `instrument ${booking.instrumentId} is missing`)
          if (!isWithinCancellationNotice(booking.startsAt, now, instrument.cancellationNoticeHours)) {
            throw new AppError('BOOKING_CANCELLATION_TOO_LATE', {
              cancellationNoticeHours: instrument.cancellationNoticeHours,
            })
          }
        }
        await releaseVoucher(reason ?? 'cancelled by the booker')(transaction, booking, actor)
      },
    )
  }

  function checkIn(principal: Principal | null, id: string, now = new Date()) {
    return change(
      id,
      asOwner(principal),
      (booking) => {
        if (!isCheckInOpen(booking.startsAt, now)) throw new AppError('BOOKING_CHECK_IN_WINDOW', {})
        return { status: 'checked_in', checkedInAt: now }
      },
      {},
    )
  }

  /** Booking more than twice the time used is a violation, recorded with the completion. */
  function completeBooking(principal: Principal | null, id: string, usedMinutes: number, now = new Date()) {
    return change(
      id,
      asOwner(principal),
      () => ({ status: 'completed', usedMinutes, completedAt: now }),
      { usedMinutes },
      async (transaction, booking) => {
        const violation = completionViolation(durationMinutes(booking.startsAt, booking.endsAt), usedMinutes)
        if (violation !== null) await recordViolation(transaction, booking, violation, now)
      },
    )
  }

  async function rateBooking(
    principal: Principal | null,
    id: string,
    rating: number,
    comment: string | undefined,
  ) {
    const booking = await findBooking(id)
    const actor = authorize(principal, policies.actAsBooker, { userId: booking.bookerUserId })
    return db.transaction(async (transaction) => {
      const locked = await repository.lockBooking(transaction, id)
      assert(locked !== undefined, `booking ${id} vanished`)
      if (locked.status !== 'completed' || locked.rating !== null) {
        throw new AppError('BOOKING_TRANSITION_INVALID', { from: locked.status, to: 'rated' })
      }
      const updated = await repository.updateBooking(transaction, id, {
        rating,
        ratingComment: comment ?? null,
      })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'instrument_booking.rate',
        entityType: 'instrument_booking',
        entityId: id,
        cityCode: locked.cityCode,
        details: { rating },
      })
      return updated
    })
  }

  async function recordViolation(
    transaction: Database,
    booking: Booking,
    kind: 'no_show' | 'overbooked',
    now: Date,
  ) {
    await repository.insertViolation(transaction, {
      id: newId('ivio'),
      bookingId: booking.id,
      userId: booking.bookerUserId,
      organisationId: booking.bookerOrganisationId,
      instrumentId: booking.instrumentId,
      providerId: booking.providerId,
      kind,
      occurredAt: now,
    })
  }

  /** The job: approved bookings nobody checked in to within the grace period become no-shows, in batches. */
  /**
   * In the caller's transaction (the job's): on the embedded database there is one connection, so a job must
   * never open a second transaction of its own.
   */
  async function markNoShows(transaction: Database, now = new Date()): Promise<number> {
    const due = await repository.lockDueNoShows(
      transaction,
      new Date(now.getTime() - noShowGraceMinutes * 60_000),
      noShowBatchSize,
    )
    for (const booking of due) {
      assert(noShowAfter(booking.startsAt) <= now, 'only bookings past their grace period are no-shows')
      await repository.updateBooking(transaction, booking.id, {
        status: transitionBooking(booking.status, 'no_show'),
      })
      await recordViolation(transaction, booking, 'no_show', now)
      await releaseOrderForSource(transaction, source(booking.id), booking.bookerUserId, 'no-show')
      await recordAudit(transaction, {
        actorUserId: null,
        action: 'instrument_booking.no_show',
        entityType: 'instrument_booking',
        entityId: booking.id,
        cityCode: booking.cityCode,
        details: { startsAt: booking.startsAt.toISOString() },
      })
    }
    return due.length
  }

  /** The caller's own record: violations, newest first, and how many fall in the last 12 months. */
  async function violationsOf(principal: Principal | null, now = new Date()) {
    const actor = authorize(principal, policies.actAsBooker, { userId: principal?.userId ?? null })
    const violations = await repository.listViolationsOf(db, actor.userId, violationListMax)
    const yearAgoMs = now.getTime() - 365 * 24 * 60 * 60 * 1000
    return {
      userId: actor.userId,
      violations,
      countLast12Months: violations.filter((violation) => violation.occurredAt.getTime() > yearAgoMs).length,
    }
  }

  async function ownerPolicyOf(providerId: string) {
    const stored = await repository.ownerPolicy(db, providerId)
    return stored ?? { providerId, violationLimit: 3, violationWindowMonths: 12 }
  }

  /** An owner's blacklist threshold: more than violationLimit violations in the window bars a booker. */
  async function setOwnerPolicy(
    principal: Principal | null,
    providerId: string,
    input: { violationLimit: number; violationWindowMonths: number },
  ) {
    const provider = await registry.getProvider(providerId)
    const actor = authorize(principal, policies.setOwnerPolicy, {
      cityCode: provider.cityCode,
      organisationId: provider.id,
    })
    await db.transaction(async (transaction) => {
      await repository.upsertOwnerPolicy(transaction, { providerId, ...input })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'instrument_owner_policy.set',
        entityType: 'provider',
        entityId: providerId,
        cityCode: provider.cityCode,
        details: input,
      })
    })
    return ownerPolicyOf(providerId)
  }

  return {
    /** resolves once no batch of bookings waits or runs (shutdown) */
    settled: () => requests.settled(),
    requestStatus: () => requests.status(),
    ownerPolicyOf,
    setOwnerPolicy,
    getBooking,
    listBookings,
    createBooking,
    approveBooking,
    rejectBooking,
    cancelBooking,
    checkIn,
    completeBooking,
    rateBooking,
    markNoShows,
    violationsOf,
  }
}

export type BookingsService = ReturnType<typeof createBookingsService>
