// Bookings: a firm (or another owner) books a slot under the instrument's rules (booking-requests.service.ts); the
// owner approves, checks in and completes; either side cancels; the booker rates; no-shows and overbooking are
// violations (violations.service.ts), and too many of them bar the booker.
import type { Database } from '../../db/client'
import { authorize, isAllowed, type Policy, type Principal } from '../../platform/authorization'
import { AppError, assert, orRefuse } from '../../platform/errors'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import type { ExportTable } from '../../platform/export'
import { bookingExportColumns } from './bookings.export'
import { notify, resolveTasks, type NotificationInput } from '../../platform/notifications'
import { runTransition } from '../../platform/workflow'
import { releaseOrderForSource } from '../vouchers'
import { createBooking, createBookingRequests } from './booking-requests.service'
import * as repository from './bookings.repository'
import { instrumentPolicies as policies } from './instruments.policies'
import type { InstrumentsRegistryAccess } from './instruments.service'
import type { BookingQueryInput } from './instruments.schemas'
import { completionViolation, durationMinutes, noShowAfter, noShowGraceMinutes } from './rules'
import { bookingWorkflow } from './bookings.workflow'
import { bookingDecided } from './instruments.notices'
import { ownerPolicyOf, recordViolation, setOwnerPolicy, violationsOf } from './violations.service'

/** The most bookings the no-show job handles in one batch. */
const noShowBatchSize = 200
const source = (bookingId: string) => ({ kind: 'instrument_booking' as const, id: bookingId })

type Booking = repository.BookingRow

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

async function getBooking(dependencies: BookingsDependencies, principal: Principal | null, id: string) {
  const found = await repository.findBooking(dependencies.db, id)
  const booking = orRefuse(found, 'BOOKING_NOT_FOUND', { bookingId: id })
  authorizeBookingParty(principal, policies.readBooking, booking)
  return booking
}

/** A firm reads its bookings as a history, newest first; an owner's desk asks for a waiting status, oldest first. */
const bookingSortDefault = '-createdAt'

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
  const page = sortedPageRequest(query, bookingSortDefault)
  const read = await repository.listBookings(db, filter, page)
  return toListPage(page, read, (booking) => booking[page.order.key])
}

/**
 * The bookings list as an export: the list's read with the export's row bound instead of a page size, so the file
 * holds what the screen shows in the same order, with the names the list carries.
 */
async function exportBookings(
  dependencies: BookingsDependencies,
  principal: Principal | null,
  query: BookingQueryInput,
  rowsMax: number,
): Promise<ExportTable<repository.ListedBookingRow>> {
  const page = await listBookings(dependencies, principal, { ...query, cursor: undefined, limit: rowsMax })
  return {
    baseName: 'instrument-bookings',
    sheetName: 'bookings',
    columns: bookingExportColumns,
    items: page.items,
    truncated: page.nextCursor !== null,
  }
}

interface BookingMove {
  action: string
  /** the booking's own columns that change with its status */
  changes: (booking: Booking, actorUserId: string | null) => Partial<Omit<Booking, 'status'>>
  /** what else changes with the move, in its transaction (a voucher released, a violation recorded) */
  extra?: (transaction: Database, booking: Booking, actorUserId: string | null) => Promise<void>
  details?: Record<string, unknown>
  mayAct?: (booking: Booking, actor: Principal) => void
  /** what the booker is told, when someone else moved the booking */
  tell?: (booking: Booking) => NotificationInput | null
}

/** One move of a booking on the workflow (bookings.workflow.ts), audited as `instrument_booking.<new status>`. */
function move(db: Database, principal: Principal | null | 'system', id: string, taken: BookingMove) {
  const to = bookingWorkflow.rule(taken.action)?.to
  assert(to !== undefined, `bookings have no action ${taken.action}`)
  return runTransition(db, bookingWorkflow, {
    principal,
    id,
    action: taken.action,
    ...(taken.mayAct !== undefined ? { mayAct: taken.mayAct } : {}),
    apply: async (transaction, locked, { actor }) => {
      const actorUserId = actor?.userId ?? null
      const updated = await repository.updateBooking(transaction, id, {
        status: to,
        ...taken.changes(locked, actorUserId),
      })
      await taken.extra?.(transaction, updated, actorUserId)
      // the owner's task for the request is done whatever the move
      await resolveTasks(transaction, { type: 'instrument_booking', id })
      const told = actorUserId === updated.bookerUserId ? null : (taken.tell?.(updated) ?? null)
      if (told !== null) await notify(transaction, [told])
      return updated
    },
    auditAction: `instrument_booking.${to}`,
    auditDetails: (_updated, { from }) => ({ from, ...taken.details }),
  })
}

/** Cancelling, rejecting or a no-show gives the voucher's share of the booking back to the voucher. */
const releaseVoucher =
  (reason: string) => async (transaction: Database, booking: Booking, actorUserId: string | null) => {
    await releaseOrderForSource(transaction, source(booking.id), actorUserId ?? booking.bookerUserId, reason)
  }

function approveBooking(dependencies: BookingsDependencies, principal: Principal | null, id: string) {
  return move(dependencies.db, principal, id, {
    action: 'approve',
    changes: () => ({ decidedAt: new Date() }),
    tell: (booking) => bookingDecided(booking, 'approved', null),
  })
}

function rejectBooking(
  dependencies: BookingsDependencies,
  principal: Principal | null,
  id: string,
  reason: string,
) {
  return move(dependencies.db, principal, id, {
    action: 'reject',
    changes: () => ({ decisionReason: reason, decidedAt: new Date() }),
    extra: releaseVoucher(reason),
    details: { reason },
    tell: (booking) => bookingDecided(booking, 'rejected', reason),
  })
}

/** The booker, before the notice period begins; the owner at any time, with a reason. */
function cancelBooking(
  dependencies: BookingsDependencies,
  principal: Principal | null,
  id: string,
  reason: string | undefined,
) {
  return move(dependencies.db, principal, id, {
    action: 'cancel',
    mayAct: (booking, actor) => {
      if (actor.userId !== booking.bookerUserId && reason === undefined) {
        throw new AppError('VALIDATION_FAILED', { problems: [{ path: '/reason', rule: 'required' }] })
      }
    },
    changes: () => ({ cancelledAt: new Date(), cancelReason: reason ?? null }),
    extra: releaseVoucher(reason ?? 'cancelled by the booker'),
    details: { reason: reason ?? null },
    tell: (booking) => bookingDecided(booking, 'cancelled', reason ?? null),
  })
}

function checkIn(dependencies: BookingsDependencies, principal: Principal | null, id: string) {
  return move(dependencies.db, principal, id, {
    action: 'check_in',
    changes: () => ({ checkedInAt: new Date() }),
  })
}

/** Booking more than twice the time used is a violation, recorded with the completion. */
function completeBooking(
  dependencies: BookingsDependencies,
  principal: Principal | null,
  id: string,
  usedMinutes: number,
) {
  const now = new Date()
  return move(dependencies.db, principal, id, {
    action: 'complete',
    changes: () => ({ usedMinutes, completedAt: now }),
    extra: async (transaction, booking) => {
      const violation = completionViolation(durationMinutes(booking.startsAt, booking.endsAt), usedMinutes)
      if (violation !== null) await recordViolation(transaction, booking, violation, now)
    },
    details: { usedMinutes },
  })
}

function rateBooking(
  dependencies: BookingsDependencies,
  principal: Principal | null,
  id: string,
  rating: number,
  comment: string | undefined,
) {
  return runTransition(dependencies.db, bookingWorkflow, {
    principal,
    id,
    action: 'rate',
    apply: (transaction) =>
      repository.updateBooking(transaction, id, { rating, ratingComment: comment ?? null }),
    auditDetails: () => ({ rating }),
  })
}

/**
 * The job: approved bookings nobody checked in to within the grace period become no-shows, in batches, in the
 * caller's transaction (the job's): on the embedded database there is one connection, so a job must never open a
 * second transaction of its own.
 */
async function markNoShows(transaction: Database, now = new Date()): Promise<number> {
  const due = await repository.lockDueNoShows(
    transaction,
    new Date(now.getTime() - noShowGraceMinutes * 60_000),
    noShowBatchSize,
  )
  for (const booking of due) {
    assert(noShowAfter(booking.startsAt) <= now, 'only bookings past their grace period are no-shows')
    await runTransition(transaction, bookingWorkflow, {
      principal: 'system',
      id: booking.id,
      action: 'mark_no_show',
      apply: async (inner, locked, { to }) => {
        const updated = await repository.updateBooking(inner, booking.id, { status: to })
        await recordViolation(inner, locked, 'no_show', now)
        await releaseOrderForSource(inner, source(booking.id), booking.bookerUserId, 'no-show')
        await resolveTasks(inner, { type: 'instrument_booking', id: booking.id })
        return updated
      },
      auditAction: 'instrument_booking.no_show',
      auditDetails: () => ({ startsAt: booking.startsAt.toISOString() }),
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
    exportBookings: exportBookings.bind(null, dependencies),
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
