// The registry module's public face: other modules use these functions, never its tables.
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../db/client'
import { createOrganisationsService, type OrganisationsOptions } from './organisations.service'
import { registerOrganisationRoutes, registerStructureRoutes } from './registry.routes'
import { createStructureService } from './registry.service'
import './registry.errors'

export function createRegistryModule(
  db: Database,
  options: OrganisationsOptions = { publicCacheMs: 0, searchRefreshMs: 0 },
) {
  const structure = createStructureService(db)
  const organisations = createOrganisationsService(db, structure, options)
  return {
    structure,
    organisations,
    registerRoutes(app: FastifyInstance) {
      registerStructureRoutes(app, structure)
      registerOrganisationRoutes(app, organisations)
    },
  }
}

export type RegistryModule = ReturnType<typeof createRegistryModule>
export { isValidCreditCode, completeCreditCode } from './credit-code'
export { cityReferences, industryReferences, referenceFigures } from './reference/reference-data'
