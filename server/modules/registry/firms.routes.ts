// Routes of firms: search, a firm, its private figures, and edits.
import { get, patch, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import type { OrganisationsService } from './organisations.service'
import { presentFirm } from './registry.presenters'
import * as schemas from './registry.schemas'

export function firmRoutes(organisations: OrganisationsService): Route[] {
  return [
    get(
      '/api/firms',
      {
        summary: 'Search firms by part of a Chinese or English name or credit code, with filters',
        querystring: schemas.FirmQuery,
        ok: schemas.FirmPage,
      },
      async (request) => presentPage(await organisations.listFirms(request.query), presentFirm),
    ),
    get('/api/firms/:id', { params: IdParams, ok: schemas.Firm }, async (request) =>
      presentFirm(await organisations.getFirm(request.params.id)),
    ),
    get(
      '/api/firms/:id/figures',
      {
        summary:
          "A firm's private figures: the firm, its city's officers and workstation, the corridor office",
        params: IdParams,
        ok: schemas.FirmFigures,
      },
      async (request) => organisations.getFirmFigures(request.principal, request.params.id),
    ),
    post('/api/firms', { body: schemas.CreateFirmBody, created: schemas.Firm }, async (request) =>
      presentFirm(await organisations.createFirm(request.principal, request.body)),
    ),
    patch(
      '/api/firms/:id',
      { params: IdParams, body: schemas.UpdateFirmBody, ok: schemas.Firm },
      async (request) =>
        presentFirm(await organisations.updateFirm(request.principal, request.params.id, request.body)),
    ),
  ]
}
