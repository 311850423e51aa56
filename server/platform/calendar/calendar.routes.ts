// Public, read-only routes: the calendar's exceptions and working-day arithmetic.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { DateOnly, errorResponses, StrictObject } from '../http/schemas'
import { dayKinds, workingDaysAddMax } from './calendar.days'
import type { CalendarService } from './calendar.service'

const CalendarYear = Type.Integer({ minimum: 2000, maximum: 2100, description: 'e.g. 2026' })

const CalendarDaysQuery = StrictObject({ year: CalendarYear })

const CalendarDay = Type.Object({
  day: DateOnly,
  kind: Type.Enum(dayKinds, { description: "'holiday': a day off; 'workday': a make-up working day (调休)" }),
  nameZh: Type.String(),
  nameEn: Type.String(),
})

const CalendarDaysResponse = Type.Object({ year: Type.Integer(), items: Type.Array(CalendarDay) })

const WorkingDaysQuery = StrictObject({
  from: DateOnly,
  add: Type.Integer({
    minimum: 0,
    maximum: workingDaysAddMax,
    description: 'Working days to add; 0 gives the first working day on or after `from`',
  }),
})

const WorkingDaysResponse = Type.Object({
  from: DateOnly,
  add: Type.Integer(),
  result: Type.String({ format: 'date', description: 'The working day reached' }),
})

export function registerCalendarRoutes(instance: FastifyInstance, calendar: CalendarService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const tags = ['calendar']

  app.get(
    '/api/calendar/days',
    {
      schema: {
        tags,
        summary: "A year's public holidays and make-up working days (weekends are off unless listed)",
        querystring: CalendarDaysQuery,
        response: { 200: CalendarDaysResponse, ...errorResponses },
      },
    },
    async (request) => ({ year: request.query.year, items: await calendar.listDays(request.query.year) }),
  )

  app.get(
    '/api/calendar/working-days',
    {
      schema: {
        tags,
        summary: 'The day reached by adding working days to a date (the start day itself is not counted)',
        querystring: WorkingDaysQuery,
        response: { 200: WorkingDaysResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { from, add } = request.query
      return { from, add, result: await calendar.addWorkingDays(from, add) }
    },
  )
}
