// Routes of the financial institutions.
import { get, patch, post, type Route } from '../../platform/http/routes'
import { exportRoute, exportRowsMax } from '../../platform/export'
import { presentListPage } from '../../platform/http/list'
import { IdParams } from '../../platform/http/schemas'
import type { OrganisationsService } from './organisations.service'
import { presentInstitution } from './registry.presenters'
import * as schemas from './registry.schemas'

export function institutionRoutes(organisations: OrganisationsService): Route[] {
  return [
    get(
      '/api/institutions',
      {
        operationId: 'listInstitutions',
        summary: "Institutions of the corridor's financial services alliance",
        description:
          'Anyone: banks, guarantors, insurers and investors of the financial services alliance, by name unless sorted otherwise, counted and paged.',
        querystring: schemas.InstitutionQuery,
        ok: schemas.InstitutionPage,
      },
      async (request) =>
        presentListPage(await organisations.listInstitutions(request.query), presentInstitution),
    ),
    exportRoute(
      '/api/institutions/export',
      {
        operationId: 'exportInstitutions',
        summary: 'The institutions list as CSV or an Excel workbook',
        description: `Anyone: the same filters and order as the list, at most ${exportRowsMax} rows, with kinds and cities by name.`,
        querystring: schemas.InstitutionExportQuery,
      },
      async (request, rowsMax) => organisations.exportInstitutions(request.query, rowsMax),
    ),
    get(
      '/api/institutions/:id',
      {
        operationId: 'getInstitution',
        summary: 'Get a financial institution',
        description: "Anyone: one institution's registry record.",
        params: IdParams,
        ok: schemas.Institution,
      },
      async (request) => presentInstitution(await organisations.getInstitution(request.params.id)),
    ),
    post(
      '/api/institutions',
      {
        operationId: 'createInstitution',
        summary: 'Register a financial institution',
        description: 'The corridor office only.',
        body: schemas.CreateInstitutionBody,
        created: schemas.Institution,
      },
      async (request) =>
        presentInstitution(await organisations.createInstitution(request.principal, request.body)),
    ),
    patch(
      '/api/institutions/:id',
      {
        operationId: 'updateInstitution',
        summary: 'Update a financial institution',
        description: 'The corridor office, or the institution itself.',
        params: IdParams,
        body: schemas.UpdateInstitutionBody,
        ok: schemas.Institution,
      },
      async (request) =>
        presentInstitution(
          await organisations.updateInstitution(request.principal, request.params.id, request.body),
        ),
    ),
  ]
}
