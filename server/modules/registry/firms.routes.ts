// Routes of firms: search, a firm, its private figures, and edits.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import type { OrganisationsService } from './organisations.service'
import { presentFirm } from './registry.presenters'
import * as schemas from './registry.schemas'

const tags = ['registry']

export function registerFirmRoutes(instance: FastifyInstance, organisations: OrganisationsService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/firms',
    {
      schema: {
        tags,
        summary: 'Search firms by part of a Chinese or English name or credit code, with filters',
        querystring: schemas.FirmQuery,
        response: { 200: schemas.FirmPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await organisations.listFirms(request.query)
      return { items: page.items.map(presentFirm), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/firms/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Firm, ...errorResponses } } },
    async (request) => presentFirm(await organisations.getFirm(request.params.id)),
  )
  app.get(
    '/api/firms/:id/figures',
    {
      schema: {
        tags,
        summary:
          "A firm's private figures: the firm, its city's officers and workstation, the corridor office",
        params: IdParams,
        response: { 200: schemas.FirmFigures, ...errorResponses },
      },
    },
    async (request) => organisations.getFirmFigures(request.principal, request.params.id),
  )
  app.post(
    '/api/firms',
    { schema: { tags, body: schemas.CreateFirmBody, response: { 201: schemas.Firm, ...errorResponses } } },
    async (request, reply) =>
      reply.code(201).send(presentFirm(await organisations.createFirm(request.principal, request.body))),
  )
  app.patch(
    '/api/firms/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.UpdateFirmBody,
        response: { 200: schemas.Firm, ...errorResponses },
      },
    },
    async (request) =>
      presentFirm(await organisations.updateFirm(request.principal, request.params.id, request.body)),
  )
}
