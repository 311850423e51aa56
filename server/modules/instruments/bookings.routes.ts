// Routes of bookings: an owner's violation threshold, booking requests and reads, and each change of a booking.
import { Type } from 'typebox'
import { errorMessage, languageFrom } from '../../platform/errors'
import { get, post, put, type Route } from '../../platform/http/routes'
import { groupCommitErrorResponses, IdParams, presentPage, StrictObject } from '../../platform/http/schemas'
import { sendKeyedOutcome, statementClaimOf } from '../../platform/idempotency'
import { writesKeyWithBooking } from './booking-requests.service'
import type { BookingsService } from './bookings.service'
import { presentBooking, presentViolation } from './instruments.presenters'
import * as schemas from './instruments.schemas'

const ProviderParams = StrictObject({ providerId: Type.String({ minLength: 3, maxLength: 64 }) })

/** An owner's blacklist threshold for its instruments. */
export function ownerPolicyRoutes(bookings: BookingsService): Route[] {
  return [
    get(
      '/api/providers/:providerId/instrument-policy',
      {
        summary: "An owner's blacklist threshold for its instruments",
        params: ProviderParams,
        ok: schemas.OwnerPolicy,
      },
      async (request) => bookings.ownerPolicyOf(request.params.providerId),
    ),
    put(
      '/api/providers/:providerId/instrument-policy',
      { params: ProviderParams, body: schemas.OwnerPolicyBody, ok: schemas.OwnerPolicy },
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
        summary:
          "Bookings: an owner's instruments', the caller's organisation's, or only the caller's (mine)",
        querystring: schemas.BookingQuery,
        ok: schemas.BookingPage,
      },
      async (request) =>
        presentPage(await bookings.listBookings(request.principal, request.query), presentBooking),
    ),
    get(
      '/api/bookings/violations',
      { summary: "The caller's own violations (no-shows, overbooking)", ok: schemas.ViolationRecord },
      async (request) => {
        const record = await bookings.violationsOf(request.principal)
        return { ...record, violations: record.violations.map(presentViolation) }
      },
    ),
    get('/api/bookings/:id', { params: IdParams, ok: schemas.Booking }, async (request) =>
      presentBooking(await bookings.getBooking(request.principal, request.params.id)),
    ),
    post(
      '/api/bookings',
      {
        summary: 'Book a slot (or the same slot weekly), optionally paying part with an innovation voucher',
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
      { summary: 'The owner approves a requested booking', params: IdParams, ok: schemas.Booking },
      async (request) => presentBooking(await bookings.approveBooking(request.principal, request.params.id)),
    ),
    post(
      '/api/bookings/:id/reject',
      { params: IdParams, body: schemas.ReasonBody, ok: schemas.Booking },
      async (request) =>
        presentBooking(
          await bookings.rejectBooking(request.principal, request.params.id, request.body.reason),
        ),
    ),
    post(
      '/api/bookings/:id/cancel',
      {
        summary: 'The booker cancels before the notice period; the owner at any time, with a reason',
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
        summary: 'The owner checks the booker in (from 30 minutes before the start to 1 hour after)',
        params: IdParams,
        ok: schemas.Booking,
      },
      async (request) => presentBooking(await bookings.checkIn(request.principal, request.params.id)),
    ),
    post(
      '/api/bookings/:id/complete',
      {
        summary: 'The owner records the minutes used; booking over twice the time used is a violation',
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
      { params: IdParams, body: schemas.RateBookingBody, ok: schemas.Booking },
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
