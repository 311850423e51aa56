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
        operationId: 'listVoucherSchemes',
        summary: "The cities' voucher schemes with their budgets",
        description:
          "Anyone: the cities' innovation voucher schemes with their budgets, paged and filtered by city and status.",
        querystring: schemas.SchemeQuery,
        ok: schemas.SchemePage,
      },
      async (request) => presentPage(await schemes.listSchemes(request.query), presentScheme),
    ),
    get(
      '/api/voucher-schemes/:id',
      {
        operationId: 'getVoucherScheme',
        summary: 'Get a voucher scheme',
        description: 'Anyone: one scheme with its rules and budget.',
        params: IdParams,
        ok: schemas.Scheme,
      },
      async (request) => presentScheme(await schemes.getScheme(request.params.id)),
    ),
    post(
      '/api/voucher-schemes',
      {
        operationId: 'createVoucherScheme',
        summary: 'Create a scheme of a city (its officers or the corridor office)',
        description: 'The corridor office, or a city officer for a scheme of their own city.',
        body: schemas.CreateSchemeBody,
        created: schemas.Scheme,
      },
      async (request) => presentScheme(await schemes.createScheme(request.principal, request.body)),
    ),
    patch(
      '/api/voucher-schemes/:id',
      {
        operationId: 'updateVoucherScheme',
        summary: 'Update a voucher scheme',
        description: "The corridor office, or a city officer of the scheme's city.",
        params: IdParams,
        body: schemas.UpdateSchemeBody,
        ok: schemas.Scheme,
      },
      async (request) =>
        presentScheme(await schemes.updateScheme(request.principal, request.params.id, request.body)),
    ),
    get(
      '/api/voucher-schemes/:id/appropriations',
      {
        operationId: 'listSchemeAppropriations',
        summary: "List a scheme's appropriations",
        description: 'Anyone: the budget transfers that funded a scheme.',
        params: IdParams,
        querystring: PageOnlyQuery,
        ok: schemas.AppropriationPage,
      },
      async (request) =>
        presentPage(await schemes.listAppropriations(request.params.id, request.query), presentAppropriation),
    ),
    post(
      '/api/voucher-schemes/:id/appropriations',
      {
        operationId: 'appropriateSchemeBudget',
        summary: "Fund the scheme's budget: a ledger transfer from the city's appropriation source",
        description:
          "The corridor office, or a city officer of the scheme's city: moves money from the city's appropriation account to the scheme's budget.",
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
