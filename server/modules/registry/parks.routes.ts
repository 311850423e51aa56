// Routes of the corridor's parks.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import { presentPark } from './registry.presenters'
import * as schemas from './registry.schemas'
import type { StructureService } from './registry.service'

const tags = ['registry']

export function registerParkRoutes(instance: FastifyInstance, structure: StructureService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/parks',
    {
      schema: {
        tags,
        querystring: schemas.ParkQuery,
        response: { 200: schemas.ParkPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await structure.listParks(request.query)
      return { items: page.items.map(presentPark), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/parks/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Park, ...errorResponses } } },
    async (request) => presentPark(await structure.getPark(request.params.id)),
  )
  app.post(
    '/api/parks',
    { schema: { tags, body: schemas.CreateParkBody, response: { 201: schemas.Park, ...errorResponses } } },
    async (request, reply) =>
      reply.code(201).send(presentPark(await structure.createPark(request.principal, request.body))),
  )
  app.patch(
    '/api/parks/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.UpdateParkBody,
        response: { 200: schemas.Park, ...errorResponses },
      },
    },
    async (request) =>
      presentPark(await structure.updatePark(request.principal, request.params.id, request.body)),
  )
}
