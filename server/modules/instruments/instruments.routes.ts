// The instruments module's registrar (each part's routes, in the order of the API document), with the routes of the
// shared catalogue: search, sharing statistics and grade levels, an instrument, its calendar and a quote.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import type { BookingsService } from './bookings.service'
import {
  registerBookingChangeRoutes,
  registerBookingRoutes,
  registerOwnerPolicyRoutes,
} from './bookings.routes'
import { presentCalendar, presentInstrument } from './instruments.presenters'
import * as schemas from './instruments.schemas'
import type { InstrumentsService } from './instruments.service'
import type { StatsService } from './stats.service'

export interface InstrumentServices {
  instruments: InstrumentsService
  bookings: BookingsService
  stats: StatsService
}

const tags = ['instruments']

export function registerInstrumentRoutes(app: FastifyInstance, services: InstrumentServices) {
  registerCatalogueRoutes(app, services)
  registerCalendarRoutes(app, services.instruments)
  registerOwnerPolicyRoutes(app, services.bookings)
  registerBookingRoutes(app, services.bookings)
  registerBookingChangeRoutes(app, services.bookings)
}

/** The catalogue, with the sharing statistics and grade levels of its instruments. */
export function registerCatalogueRoutes(
  instance: FastifyInstance,
  services: { instruments: InstrumentsService; stats: StatsService },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { instruments, stats } = services
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
}

/** An instrument's held slots (as JSON and as an iCalendar feed) and the price of a slot. */
export function registerCalendarRoutes(instance: FastifyInstance, instruments: InstrumentsService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
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
}
