// The policy matching module's public face (免申即享): policies split into items with CEL rules in dated versions,
// the corridor run that decides every item for every firm and stores what changed with its trace, awards paid
// without application through the vouchers module's ledger, and the calculator.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { defineModule } from '../../platform/module'
import { awardClockJob, createAwardReads, type FirmLookup } from './award-reads.service'
import { createAwards, redateConfirmedAwards } from './awards.service'
import { ensurePolicyCatalogue } from './catalogue-setup'
import { createCatalogue } from './catalogue.service'
import { createRuleVersions } from './rule-versions.service'
import { createDecisions } from './decisions.service'
import { createItemsInForceCache } from './matching'
import { policyErrors } from './policies.errors'
import { registerPoliciesRoutes } from './policies.routes'
import { createRuns } from './runs.service'

export interface PoliciesDependencies {
  registry: FirmLookup
}

/** how long the calculator keeps the compiled items in force */
const itemsInForceTtlMs = 5000

export function createPoliciesModule(db: Database, dependencies: PoliciesDependencies) {
  const inForce = createItemsInForceCache(db, itemsInForceTtlMs)
  const catalogue = createCatalogue(db, dependencies.registry)
  const ruleVersions = createRuleVersions(db, inForce)
  const decisions = createDecisions(db, dependencies.registry, inForce)
  const awards = createAwards(db)
  const awardReads = createAwardReads(db, dependencies.registry)
  const runs = createRuns(db)
  return defineModule({
    catalogue,
    ruleVersions,
    decisions,
    awards,
    awardReads,
    runs,
    name: 'policies',
    errors: policyErrors,
    prepare: (database: Database) => ensurePolicyCatalogue(database),
    jobHandlers: runs.jobHandlers,
    recurringJobs: [runs.nightlyRun, awardClockJob],
    calendarChanged: redateConfirmedAwards,
    registerRoutes(app: FastifyInstance) {
      registerPoliciesRoutes(app, { catalogue, ruleVersions, decisions, awards, awardReads, runs })
    },
  })
}

export type PoliciesModule = ReturnType<typeof createPoliciesModule>
export { runSlice } from './runs.service'
