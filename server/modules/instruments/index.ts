// The instruments module's public face: the shared catalogue, bookings, violations and sharing statistics.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { groupCommitMetrics } from '../../platform/batching'
import { defineModule, type RecurringJob } from '../../platform/module'
import { createBookingsService } from './bookings.service'
import { instrumentErrors } from './instruments.errors'
import { registerInstrumentRoutes } from './instruments.routes'
import { createInstrumentsService, type InstrumentsRegistryAccess } from './instruments.service'
import { createStatsService } from './stats.service'

export function createInstrumentsModule(db: Database, dependencies: { registry: InstrumentsRegistryAccess }) {
  const instruments = createInstrumentsService(db, dependencies.registry)
  const bookings = createBookingsService(db, dependencies.registry)
  const stats = createStatsService(db)
  /** every ten minutes: approved bookings nobody checked in to within the hour become no-shows */
  const noShows: RecurringJob = {
    kind: 'instruments.mark_no_shows',
    intervalMs: 10 * 60 * 1000,
    firstRunDelayMs: 60_000,
    run: async ({ db: transaction }) => {
      await bookings.markNoShows(transaction)
      return 'later'
    },
  }
  return defineModule({
    instruments,
    bookings,
    stats,
    name: 'instruments',
    errors: instrumentErrors,
    recurringJobs: [noShows],
    metrics: groupCommitMetrics('instrument_booking', bookings.requestStatus),
    close: () => bookings.settled(),
    registerRoutes(app: FastifyInstance) {
      registerInstrumentRoutes(app, { instruments, bookings, stats })
    },
  })
}

export type InstrumentsModule = ReturnType<typeof createInstrumentsModule>
export { instrumentCategories, valueTiers } from './instruments.reference'
