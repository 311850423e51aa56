// Routes of the cities' voucher schemes and the appropriations that fund them.
import { get, patch, post, type Route } from '../../platform/http/routes'
import { IdParams, PageQuery, presentPage, StrictObject } from '../../platform/http/schemas'
import type { SchemesService } from './schemes.service'
import { presentAppropriation, presentScheme } from './vouchers.presenters'
import * as schemas from './vouchers.schemas'

const PageOnlyQuery = StrictObject({ ...PageQuery })

export function schemeRoutes(schemes: SchemesService): Route[] {
  return [
    get(
      '/api/voucher-schemes',
      {
        summary: "The cities' voucher schemes with their budgets",
        querystring: schemas.SchemeQuery,
        ok: schemas.SchemePage,
      },
      async (request) => presentPage(await schemes.listSchemes(request.query), presentScheme),
    ),
    get('/api/voucher-schemes/:id', { params: IdParams, ok: schemas.Scheme }, async (request) =>
      presentScheme(await schemes.getScheme(request.params.id)),
    ),
    post(
      '/api/voucher-schemes',
      {
        summary: 'Create a scheme of a city (its officers or the corridor office)',
        body: schemas.CreateSchemeBody,
        created: schemas.Scheme,
      },
      async (request) => presentScheme(await schemes.createScheme(request.principal, request.body)),
    ),
    patch(
      '/api/voucher-schemes/:id',
      { params: IdParams, body: schemas.UpdateSchemeBody, ok: schemas.Scheme },
      async (request) =>
        presentScheme(await schemes.updateScheme(request.principal, request.params.id, request.body)),
    ),
    get(
      '/api/voucher-schemes/:id/appropriations',
      { params: IdParams, querystring: PageOnlyQuery, ok: schemas.AppropriationPage },
      async (request) =>
        presentPage(await schemes.listAppropriations(request.params.id, request.query), presentAppropriation),
    ),
    post(
      '/api/voucher-schemes/:id/appropriations',
      {
        summary: "Fund the scheme's budget: a ledger transfer from the city's appropriation source",
        params: IdParams,
        body: schemas.CreateAppropriationBody,
        created: schemas.AppropriationResult,
      },
      async (request) => {
        const result = await schemes.appropriate(request.principal, request.params.id, request.body)
        return {
          appropriation: presentAppropriation(result.appropriation),
          scheme: presentScheme(result.scheme),
        }
      },
    ),
  ]
}
