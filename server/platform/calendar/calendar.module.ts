// The working-day calendar as a platform module: its public routes, its error codes and the built-in holiday
// schedule ensured at every start.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { defineModule } from '../module'
import { calendarErrors } from './calendar.days'
import { registerCalendarRoutes } from './calendar.routes'
import { createCalendarService, ensureCalendarData } from './calendar.service'

export function createCalendarModule(db: Database) {
  const service = createCalendarService(db)
  return defineModule({
    service,
    name: 'calendar',
    errors: calendarErrors,
    prepare: async (database: Database) => {
      await ensureCalendarData(database)
    },
    registerRoutes(app: FastifyInstance) {
      registerCalendarRoutes(app, service)
    },
  })
}

export type CalendarModule = ReturnType<typeof createCalendarModule>
