// Routes of the industry taxonomy.
import { get, patch, post, type Route } from '../../platform/http/routes'
import { presentIndustry } from './registry.presenters'
import * as schemas from './registry.schemas'
import type { StructureService } from './registry.service'

export function industryRoutes(structure: StructureService): Route[] {
  return [
    get(
      '/api/industries',
      {
        operationId: 'listIndustries',
        summary: 'The 6+X taxonomy and the 7 key alliance industries',
        description: 'Anyone: the industry taxonomy the registry classifies firms by.',
        querystring: schemas.IndustryQuery,
        ok: schemas.IndustryPage,
      },
      async (request) => ({
        items: (await structure.listIndustries(request.query.taxonomy)).map(presentIndustry),
      }),
    ),
    get(
      '/api/industries/:code',
      {
        operationId: 'getIndustry',
        summary: 'Get an industry',
        description: 'Anyone: one industry of the taxonomy by its code.',
        params: schemas.CodeParams,
        ok: schemas.Industry,
      },
      async (request) => presentIndustry(await structure.getIndustry(request.params.code)),
    ),
    post(
      '/api/industries',
      {
        operationId: 'createIndustry',
        summary: 'Add an industry',
        description: 'The corridor office only: adds an industry to the taxonomy.',
        body: schemas.CreateIndustryBody,
        created: schemas.Industry,
      },
      async (request) => presentIndustry(await structure.createIndustry(request.principal, request.body)),
    ),
    patch(
      '/api/industries/:code',
      {
        operationId: 'updateIndustry',
        summary: 'Update an industry',
        description: "The corridor office only: changes an industry's names or place in the taxonomy.",
        params: schemas.CodeParams,
        body: schemas.UpdateIndustryBody,
        ok: schemas.Industry,
      },
      async (request) => {
        const updated = await structure.updateIndustry(request.principal, request.params.code, request.body)
        return presentIndustry(updated ?? (await structure.getIndustry(request.params.code)))
      },
    ),
  ]
}
