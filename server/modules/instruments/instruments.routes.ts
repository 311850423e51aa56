// The instruments module's routes (each part's, in the order of the API document), with the routes of the shared
// catalogue: search, sharing statistics and grade levels, an instrument, its calendar and a quote.
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { defineRoutes, get, patch, post, put, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import type { BookingsService } from './bookings.service'
import { bookingChangeRoutes, bookingRoutes, ownerPolicyRoutes } from './bookings.routes'
import { presentCalendar, presentInstrument } from './instruments.presenters'
import * as schemas from './instruments.schemas'
import type { InstrumentsService } from './instruments.service'
import type { StatsService } from './stats.service'

export interface InstrumentServices {
  instruments: InstrumentsService
  bookings: BookingsService
  stats: StatsService
}

export function registerInstrumentRoutes(app: FastifyInstance, services: InstrumentServices) {
  defineRoutes(app, { tags: ['instruments'] }, [
    ...catalogueRoutes(services),
    ...calendarRoutes(services.instruments),
    ...ownerPolicyRoutes(services.bookings),
    ...bookingRoutes(services.bookings),
    ...bookingChangeRoutes(services.bookings),
  ])
}

/** The catalogue, with the sharing statistics and grade levels of its instruments. */
function catalogueRoutes(services: { instruments: InstrumentsService; stats: StatsService }): Route[] {
  const { instruments, stats } = services
  return [
    get(
      '/api/instruments',
      {
        summary: 'The shared catalogue: search in Chinese or English, filters, and "free between A and B"',
        querystring: schemas.InstrumentQuery,
        ok: schemas.InstrumentPage,
      },
      async (request) => presentPage(await instruments.listInstruments(request.query), presentInstrument),
    ),
    get(
      '/api/instruments/stats',
      {
        summary:
          'Sharing statistics by instrument, owner or city: hours, sharing rate, cross-city use, grade',
        querystring: schemas.StatsQuery,
        ok: schemas.Stats,
      },
      async (request) => stats.statistics(request.principal, request.query),
    ),
    get('/api/instruments/grade-levels', { ok: schemas.GradeLevels }, async () => stats.gradeLevels()),
    put(
      '/api/instruments/grade-levels',
      {
        summary: "The corridor's thresholds for the owners' annual grades A–D",
        body: schemas.GradeLevelsBody,
        ok: schemas.GradeLevels,
      },
      async (request) => stats.setGradeLevels(request.principal, request.body),
    ),
    get('/api/instruments/:id', { params: IdParams, ok: schemas.Instrument }, async (request) =>
      presentInstrument(await instruments.getInstrument(request.params.id)),
    ),
    post(
      '/api/instruments',
      {
        summary: 'Publish an instrument with its booking rules (the owner, its city or the corridor office)',
        body: schemas.CreateInstrumentBody,
        created: schemas.Instrument,
      },
      async (request) =>
        presentInstrument(await instruments.createInstrument(request.principal, request.body)),
    ),
    patch(
      '/api/instruments/:id',
      { params: IdParams, body: schemas.UpdateInstrumentBody, ok: schemas.Instrument },
      async (request) =>
        presentInstrument(
          await instruments.updateInstrument(request.principal, request.params.id, request.body),
        ),
    ),
  ]
}

/** An instrument's held slots (as JSON and as an iCalendar feed) and the price of a slot. */
function calendarRoutes(instruments: InstrumentsService): Route[] {
  return [
    get(
      '/api/instruments/:id/calendar',
      {
        summary: 'Held slots between two instants (at most 31 days); only your own bookings are named',
        params: IdParams,
        querystring: schemas.CalendarQuery,
        ok: schemas.InstrumentCalendar,
      },
      async (request) =>
        presentCalendar(await instruments.calendar(request.principal, request.params.id, request.query)),
    ),
    get(
      '/api/instruments/:id/quote',
      {
        summary: 'What a slot would cost the caller (internal or external price)',
        params: IdParams,
        querystring: schemas.QuoteQuery,
        ok: schemas.Quote,
      },
      async (request) => instruments.quote(request.principal, request.params.id, request.query),
    ),
    get(
      '/api/instruments/:id/calendar.ics',
      {
        summary: 'The held slots as an iCalendar feed, from a week ago to eight weeks ahead',
        params: IdParams,
        ok: Type.String(),
      },
      async (request, reply) =>
        reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .send(await instruments.icsFeed(request.params.id, new Date())),
    ),
  ]
}
