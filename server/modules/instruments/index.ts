// The instruments module's public face: the shared catalogue, bookings, violations and sharing statistics.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { enqueue, ensureScheduled, type JobHandlers } from '../../platform/jobs'
import { createBookingsService } from './bookings.service'
import './instruments.errors'
import { registerInstrumentRoutes } from './instruments.routes'
import { createInstrumentsService, type InstrumentsRegistryAccess } from './instruments.service'
import { createStatsService } from './stats.service'

export const noShowJobKind = 'instruments.mark_no_shows'
const noShowIntervalMs = 10 * 60 * 1000

export function createInstrumentsModule(db: Database, dependencies: { registry: InstrumentsRegistryAccess }) {
  const instruments = createInstrumentsService(db, dependencies.registry)
  const bookings = createBookingsService(db, dependencies.registry)
  const stats = createStatsService(db)
  const jobHandlers: JobHandlers = {
    /** every ten minutes: approved bookings nobody checked in to within the hour become no-shows */
    [noShowJobKind]: async (_payload, { db: transaction }) => {
      await bookings.markNoShows(transaction)
      await enqueue(transaction, noShowJobKind, {}, { runAt: new Date(Date.now() + noShowIntervalMs) })
    },
  }
  return {
    instruments,
    bookings,
    stats,
    jobHandlers,
    registerRoutes(app: FastifyInstance) {
      registerInstrumentRoutes(app, { instruments, bookings, stats })
    },
  }
}

export async function ensureNoShowsScheduled(db: Database): Promise<void> {
  await ensureScheduled(db, noShowJobKind, new Date(Date.now() + 60_000))
}

export type InstrumentsModule = ReturnType<typeof createInstrumentsModule>
export { instrumentCategories, valueTiers } from './instruments.reference'
