// Routes of financing needs and their ranked matches.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import { presentNeed } from './finance.presenters'
import * as schemas from './finance.schemas'
import type { NeedsService } from './needs.service'

const tags = ['finance']
const ok = (response: object) => ({ 200: response, ...errorResponses })

export function registerNeedRoutes(instance: FastifyInstance, needs: NeedsService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/financing-needs',
    { schema: { tags, querystring: schemas.NeedQuery, response: ok(schemas.NeedPage) } },
    async (request) => {
      const page = await needs.listNeeds(request.principal, request.query)
      return { items: page.items.map(presentNeed), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/financing-needs/:id',
    { schema: { tags, params: IdParams, response: ok(schemas.Need) } },
    async (request) => presentNeed(await needs.getNeed(request.principal, request.params.id)),
  )
  app.post(
    '/api/financing-needs',
    { schema: { tags, body: schemas.CreateNeedBody, response: { 201: schemas.Need, ...errorResponses } } },
    async (request, reply) =>
      reply.code(201).send(presentNeed(await needs.createNeed(request.principal, request.body))),
  )
  app.get(
    '/api/financing-needs/:id/matches',
    {
      schema: {
        tags,
        summary:
          'Products that pass every hard condition, ranked with reasons; near misses with what they failed',
        params: IdParams,
        response: ok(schemas.NeedMatches),
      },
    },
    async (request) => needs.matchesForNeed(request.principal, request.params.id),
  )
}
