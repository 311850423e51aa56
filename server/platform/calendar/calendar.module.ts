// The working-day calendar as a platform module: its routes, its error codes, the built-in holiday schedule ensured
// at every start, and the office's edits, which every module that counts working days hears in their transaction.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { defineModule, type CalendarChange } from '../module'
import { createCalendarEditing } from './calendar.editing'
import { calendarErrors } from './calendar.days'
import { registerCalendarRoutes } from './calendar.routes'
import { createCalendarService, ensureCalendarData } from './calendar.service'

export function createCalendarModule(
  db: Database,
  changed: (transaction: Database, change: CalendarChange) => Promise<void>,
) {
  const service = createCalendarService(db)
  const editing = createCalendarEditing(db, changed)
  return defineModule({
    service,
    editing,
    name: 'calendar',
    errors: calendarErrors,
    prepare: async (database: Database) => {
      await ensureCalendarData(database)
    },
    registerRoutes(app: FastifyInstance) {
      registerCalendarRoutes(app, service, editing)
    },
  })
}

export type CalendarModule = ReturnType<typeof createCalendarModule>
