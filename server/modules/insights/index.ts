// The insights module's public face: what crosses city lines, read from every module's flow view into monthly
// matrices with their records; the integration index that answers the critique that collaboration is skin-deep;
// the division of labour between the cities; indicators against targets; the G60 fund; and open data.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { defineModule } from '../../platform/module'
import type { RegistryModule } from '../registry'
import { createFlows } from './flows.service'
import { fundErrors } from './fund.errors'
import { createFund } from './fund.service'
import { indicatorErrors } from './indicators.errors'
import { ensureIndicators } from './indicators-setup'
import { createIndicators } from './indicators.service'
import { insightsErrors } from './insights.errors'
import { registerInsightsRoutes } from './insights.routes'
import { createIntegrationIndex, ensureDefaultWeights } from './integration-index.service'
import { createLabour } from './labour.service'
import { createOpenData } from './open-data.service'
import { fullRefreshJob, recentRefreshJob } from './refresh.service'

export interface InsightsDependencies {
  registry: RegistryModule['organisations']
}

export interface InsightsOptions {
  /** how long a public figure (a matrix, the index) may be served from memory */
  publicCacheMs: number
}

export function createInsightsModule(
  db: Database,
  dependencies: InsightsDependencies,
  options: InsightsOptions,
) {
  const services = {
    db,
    flows: createFlows(db, { cacheMs: options.publicCacheMs }),
    integrationIndex: createIntegrationIndex(db, { cacheMs: options.publicCacheMs }),
    labour: createLabour(db),
    openData: createOpenData(db),
    fund: createFund(db, { registry: dependencies.registry }),
    indicators: createIndicators(db),
  }
  return defineModule({
    ...services,
    name: 'insights',
    errors: { ...insightsErrors, ...indicatorErrors, ...fundErrors },
    async prepare(database: Database) {
      await ensureDefaultWeights(database)
      await ensureIndicators(database)
    },
    recurringJobs: [recentRefreshJob, fullRefreshJob],
    registerRoutes(app: FastifyInstance) {
      registerInsightsRoutes(app, services)
    },
  })
}

export type InsightsModule = ReturnType<typeof createInsightsModule>
export { refreshInsights } from './refresh.service'
