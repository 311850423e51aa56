// Routes of financing needs and their ranked matches.
import { exportRoute, exportRowsMax } from '../../platform/export'
import { presentListPage } from '../../platform/http/list'
import { get, post, type Route } from '../../platform/http/routes'
import { IdParams } from '../../platform/http/schemas'
import { presentListedNeed, presentNeed } from './finance.presenters'
import * as schemas from './finance.schemas'
import type { NeedsService } from './needs.service'

export function needRoutes(needs: NeedsService): Route[] {
  return [
    get(
      '/api/financing-needs',
      {
        operationId: 'listFinancingNeeds',
        summary: 'List financing needs',
        description:
          "A firm sees its own needs, officers and workstations their city's, the corridor office all; each with its firm named, newest first unless sorted, paged, counted and filtered.",
        querystring: schemas.NeedQuery,
        ok: schemas.NeedPage,
      },
      async (request) =>
        presentListPage(await needs.listNeeds(request.principal, request.query), presentListedNeed),
    ),
    exportRoute(
      '/api/financing-needs/export',
      {
        operationId: 'exportFinancingNeeds',
        summary: 'The financing needs list as CSV or an Excel workbook',
        description: `Whoever may list the needs: the same filters and order as the list, at most ${exportRowsMax} rows, with firm and city names and amounts in yuan.`,
        querystring: schemas.NeedExportQuery,
      },
      async (request, rowsMax) => needs.exportNeeds(request.principal, request.query, rowsMax),
    ),
    get(
      '/api/financing-needs/:id',
      {
        operationId: 'getFinancingNeed',
        summary: 'Get a financing need',
        description: 'The firm, officers and workstations of its city, and the corridor office.',
        params: IdParams,
        ok: schemas.ListedNeed,
      },
      async (request) => presentListedNeed(await needs.getNeed(request.principal, request.params.id)),
    ),
    post(
      '/api/financing-needs',
      {
        operationId: 'createFinancingNeed',
        summary: 'Post a financing need',
        description: "A firm for itself, or a workstation of the firm's city on its behalf.",
        body: schemas.CreateNeedBody,
        created: schemas.Need,
      },
      async (request) => presentNeed(await needs.createNeed(request.principal, request.body)),
    ),
    get(
      '/api/financing-needs/:id/matches',
      {
        operationId: 'listFinancingNeedMatches',
        summary:
          'Products that pass every hard condition, ranked with reasons; near misses with what they failed',
        description: 'The firm, officers and workstations of its city, and the corridor office.',
        params: IdParams,
        ok: schemas.NeedMatches,
      },
      async (request) => needs.matchesForNeed(request.principal, request.params.id),
    ),
  ]
}
