// The registry's registrars (each resource's routes, in the order of the API document), with the route of the
// corridor's summary figures.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { registerAllianceRoutes } from './alliances.routes'
import { registerCityRoutes } from './cities.routes'
import { registerFirmRoutes } from './firms.routes'
import { registerIndustryRoutes } from './industries.routes'
import { registerInstitutionRoutes } from './institutions.routes'
import type { OrganisationsService } from './organisations.service'
import { registerParkRoutes } from './parks.routes'
import { registerProviderRoutes } from './providers.routes'
import * as schemas from './registry.schemas'
import type { StructureService } from './registry.service'

export function registerStructureRoutes(app: FastifyInstance, structure: StructureService) {
  registerSummaryRoutes(app, structure)
  registerCityRoutes(app, structure)
  registerIndustryRoutes(app, structure)
  registerParkRoutes(app, structure)
  registerAllianceRoutes(app, structure)
}

export function registerOrganisationRoutes(app: FastifyInstance, organisations: OrganisationsService) {
  registerFirmRoutes(app, organisations)
  registerInstitutionRoutes(app, organisations)
  registerProviderRoutes(app, organisations)
}

function registerSummaryRoutes(instance: FastifyInstance, structure: StructureService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const tags = ['registry']
  app.get(
    '/api/registry/summary',
    {
      schema: {
        tags,
        summary: "The corridor's key figures, counted from the database",
        response: { 200: schemas.RegistrySummary },
      },
    },
    async () => structure.summary(),
  )
}
