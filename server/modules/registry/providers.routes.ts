// Routes of service providers and their admission.
import { get, patch, post, type Route } from '../../platform/http/routes'
import { exportRoute, exportRowsMax } from '../../platform/export'
import { presentListPage } from '../../platform/http/list'
import { IdParams } from '../../platform/http/schemas'
import type { OrganisationsService } from './organisations.service'
import { presentProvider } from './registry.presenters'
import * as schemas from './registry.schemas'

export function providerRoutes(organisations: OrganisationsService): Route[] {
  return [
    get(
      '/api/providers',
      {
        operationId: 'listProviders',
        summary: 'Service providers: labs, test centres, universities, research institutes',
        description:
          "Anyone: the registry's service providers with their admission status, by name unless sorted otherwise, counted, paged and filtered; a credit code is found by its beginning.",
        querystring: schemas.ProviderQuery,
        ok: schemas.ProviderPage,
      },
      async (request) => presentListPage(await organisations.listProviders(request.query), presentProvider),
    ),
    exportRoute(
      '/api/providers/export',
      {
        operationId: 'exportProviders',
        summary: 'The providers list as CSV or an Excel workbook',
        description: `Anyone: the same filters and order as the list, at most ${exportRowsMax} rows, with kinds, admission statuses and cities by name.`,
        querystring: schemas.ProviderExportQuery,
      },
      async (request, rowsMax) => organisations.exportProviders(request.query, rowsMax),
    ),
    get(
      '/api/providers/:id',
      {
        operationId: 'getProvider',
        summary: 'Get a service provider',
        description: "Anyone: one provider's registry record and admission status.",
        params: IdParams,
        ok: schemas.Provider,
      },
      async (request) => presentProvider(await organisations.getProvider(request.params.id)),
    ),
    post(
      '/api/providers',
      {
        operationId: 'createProvider',
        summary: 'Register a service provider',
        description:
          'The corridor office, or a city officer for a provider of their own city; admission starts at self-evaluation.',
        body: schemas.CreateProviderBody,
        created: schemas.Provider,
      },
      async (request) => presentProvider(await organisations.createProvider(request.principal, request.body)),
    ),
    patch(
      '/api/providers/:id',
      {
        operationId: 'updateProvider',
        summary: 'Update a service provider',
        description: "The corridor office, a city officer of the provider's city, or the provider itself.",
        params: IdParams,
        body: schemas.UpdateProviderBody,
        ok: schemas.Provider,
      },
      async (request) =>
        presentProvider(
          await organisations.updateProvider(request.principal, request.params.id, request.body),
        ),
    ),
    post(
      '/api/providers/:id/admission',
      {
        operationId: 'changeProviderAdmission',
        summary:
          'Move a provider through admission: self-evaluation → credit check → 7-day public notice → active; suspend or blacklist with a reason',
        description:
          'The provider submits its self-evaluation; officers of its city or the corridor office take the later steps. Suspending or blacklisting needs a reason.',
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
