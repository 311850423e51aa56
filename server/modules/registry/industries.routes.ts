// Routes of the industry taxonomy.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses } from '../../platform/http/schemas'
import { presentIndustry } from './registry.presenters'
import * as schemas from './registry.schemas'
import type { StructureService } from './registry.service'

const tags = ['registry']

export function registerIndustryRoutes(instance: FastifyInstance, structure: StructureService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/industries',
    {
      schema: {
        tags,
        summary: 'The 6+X taxonomy and the 7 key alliance industries',
        querystring: schemas.IndustryQuery,
        response: { 200: schemas.IndustryPage, ...errorResponses },
      },
    },
    async (request) => ({
      items: (await structure.listIndustries(request.query.taxonomy)).map(presentIndustry),
    }),
  )
  app.get(
    '/api/industries/:code',
    { schema: { tags, params: schemas.CodeParams, response: { 200: schemas.Industry, ...errorResponses } } },
    async (request) => presentIndustry(await structure.getIndustry(request.params.code)),
  )
  app.post(
    '/api/industries',
    {
      schema: {
        tags,
        body: schemas.CreateIndustryBody,
        response: { 201: schemas.Industry, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentIndustry(await structure.createIndustry(request.principal, request.body))),
  )
  app.patch(
    '/api/industries/:code',
    {
      schema: {
        tags,
        params: schemas.CodeParams,
        body: schemas.UpdateIndustryBody,
        response: { 200: schemas.Industry, ...errorResponses },
      },
    },
    async (request) => {
      const updated = await structure.updateIndustry(request.principal, request.params.code, request.body)
      return presentIndustry(updated ?? (await structure.getIndustry(request.params.code)))
    },
  )
}
