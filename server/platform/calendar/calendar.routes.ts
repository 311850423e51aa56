// Public, read-only routes: the calendar's exceptions and working-day arithmetic.
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { defineRoutes, get } from '../http/routes'
import { DateOnly, StrictObject } from '../http/schemas'
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

export function registerCalendarRoutes(app: FastifyInstance, calendar: CalendarService) {
  defineRoutes(app, { tags: ['calendar'] }, [
    get(
      '/api/calendar/days',
      {
        summary: "A year's public holidays and make-up working days (weekends are off unless listed)",
        querystring: CalendarDaysQuery,
        ok: CalendarDaysResponse,
      },
      async (request) => ({ year: request.query.year, items: await calendar.listDays(request.query.year) }),
    ),
    get(
      '/api/calendar/working-days',
      {
        summary: 'The day reached by adding working days to a date (the start day itself is not counted)',
        querystring: WorkingDaysQuery,
        ok: WorkingDaysResponse,
      },
      async (request) => {
        const { from, add } = request.query
        return { from, add, result: await calendar.addWorkingDays(from, add) }
      },
    ),
  ])
}
