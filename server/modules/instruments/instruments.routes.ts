// The instruments module's routes (each part's, in the order of the API document), with the routes of the shared
// catalogue: search, sharing statistics and grade levels, an instrument, its calendar and a quote.
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { defineRoutes, get, patch, post, put, type Route } from '../../platform/http/routes'
import { IdParams } from '../../platform/http/schemas'
import { presentListPage } from '../../platform/http/list'
import { exportRoute, exportRowsMax } from '../../platform/export'
import type { BookingsService } from './bookings.service'
import { bookingChangeRoutes, bookingRoutes, ownerPolicyRoutes } from './bookings.routes'
import {
  presentAvailability,
  presentCalendar,
  presentInstrument,
  presentListedInstrument,
} from './instruments.presenters'
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
        operationId: 'listInstruments',
        summary: 'The shared catalogue: search in Chinese or English, filters, and "free between A and B"',
        description:
          'Anyone: the shared instrument catalogue, paged; can be limited to instruments free in a time window.',
        querystring: schemas.InstrumentQuery,
        ok: schemas.InstrumentPage,
      },
      async (request) =>
        presentListPage(await instruments.listInstruments(request.query), presentListedInstrument),
    ),
    exportRoute(
      '/api/instruments/export',
      {
        operationId: 'exportInstruments',
        summary: 'The instrument search as CSV or an Excel workbook',
        description: `Anyone: the same filters (also "free between A and B") and order as the search, at most ${exportRowsMax} rows, with owners, cities and categories by name in the language asked for and values and prices in yuan.`,
        querystring: schemas.InstrumentExportQuery,
      },
      async (request, rowsMax) => instruments.exportInstruments(request.query, rowsMax),
    ),
    get(
      '/api/instruments/stats',
      {
        operationId: 'getInstrumentStatistics',
        summary:
          'Sharing statistics by instrument, owner or city: hours, sharing rate, cross-city use, grade',
        description:
          'City officers and the corridor office see every owner; a provider sees its own instruments.',
        querystring: schemas.StatsQuery,
        ok: schemas.Stats,
      },
      async (request) => stats.statistics(request.principal, request.query),
    ),
    exportRoute(
      '/api/instruments/stats/export',
      {
        operationId: 'exportInstrumentStatistics',
        summary: 'The sharing statistics as CSV or an Excel workbook',
        description:
          'Whoever may read the statistics: the same period, grouping and filters, with names and cities in the language asked for, hours as numbers and income in yuan.',
        querystring: schemas.StatsExportQuery,
      },
      async (request) => stats.exportStatistics(request.principal, request.query),
    ),
    get(
      '/api/instruments/grade-levels',
      {
        operationId: 'getInstrumentGradeLevels',
        summary: "Get the thresholds of the owners' grades",
        description: 'Anyone: the thresholds that grade instrument owners A to D each year.',
        ok: schemas.GradeLevels,
      },
      async () => stats.gradeLevels(),
    ),
    put(
      '/api/instruments/grade-levels',
      {
        operationId: 'setInstrumentGradeLevels',
        summary: "The corridor's thresholds for the owners' annual grades A–D",
        description: "The corridor office only: sets the thresholds for the owners' annual grades A–D.",
        body: schemas.GradeLevelsBody,
        ok: schemas.GradeLevels,
      },
      async (request) => stats.setGradeLevels(request.principal, request.body),
    ),
    get(
      '/api/instruments/:id',
      {
        operationId: 'getInstrument',
        summary: 'Get an instrument',
        description: 'Anyone: one instrument with its booking rules and prices.',
        params: IdParams,
        ok: schemas.Instrument,
      },
      async (request) => presentInstrument(await instruments.getInstrument(request.params.id)),
    ),
    post(
      '/api/instruments',
      {
        operationId: 'createInstrument',
        summary: 'Publish an instrument with its booking rules (the owner, its city or the corridor office)',
        description:
          "The owning provider, a city officer of the owner's city, or the corridor office. Opening hours default to Monday–Friday 09:00–17:30, closed on public holidays; periods must close after they open, on whole half hours, without overlaps (OPENING_HOURS_INVALID otherwise).",
        body: schemas.CreateInstrumentBody,
        created: schemas.Instrument,
      },
      async (request) =>
        presentInstrument(await instruments.createInstrument(request.principal, request.body)),
    ),
    patch(
      '/api/instruments/:id',
      {
        operationId: 'updateInstrument',
        summary: 'Update an instrument',
        description:
          'The owning provider, a city officer of its city, or the corridor office. Opening hours given replace the whole week (OPENING_HOURS_INVALID when a period closes before it opens, is off the half hour or overlaps another); bookings already made are kept.',
        params: IdParams,
        body: schemas.UpdateInstrumentBody,
        ok: schemas.Instrument,
      },
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
        operationId: 'getInstrumentCalendar',
        summary: 'Held slots between two instants (at most 31 days); only your own bookings are named',
        description:
          "Anyone: the instrument's held slots in a window of at most 31 days; only the caller's own bookings carry their id.",
        params: IdParams,
        querystring: schemas.CalendarQuery,
        ok: schemas.InstrumentCalendar,
      },
      async (request) =>
        presentCalendar(await instruments.calendar(request.principal, request.params.id, request.query)),
    ),
    get(
      '/api/instruments/:id/availability',
      {
        operationId: 'getInstrumentAvailability',
        summary: 'What the caller can book, half hour by half hour, over at most 14 days',
        description:
          'A firm or provider user: for each half hour of the window, whether a booking of the given length (default an hour) starting there would be accepted, and if not why (lead time, closed, duration, outside the opening hours, blacklist, quota, taken) with the refusal code; consecutive half hours with the same answer form one interval. The rules are those every booking request is held to, for the caller and their organisation.',
        params: IdParams,
        querystring: schemas.AvailabilityQuery,
        ok: schemas.InstrumentAvailability,
      },
      async (request) =>
        presentAvailability(
          await instruments.availability(request.principal, request.params.id, request.query),
        ),
    ),
    get(
      '/api/instruments/:id/quote',
      {
        operationId: 'quoteInstrumentSlot',
        summary: 'What a slot would cost the caller (internal or external price)',
        description:
          "Anyone: the price the caller would pay for a slot, the internal price for the owner's own organisation and the external one otherwise.",
        params: IdParams,
        querystring: schemas.QuoteQuery,
        ok: schemas.Quote,
      },
      async (request) => instruments.quote(request.principal, request.params.id, request.query),
    ),
    get(
      '/api/instruments/:id/calendar.ics',
      {
        operationId: 'getInstrumentCalendarFeed',
        summary: 'The held slots as an iCalendar feed, from a week ago to eight weeks ahead',
        description:
          "Anyone: the instrument's held slots for a calendar application, without bookers' names.",
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
