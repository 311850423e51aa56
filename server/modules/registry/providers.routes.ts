// Routes of service providers and their admission.
import { get, patch, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import type { OrganisationsService } from './organisations.service'
import { presentProvider } from './registry.presenters'
import * as schemas from './registry.schemas'

export function providerRoutes(organisations: OrganisationsService): Route[] {
  return [
    get(
      '/api/providers',
      {
        summary: 'Service providers: labs, test centres, universities, research institutes',
        querystring: schemas.ProviderQuery,
        ok: schemas.ProviderPage,
      },
      async (request) => presentPage(await organisations.listProviders(request.query), presentProvider),
    ),
    get('/api/providers/:id', { params: IdParams, ok: schemas.Provider }, async (request) =>
      presentProvider(await organisations.getProvider(request.params.id)),
    ),
    post('/api/providers', { body: schemas.CreateProviderBody, created: schemas.Provider }, async (request) =>
      presentProvider(await organisations.createProvider(request.principal, request.body)),
    ),
    patch(
      '/api/providers/:id',
      { params: IdParams, body: schemas.UpdateProviderBody, ok: schemas.Provider },
      async (request) =>
        presentProvider(
          await organisations.updateProvider(request.principal, request.params.id, request.body),
        ),
    ),
    post(
      '/api/providers/:id/admission',
      {
        summary:
          'Move a provider through admission: self-evaluation → credit check → 7-day public notice → active; suspend or blacklist with a reason',
        params: IdParams,
        body: schemas.AdmissionBody,
        ok: schemas.Provider,
      },
      async (request) =>
        presentProvider(
          await organisations.changeAdmission(request.principal, request.params.id, request.body),
        ),
    ),
  ]
}
