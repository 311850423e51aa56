// Routes of financing needs and their ranked matches.
import { get, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import { presentNeed } from './finance.presenters'
import * as schemas from './finance.schemas'
import type { NeedsService } from './needs.service'

export function needRoutes(needs: NeedsService): Route[] {
  return [
    get('/api/financing-needs', { querystring: schemas.NeedQuery, ok: schemas.NeedPage }, async (request) =>
      presentPage(await needs.listNeeds(request.principal, request.query), presentNeed),
    ),
    get('/api/financing-needs/:id', { params: IdParams, ok: schemas.Need }, async (request) =>
      presentNeed(await needs.getNeed(request.principal, request.params.id)),
    ),
    post('/api/financing-needs', { body: schemas.CreateNeedBody, created: schemas.Need }, async (request) =>
      presentNeed(await needs.createNeed(request.principal, request.body)),
    ),
    get(
      '/api/financing-needs/:id/matches',
      {
        summary:
          'Products that pass every hard condition, ranked with reasons; near misses with what they failed',
        params: IdParams,
        ok: schemas.NeedMatches,
      },
      async (request) => needs.matchesForNeed(request.principal, request.params.id),
    ),
  ]
}
