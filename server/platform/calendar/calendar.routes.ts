// The calendar's routes: its exceptions and working-day arithmetic (public), and the corridor office's edit of a year.
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { defineRoutes, get, put } from '../http/routes'
import { DateOnly, Nullable, StrictObject, Timestamp } from '../http/schemas'
import type { CalendarEditing } from './calendar.editing'
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

const YearBody = StrictObject({
  source: Type.String({ minLength: 1, maxLength: 500, description: 'The notice the days come from' }),
  provisional: Type.Optional(Type.Boolean({ description: 'Derived until the official notice is published' })),
  days: Type.Array(
    StrictObject({
      day: DateOnly,
      kind: Type.Enum(dayKinds),
      nameZh: Type.String({ minLength: 1, maxLength: 50 }),
      nameEn: Type.String({ minLength: 1, maxLength: 100 }),
    }),
    { maxItems: 366 },
  ),
})

const YearChange = Type.Object({
  year: Type.Integer(),
  days: Type.Array(CalendarDay),
  changedDays: Type.Array(DateOnly, {
    description: 'Days whose working status changed: clocks over them moved',
  }),
})

const CalendarYears = Type.Object({
  items: Type.Array(
    Type.Object({
      year: Type.Integer(),
      source: Type.String(),
      isProvisional: Type.Boolean(),
      updatedByUserId: Nullable(Type.String()),
      updatedAt: Timestamp,
    }),
  ),
})

export function registerCalendarRoutes(
  app: FastifyInstance,
  calendar: CalendarService,
  editing: CalendarEditing,
) {
  defineRoutes(app, { tags: ['calendar'] }, [
    get(
      '/api/calendar/years',
      {
        operationId: 'listCalendarYears',
        summary: 'The years the calendar holds, with their sources',
        description:
          'Anyone: which years of the working-day calendar are loaded and where their holidays come from.',
        ok: CalendarYears,
      },
      async () => ({
        items: (await calendar.years()).map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() })),
      }),
    ),
    put(
      '/api/calendar/days',
      {
        operationId: 'replaceCalendarYear',
        summary:
          "Replace a year's holidays and make-up working days (the corridor office); clocks over changed days move",
        description:
          "The corridor office only: replaces a year's holidays and make-up days; deadlines that counted over changed days are recomputed.",
        querystring: CalendarDaysQuery,
        body: YearBody,
        ok: YearChange,
      },
      async (request) =>
        editing.replaceYear(request.principal, { year: request.query.year, ...request.body }),
    ),
    get(
      '/api/calendar/days',
      {
        operationId: 'listCalendarDays',
        summary: "A year's public holidays and make-up working days (weekends are off unless listed)",
        description: "Anyone: a year's public holidays and make-up working days.",
        querystring: CalendarDaysQuery,
        ok: CalendarDaysResponse,
      },
      async (request) => ({ year: request.query.year, items: await calendar.listDays(request.query.year) }),
    ),
    get(
      '/api/calendar/working-days',
      {
        operationId: 'addWorkingDays',
        summary: 'The day reached by adding working days to a date (the start day itself is not counted)',
        description: "Anyone: the day a working-day deadline falls on, as the platform's clocks count it.",
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
