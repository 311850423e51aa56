// Routes of bookings: an owner's violation threshold, booking requests and reads, and each change of a booking.
import { Type } from 'typebox'
import { errorMessage, languageFrom } from '../../platform/errors'
import { get, post, put, type Route } from '../../platform/http/routes'
import { groupCommitErrorResponses, IdParams, NoBody, StrictObject } from '../../platform/http/schemas'
import { presentListPage } from '../../platform/http/list'
import { exportRoute, exportRowsMax } from '../../platform/export'
import { sendKeyedOutcome, statementClaimOf } from '../../platform/idempotency'
import { writesKeyWithBooking } from './booking-requests.service'
import type { BookingsService } from './bookings.service'
import { presentBooking, presentListedBooking, presentViolation } from './instruments.presenters'
import * as schemas from './instruments.schemas'

const ProviderParams = StrictObject({ providerId: Type.String({ minLength: 3, maxLength: 64 }) })

/** An owner's blacklist threshold for its instruments. */
export function ownerPolicyRoutes(bookings: BookingsService): Route[] {
  return [
    get(
      '/api/providers/:providerId/instrument-policy',
      {
        operationId: 'getInstrumentOwnerPolicy',
        summary: "An owner's blacklist threshold for its instruments",
        description:
          "Anyone: how many violations put a booker on the owner's blacklist (the defaults until the owner sets its own).",
        params: ProviderParams,
        ok: schemas.OwnerPolicy,
      },
      async (request) => bookings.ownerPolicyOf(request.params.providerId),
    ),
    put(
      '/api/providers/:providerId/instrument-policy',
      {
        operationId: 'setInstrumentOwnerPolicy',
        summary: "Set an owner's blacklist threshold",
        description: 'The owning provider, a city officer of its city, or the corridor office.',
        params: ProviderParams,
        body: schemas.OwnerPolicyBody,
        ok: schemas.OwnerPolicy,
      },
      async (request) => bookings.setOwnerPolicy(request.principal, request.params.providerId, request.body),
    ),
  ]
}

/** Bookings: reads, the caller's violations, and a request (single, weekly, paid partly with a voucher). */
export function bookingRoutes(bookings: BookingsService): Route[] {
  return [
    get(
      '/api/bookings',
      {
        operationId: 'listBookings',
        summary:
          "Bookings: an owner's instruments', the caller's organisation's, or only the caller's (mine)",
        description:
          "A provider sees bookings of its instruments, a firm its organisation's, city officers their city's, the corridor office all; any of them may ask for only their own (mine).",
        querystring: schemas.BookingQuery,
        ok: schemas.BookingPage,
      },
      async (request) =>
        presentListPage(await bookings.listBookings(request.principal, request.query), presentListedBooking),
    ),
    exportRoute(
      '/api/bookings/export',
      {
        operationId: 'exportBookings',
        summary: 'The bookings list as CSV or an Excel workbook',
        description: `Whoever may list the bookings: the same filters and order as the list, at most ${exportRowsMax} rows, with instrument, owner, booker and city names and amounts in yuan.`,
        querystring: schemas.BookingExportQuery,
      },
      async (request, rowsMax) => bookings.exportBookings(request.principal, request.query, rowsMax),
    ),
    get(
      '/api/bookings/violations',
      {
        operationId: 'listMyBookingViolations',
        summary: "The caller's own violations (no-shows, overbooking)",
        description:
          "A firm or provider user: their own recorded violations, which count towards an owner's blacklist.",
        ok: schemas.ViolationRecord,
      },
      async (request) => {
        const record = await bookings.violationsOf(request.principal)
        return { ...record, violations: record.violations.map(presentViolation) }
      },
    ),
    get(
      '/api/bookings/:id',
      {
        operationId: 'getBooking',
        summary: 'Get a booking',
        description:
          "The booker's organisation, the owner, officers of the instrument's city and of the booker's city (whose vouchers may pay for it), and the corridor office.",
        params: IdParams,
        ok: schemas.Booking,
      },
      async (request) => presentBooking(await bookings.getBooking(request.principal, request.params.id)),
    ),
    post(
      '/api/bookings',
      {
        operationId: 'createBooking',
        summary: 'Book a slot (or the same slot weekly), optionally paying part with an innovation voucher',
        description:
          "A firm or provider user: books a slot past the instrument's lead time, wholly inside its opening hours (Asia/Shanghai; none on public holidays when the instrument closes on them, refused with BOOKING_OUTSIDE_OPENING_HOURS) and within the organisation's monthly quota; owners may require approval. The same rules answer GET /api/instruments/{id}/availability.",
        body: schemas.CreateBookingBody,
        created: schemas.BookingResult,
        errors: groupCommitErrorResponses,
        // a single booking's own statement writes the Idempotency-Key; a repeat's key goes through the generic hooks
        config: {
          idempotency: 'statement',
          idempotencyStatementCovers: (request) =>
            typeof request.body === 'object' && request.body !== null && writesKeyWithBooking(request.body),
        },
      },
      async (request, reply) =>
        sendKeyedOutcome(
          reply,
          201,
          await bookings.createBooking(request.principal, request.body, statementClaimOf(request)),
          (result) => ({
            bookings: result.bookings.map(presentBooking),
            skipped: result.skipped.map((skip) => ({
              ...skip,
              // in the caller's language, as every error is
              message: errorMessage(skip.code, languageFrom(request.headers['accept-language'])),
              startsAt: skip.startsAt.toISOString(),
              endsAt: skip.endsAt.toISOString(),
            })),
          }),
        ),
    ),
  ]
}

/** The changes of a booking: the owner approves, rejects, checks in and completes; either side cancels; the booker rates. */
export function bookingChangeRoutes(bookings: BookingsService): Route[] {
  return [
    post(
      '/api/bookings/:id/approve',
      {
        operationId: 'approveBooking',
        summary: 'The owner approves a requested booking',
        description: 'The owning provider or the corridor office, for a booking awaiting approval.',
        params: IdParams,
        body: NoBody,
        ok: schemas.Booking,
      },
      async (request) => presentBooking(await bookings.approveBooking(request.principal, request.params.id)),
    ),
    post(
      '/api/bookings/:id/reject',
      {
        operationId: 'rejectBooking',
        summary: 'Reject a requested booking',
        description:
          'The owning provider or the corridor office, for a booking awaiting approval, with a reason.',
        params: IdParams,
        body: schemas.ReasonBody,
        ok: schemas.Booking,
      },
      async (request) =>
        presentBooking(
          await bookings.rejectBooking(request.principal, request.params.id, request.body.reason),
        ),
    ),
    post(
      '/api/bookings/:id/cancel',
      {
        operationId: 'cancelBooking',
        summary: 'The booker cancels before the notice period; the owner at any time, with a reason',
        description:
          'The booker before the cancellation notice period; the owning provider or the corridor office at any time with a reason.',
        params: IdParams,
        body: schemas.OptionalReasonBody,
        ok: schemas.Booking,
      },
      async (request) =>
        presentBooking(
          await bookings.cancelBooking(request.principal, request.params.id, request.body?.reason),
        ),
    ),
    post(
      '/api/bookings/:id/check-in',
      {
        operationId: 'checkInBooking',
        summary: 'The owner checks the booker in (from 30 minutes before the start to 1 hour after)',
        description: "The owning provider or the corridor office, around the booking's start.",
        params: IdParams,
        body: NoBody,
        ok: schemas.Booking,
      },
      async (request) => presentBooking(await bookings.checkIn(request.principal, request.params.id)),
    ),
    post(
      '/api/bookings/:id/complete',
      {
        operationId: 'completeBooking',
        summary: 'The owner records the minutes used; booking over twice the time used is a violation',
        description: 'The owning provider or the corridor office, after check-in.',
        params: IdParams,
        body: schemas.CompleteBookingBody,
        ok: schemas.Booking,
      },
      async (request) =>
        presentBooking(
          await bookings.completeBooking(request.principal, request.params.id, request.body.usedMinutes),
        ),
    ),
    post(
      '/api/bookings/:id/rate',
      {
        operationId: 'rateBooking',
        summary: 'Rate a completed booking',
        description: 'The booker only, once the booking is completed.',
        params: IdParams,
        body: schemas.RateBookingBody,
        ok: schemas.Booking,
      },
      async (request) =>
        presentBooking(
          await bookings.rateBooking(
            request.principal,
            request.params.id,
            request.body.rating,
            request.body.comment,
          ),
        ),
    ),
  ]
}
