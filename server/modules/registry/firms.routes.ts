// Routes of firms: search, a firm, its private figures, and edits.
import { get, patch, post, type Route } from '../../platform/http/routes'
import { exportRoute, exportRowsMax } from '../../platform/export'
import { presentListPage } from '../../platform/http/list'
import { IdParams } from '../../platform/http/schemas'
import type { OrganisationsService } from './organisations.service'
import { presentFirm, presentFirmListItem } from './registry.presenters'
import * as schemas from './registry.schemas'

export function firmRoutes(organisations: OrganisationsService): Route[] {
  return [
    get(
      '/api/firms',
      {
        operationId: 'listFirms',
        summary:
          'Search firms by part of a Chinese or English name or the beginning of a credit code, with filters',
        description:
          "Anyone: the registry's public firm records with their industry's and park's names, by name unless sorted otherwise, counted and paged; private figures are not included.",
        querystring: schemas.FirmQuery,
        ok: schemas.FirmPage,
      },
      async (request) => presentListPage(await organisations.listFirms(request.query), presentFirmListItem),
    ),
    exportRoute(
      '/api/firms/export',
      {
        operationId: 'exportFirms',
        summary: 'The firms list as CSV or an Excel workbook',
        description: `Anyone: the same filters and order as the list, at most ${exportRowsMax} rows, with city, industry and park names.`,
        querystring: schemas.FirmExportQuery,
      },
      async (request, rowsMax) => organisations.exportFirms(request.query, rowsMax),
    ),
    get(
      '/api/firms/:id',
      {
        operationId: 'getFirm',
        summary: 'Get a firm',
        description: "Anyone: one firm's public registry record.",
        params: IdParams,
        ok: schemas.Firm,
      },
      async (request) => presentFirm(await organisations.getFirm(request.params.id)),
    ),
    get(
      '/api/firms/:id/figures',
      {
        operationId: 'getFirmFigures',
        summary:
          "A firm's private figures: the firm, its city's officers and workstation, the corridor office",
        description:
          'The firm itself, officers and workstations of its city, and the corridor office: its revenue, R&D and staff figures.',
        params: IdParams,
        ok: schemas.FirmFigures,
      },
      async (request) => organisations.getFirmFigures(request.principal, request.params.id),
    ),
    post(
      '/api/firms',
      {
        operationId: 'createFirm',
        summary: 'Register a firm',
        description:
          'The corridor office, or a city officer for a firm of their own city; the credit code is checked.',
        body: schemas.CreateFirmBody,
        created: schemas.Firm,
      },
      async (request) => presentFirm(await organisations.createFirm(request.principal, request.body)),
    ),
    patch(
      '/api/firms/:id',
      {
        operationId: 'updateFirm',
        summary: 'Update a firm',
        description:
          "The corridor office, a city officer of the firm's city, or the firm itself (which may not change the official fields).",
        params: IdParams,
        body: schemas.UpdateFirmBody,
        ok: schemas.Firm,
      },
      async (request) =>
        presentFirm(await organisations.updateFirm(request.principal, request.params.id, request.body)),
    ),
  ]
}
