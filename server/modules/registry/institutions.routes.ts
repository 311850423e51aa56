// Routes of the financial institutions.
import { get, patch, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import type { OrganisationsService } from './organisations.service'
import { presentInstitution } from './registry.presenters'
import * as schemas from './registry.schemas'

export function institutionRoutes(organisations: OrganisationsService): Route[] {
  return [
    get(
      '/api/institutions',
      {
        summary: "Institutions of the corridor's financial services alliance",
        querystring: schemas.InstitutionQuery,
        ok: schemas.InstitutionPage,
      },
      async (request) => presentPage(await organisations.listInstitutions(request.query), presentInstitution),
    ),
    get('/api/institutions/:id', { params: IdParams, ok: schemas.Institution }, async (request) =>
      presentInstitution(await organisations.getInstitution(request.params.id)),
    ),
    post(
      '/api/institutions',
      { body: schemas.CreateInstitutionBody, created: schemas.Institution },
      async (request) =>
        presentInstitution(await organisations.createInstitution(request.principal, request.body)),
    ),
    patch(
      '/api/institutions/:id',
      { params: IdParams, body: schemas.UpdateInstitutionBody, ok: schemas.Institution },
      async (request) =>
        presentInstitution(
          await organisations.updateInstitution(request.principal, request.params.id, request.body),
        ),
    ),
  ]
}
