// The finance module's public face: products, scores, needs and matching, consent-gated referrals, workstation cases
// and outcome figures.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { enqueue, type JobHandlers } from '../../platform/jobs'
import { defineModule } from '../../platform/module'
import { createCasesService } from './cases.service'
import { createMatchingCatalogue } from './catalogue'
import { createFiguresService } from './figures.service'
import { financeErrors } from './finance.errors'
import { registerFinanceRoutes } from './finance.routes'
import { createNeedsService } from './needs.service'
import { createProductsService, type FinanceRegistryAccess } from './products.service'
import { createReferralsService } from './referrals.service'
import {
  createScoresService,
  ensureDefaultParameterSet,
  recomputeCursorOf,
  recomputeScoresJobKind,
} from './scores.service'
import { createSuggestionsService } from './suggestions.service'

export function createFinanceModule(db: Database, dependencies: { registry: FinanceRegistryAccess }) {
  const catalogue = createMatchingCatalogue(db)
  const products = createProductsService(db, dependencies.registry, catalogue)
  const scores = createScoresService(db, dependencies.registry)
  const needs = createNeedsService(db, dependencies.registry, scores, catalogue)
  const referrals = createReferralsService(db, dependencies.registry, needs, scores, catalogue)
  const cases = createCasesService(db, dependencies.registry)
  const figures = createFiguresService(db)
  const suggestions = createSuggestionsService(db, dependencies.registry, scores)
  const jobHandlers: JobHandlers = {
    /**
     * When a parameter set takes effect (and after seeding): one slice of firms a run, each its own transaction,
     * queueing the next slice with it, so that requests get the database between slices (the embedded database has
     * one connection) and a stop loses one slice at most.
     */
    [recomputeScoresJobKind]: async (payload, { db: transaction, signal }) => {
      signal.throwIfAborted()
      const done = await suggestions.recomputeSlice(transaction, recomputeCursorOf(payload))
      if (done.lastFirmId !== null) {
        await enqueue(transaction, recomputeScoresJobKind, { afterFirmId: done.lastFirmId })
      }
    },
  }
  const services = { products, scores, needs, referrals, cases, figures, suggestions }
  return defineModule({
    ...services,
    name: 'finance',
    errors: financeErrors,
    jobHandlers,
    prepare: ensureDefaultParameterSet,
    registerRoutes(app: FastifyInstance) {
      registerFinanceRoutes(app, services)
    },
  })
}

export type FinanceModule = ReturnType<typeof createFinanceModule>
export { ensureDefaultParameterSet } from './scores.service'
export { productTypes, indicators } from './finance.reference'
