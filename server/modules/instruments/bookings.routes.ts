// Routes of bookings: an owner's violation threshold, booking requests and reads, and each change of a booking.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { errorMessage, languageFrom } from '../../platform/errors'
import {
  errorResponses,
  groupCommitErrorResponses,
  IdParams,
  StrictObject,
} from '../../platform/http/schemas'
import { sendKeyedOutcome, statementClaimOf } from '../../platform/idempotency'
import { writesKeyWithBooking } from './booking-requests.service'
import type { BookingsService } from './bookings.service'
import { presentBooking, presentViolation } from './instruments.presenters'
import * as schemas from './instruments.schemas'

const tags = ['instruments']
const ProviderParams = StrictObject({ providerId: Type.String({ minLength: 3, maxLength: 64 }) })

/** An owner's blacklist threshold for its instruments. */
export function registerOwnerPolicyRoutes(instance: FastifyInstance, bookings: BookingsService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/providers/:providerId/instrument-policy',
    {
      schema: {
        tags,
        summary: "An owner's blacklist threshold for its instruments",
        params: ProviderParams,
        response: { 200: schemas.OwnerPolicy, ...errorResponses },
      },
    },
    async (request) => bookings.ownerPolicyOf(request.params.providerId),
  )
  app.put(
    '/api/providers/:providerId/instrument-policy',
    {
      schema: {
        tags,
        params: ProviderParams,
        body: schemas.OwnerPolicyBody,
        response: { 200: schemas.OwnerPolicy, ...errorResponses },
      },
    },
    async (request) => bookings.setOwnerPolicy(request.principal, request.params.providerId, request.body),
  )
}

/** Bookings: reads, the caller's violations, and a request (single, weekly, paid partly with a voucher). */
export function registerBookingRoutes(instance: FastifyInstance, bookings: BookingsService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/bookings',
    {
      schema: {
        tags,
        summary:
          "Bookings: an owner's instruments', the caller's organisation's, or only the caller's (mine)",
        querystring: schemas.BookingQuery,
        response: { 200: schemas.BookingPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await bookings.listBookings(request.principal, request.query)
      return { items: page.items.map(presentBooking), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/bookings/violations',
    {
      schema: {
        tags,
        summary: "The caller's own violations (no-shows, overbooking)",
        response: { 200: schemas.ViolationRecord, ...errorResponses },
      },
    },
    async (request) => {
      const record = await bookings.violationsOf(request.principal)
      return { ...record, violations: record.violations.map(presentViolation) }
    },
  )
  app.get(
    '/api/bookings/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Booking, ...errorResponses } } },
    async (request) => presentBooking(await bookings.getBooking(request.principal, request.params.id)),
  )
  app.post(
    '/api/bookings',
    {
      // a single booking's own statement writes the Idempotency-Key; a repeat's key goes through the generic hooks
      config: {
        idempotency: 'statement',
        idempotencyStatementCovers: (request) =>
          typeof request.body === 'object' && request.body !== null && writesKeyWithBooking(request.body),
      },
      schema: {
        tags,
        summary: 'Book a slot (or the same slot weekly), optionally paying part with an innovation voucher',
        body: schemas.CreateBookingBody,
        response: { 201: schemas.BookingResult, ...groupCommitErrorResponses },
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
  )
}

/** The changes of a booking: the owner approves, rejects, checks in and completes; either side cancels; the booker rates. */
export function registerBookingChangeRoutes(instance: FastifyInstance, bookings: BookingsService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.post(
    '/api/bookings/:id/approve',
    {
      schema: {
        tags,
        summary: 'The owner approves a requested booking',
        params: IdParams,
        response: { 200: schemas.Booking, ...errorResponses },
      },
    },
    async (request) => presentBooking(await bookings.approveBooking(request.principal, request.params.id)),
  )
  app.post(
    '/api/bookings/:id/reject',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.ReasonBody,
        response: { 200: schemas.Booking, ...errorResponses },
      },
    },
    async (request) =>
      presentBooking(await bookings.rejectBooking(request.principal, request.params.id, request.body.reason)),
  )
  app.post(
    '/api/bookings/:id/cancel',
    {
      schema: {
        tags,
        summary: 'The booker cancels before the notice period; the owner at any time, with a reason',
        params: IdParams,
        body: schemas.OptionalReasonBody,
        response: { 200: schemas.Booking, ...errorResponses },
      },
    },
    async (request) =>
      presentBooking(
        await bookings.cancelBooking(request.principal, request.params.id, request.body?.reason),
      ),
  )
  app.post(
    '/api/bookings/:id/check-in',
    {
      schema: {
        tags,
        summary: 'The owner checks the booker in (from 30 minutes before the start to 1 hour after)',
        params: IdParams,
        response: { 200: schemas.Booking, ...errorResponses },
      },
    },
    async (request) => presentBooking(await bookings.checkIn(request.principal, request.params.id)),
  )
  app.post(
    '/api/bookings/:id/complete',
    {
      schema: {
        tags,
        summary: 'The owner records the minutes used; booking over twice the time used is a violation',
        params: IdParams,
        body: schemas.CompleteBookingBody,
        response: { 200: schemas.Booking, ...errorResponses },
      },
    },
    async (request) =>
      presentBooking(
        await bookings.completeBooking(request.principal, request.params.id, request.body.usedMinutes),
      ),
  )
  app.post(
    '/api/bookings/:id/rate',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.RateBookingBody,
        response: { 200: schemas.Booking, ...errorResponses },
      },
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
  )
}
