// Thin routes: parse, call one service function, shape the answer.
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
import { writesKeyWithBooking, type BookingsService } from './bookings.service'
import {
  presentBooking,
  presentCalendar,
  presentInstrument,
  presentViolation,
} from './instruments.presenters'
import * as schemas from './instruments.schemas'
import type { InstrumentsService } from './instruments.service'
import type { StatsService } from './stats.service'

export interface InstrumentServices {
  instruments: InstrumentsService
  bookings: BookingsService
  stats: StatsService
}

const ProviderParams = StrictObject({ providerId: Type.String({ minLength: 3, maxLength: 64 }) })

export function registerInstrumentRoutes(instance: FastifyInstance, services: InstrumentServices) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { instruments, bookings, stats } = services
  const tags = ['instruments']

  // ---- catalogue ----
  app.get(
    '/api/instruments',
    {
      schema: {
        tags,
        summary: 'The shared catalogue: search in Chinese or English, filters, and "free between A and B"',
        querystring: schemas.InstrumentQuery,
        response: { 200: schemas.InstrumentPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await instruments.listInstruments(request.query)
      return { items: page.items.map(presentInstrument), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/instruments/stats',
    {
      schema: {
        tags,
        summary:
          'Sharing statistics by instrument, owner or city: hours, sharing rate, cross-city use, grade',
        querystring: schemas.StatsQuery,
        response: { 200: schemas.Stats, ...errorResponses },
      },
    },
    async (request) => stats.statistics(request.principal, request.query),
  )
  app.get(
    '/api/instruments/grade-levels',
    { schema: { tags, response: { 200: schemas.GradeLevels, ...errorResponses } } },
    async () => stats.gradeLevels(),
  )
  app.put(
    '/api/instruments/grade-levels',
    {
      schema: {
        tags,
        summary: "The corridor's thresholds for the owners' annual grades A–D",
        body: schemas.GradeLevelsBody,
        response: { 200: schemas.GradeLevels, ...errorResponses },
      },
    },
    async (request) => stats.setGradeLevels(request.principal, request.body),
  )
  app.get(
    '/api/instruments/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Instrument, ...errorResponses } } },
    async (request) => presentInstrument(await instruments.getInstrument(request.params.id)),
  )
  app.post(
    '/api/instruments',
    {
      schema: {
        tags,
        summary: 'Publish an instrument with its booking rules (the owner, its city or the corridor office)',
        body: schemas.CreateInstrumentBody,
        response: { 201: schemas.Instrument, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentInstrument(await instruments.createInstrument(request.principal, request.body))),
  )
  app.patch(
    '/api/instruments/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.UpdateInstrumentBody,
        response: { 200: schemas.Instrument, ...errorResponses },
      },
    },
    async (request) =>
      presentInstrument(
        await instruments.updateInstrument(request.principal, request.params.id, request.body),
      ),
  )
  app.get(
    '/api/instruments/:id/calendar',
    {
      schema: {
        tags,
        summary: 'Held slots between two instants (at most 31 days); only your own bookings are named',
        params: IdParams,
        querystring: schemas.CalendarQuery,
        response: { 200: schemas.InstrumentCalendar, ...errorResponses },
      },
    },
    async (request) =>
      presentCalendar(await instruments.calendar(request.principal, request.params.id, request.query)),
  )
  app.get(
    '/api/instruments/:id/quote',
    {
      schema: {
        tags,
        summary: 'What a slot would cost the caller (internal or external price)',
        params: IdParams,
        querystring: schemas.QuoteQuery,
        response: { 200: schemas.Quote, ...errorResponses },
      },
    },
    async (request) => instruments.quote(request.principal, request.params.id, request.query),
  )
  app.get(
    '/api/instruments/:id/calendar.ics',
    {
      schema: {
        tags,
        summary: 'The held slots as an iCalendar feed, from a week ago to eight weeks ahead',
        params: IdParams,
        response: { 200: Type.String(), ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .send(await instruments.icsFeed(request.params.id, new Date())),
  )
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

  // ---- bookings ----
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
