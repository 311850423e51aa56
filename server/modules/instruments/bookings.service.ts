// Bookings: a firm (or another owner) books a slot under the instrument's rules (booking-requests.service.ts); the
// owner approves, checks in and completes; either side cancels; the booker rates; no-shows and overbooking are
// violations (violations.service.ts), and too many of them bar the booker.
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, isAllowed, type Policy, type Principal } from '../../platform/authorization'
import { AppError, assert } from '../../platform/errors'
import { pageById } from '../../platform/http/schemas'
import { releaseOrderForSource } from '../vouchers'
import { createBooking, createBookingRequests } from './booking-requests.service'
import * as repository from './bookings.repository'
import { instrumentPolicies as policies } from './instruments.policies'
import type { InstrumentsRegistryAccess } from './instruments.service'
import type { BookingStatus } from './instruments.reference'
import type { BookingQueryInput } from './instruments.schemas'
import {
  completionViolation,
  durationMinutes,
  isCheckInOpen,
  isWithinCancellationNotice,
  noShowAfter,
  noShowGraceMinutes,
  transitionBooking,
} from './rules'
import * as instrumentsRepository from './instruments.repository'
import { ownerPolicyOf, recordViolation, setOwnerPolicy, violationsOf } from './violations.service'

/** The most bookings the no-show job handles in one batch. */
const noShowBatchSize = 200
const source = (bookingId: string) => ({ kind: 'instrument_booking' as const, id: bookingId })

type Booking = repository.BookingRow
type Move = Partial<Omit<Booking, 'status'>> & { status: BookingStatus }

interface BookingsDependencies {
  db: Database
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

async function findBooking(dependencies: BookingsDependencies, id: string) {
  const { db } = dependencies
  const booking = await repository.findBooking(db, id)
  if (booking === undefined) throw new AppError('BOOKING_NOT_FOUND', { bookingId: id })
  return booking
}

async function getBooking(dependencies: BookingsDependencies, principal: Principal | null, id: string) {
  const booking = await findBooking(dependencies, id)
  authorizeBookingParty(principal, policies.readBooking, booking)
  return booking
}

/** An owner sees the bookings of its instruments; a booker its organisation's (or only its own: mine=true). */
async function listBookings(
  dependencies: BookingsDependencies,
  principal: Principal | null,
  query: BookingQueryInput,
) {
  const { db } = dependencies
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

/** Locks the booking, checks the move, applies it with its audit record; `extra` runs in the same transaction. */
async function change(
  dependencies: BookingsDependencies,
  id: string,
  authorizeActor: (booking: Booking) => Principal,
  move: (booking: Booking) => Move,
  details: Record<string, unknown>,
  extra?: (transaction: Database, booking: Booking, actor: Principal) => Promise<void>,
) {
  const { db } = dependencies
  const booking = await findBooking(dependencies, id)
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

function approveBooking(dependencies: BookingsDependencies, principal: Principal | null, id: string) {
  const now = new Date()
  return change(dependencies, id, asOwner(principal), () => ({ status: 'approved', decidedAt: now }), {})
}

function rejectBooking(
  dependencies: BookingsDependencies,
  principal: Principal | null,
  id: string,
  reason: string,
) {
  const now = new Date()
  return change(
    dependencies,
    id,
    asOwner(principal),
    () => ({ status: 'rejected', decisionReason: reason, decidedAt: now }),
    { reason },
    releaseVoucher(reason),
  )
}

/** The booker, before the notice period begins; the owner at any time, with a reason. */
function cancelBooking(
  dependencies: BookingsDependencies,
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
    dependencies,
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

function checkIn(
  dependencies: BookingsDependencies,
  principal: Principal | null,
  id: string,
  now = new Date(),
) {
  return change(
    dependencies,
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
function completeBooking(
  dependencies: BookingsDependencies,
  principal: Principal | null,
  id: string,
  usedMinutes: number,
  now = new Date(),
) {
  return change(
    dependencies,
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
  dependencies: BookingsDependencies,
  principal: Principal | null,
  id: string,
  rating: number,
  comment: string | undefined,
) {
  const { db } = dependencies
  const booking = await findBooking(dependencies, id)
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

export function createBookingsService(db: Database, registry: InstrumentsRegistryAccess) {
  const requests = createBookingRequests(db)
  const dependencies = { db, registry, requests }
  return {
    /** resolves once no batch of bookings waits or runs (shutdown) */
    settled: () => requests.settled(),
    requestStatus: () => requests.status(),
    ownerPolicyOf: ownerPolicyOf.bind(null, dependencies),
    setOwnerPolicy: setOwnerPolicy.bind(null, dependencies),
    getBooking: getBooking.bind(null, dependencies),
    listBookings: listBookings.bind(null, dependencies),
    createBooking: createBooking.bind(null, dependencies),
    approveBooking: approveBooking.bind(null, dependencies),
    rejectBooking: rejectBooking.bind(null, dependencies),
    cancelBooking: cancelBooking.bind(null, dependencies),
    checkIn: checkIn.bind(null, dependencies),
    completeBooking: completeBooking.bind(null, dependencies),
    rateBooking: rateBooking.bind(null, dependencies),
    markNoShows,
    violationsOf: violationsOf.bind(null, dependencies),
  }
}

export type BookingsService = ReturnType<typeof createBookingsService>
