// The registry module's public face: other modules use these functions, never its tables.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { defineModule } from '../../platform/module'
import { createOrganisationsService, type OrganisationsOptions } from './organisations.service'
import { registerRegistryRoutes } from './registry.routes'
import { createStructureService } from './registry.service'
import { registryErrors } from './registry.errors'
import { ensureRegistryReferenceData } from './reference/reference-rows'

export function createRegistryModule(
  db: Database,
  options: OrganisationsOptions = { publicCacheMs: 0, searchRefreshMs: 0 },
) {
  const structure = createStructureService(db)
  const organisations = createOrganisationsService(db, structure, options)
  return defineModule({
    structure,
    organisations,
    name: 'registry',
    errors: registryErrors,
    prepare: ensureRegistryReferenceData,
    metrics: [
      {
        name: 'g60_firm_search_picture_entries',
        help: 'Firms held by the in-memory firm search picture (0 when none is loaded)',
        read: () => [{ value: organisations.firmSearchStatus().entries }],
      },
      {
        name: 'g60_firm_search_picture_load_failures',
        help: 'Loads or freshness checks of the firm search picture that failed since start',
        read: () => [{ value: organisations.firmSearchStatus().loadFailures }],
      },
    ],
    close: () => organisations.firmSearchSettled(),
    registerRoutes(app: FastifyInstance) {
      registerRegistryRoutes(app, { structure, organisations })
    },
  })
}

export type RegistryModule = ReturnType<typeof createRegistryModule>
export { isValidCreditCode, completeCreditCode } from './credit-code'
export { cityCodes, cityReferences, industryReferences, referenceFigures } from './reference/reference-data'
/** a city's name in an export's language, by its code (the code itself for an unknown one) */
export { cityNameOf } from './registry.names'
export { ensureRegistryReferenceData } from './reference/reference-rows'
