// The registry's routes: each resource's, in the order of the API document, with the route of the corridor's
// summary figures.
import type { FastifyInstance } from 'fastify'
import { defineRoutes, get } from '../../platform/http/routes'
import { allianceRoutes } from './alliances.routes'
import { cityRoutes } from './cities.routes'
import { firmRoutes } from './firms.routes'
import { industryRoutes } from './industries.routes'
import { institutionRoutes } from './institutions.routes'
import type { OrganisationsService } from './organisations.service'
import { parkRoutes } from './parks.routes'
import { providerRoutes } from './providers.routes'
import * as schemas from './registry.schemas'
import type { StructureService } from './registry.service'

export function registerRegistryRoutes(
  app: FastifyInstance,
  services: { structure: StructureService; organisations: OrganisationsService },
) {
  const { structure, organisations } = services
  defineRoutes(app, { tags: ['registry'] }, [
    get(
      '/api/registry/summary',
      {
        operationId: 'getRegistrySummary',
        summary: "The corridor's key figures, counted from the database",
        description: "Anyone: the corridor's headline counts, computed from the registry on each request.",
        ok: schemas.RegistrySummary,
        errors: false,
      },
      async () => structure.summary(),
    ),
    ...cityRoutes(structure),
    ...industryRoutes(structure),
    ...parkRoutes(structure),
    ...allianceRoutes(structure),
    ...firmRoutes(organisations),
    ...institutionRoutes(organisations),
    ...providerRoutes(organisations),
  ])
}
