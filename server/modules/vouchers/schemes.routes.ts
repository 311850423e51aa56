// Routes of the cities' voucher schemes and the appropriations that fund them.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams, PageQuery, StrictObject } from '../../platform/http/schemas'
import type { SchemesService } from './schemes.service'
import { presentAppropriation, presentScheme } from './vouchers.presenters'
import * as schemas from './vouchers.schemas'

const tags = ['vouchers']

const PageOnlyQuery = StrictObject({ ...PageQuery })

export function registerSchemeRoutes(instance: FastifyInstance, schemes: SchemesService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/voucher-schemes',
    {
      schema: {
        tags,
        summary: "The cities' voucher schemes with their budgets",
        querystring: schemas.SchemeQuery,
        response: { 200: schemas.SchemePage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await schemes.listSchemes(request.query)
      return { items: page.items.map(presentScheme), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/voucher-schemes/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Scheme, ...errorResponses } } },
    async (request) => presentScheme(await schemes.getScheme(request.params.id)),
  )
  app.post(
    '/api/voucher-schemes',
    {
      schema: {
        tags,
        summary: 'Create a scheme of a city (its officers or the corridor office)',
        body: schemas.CreateSchemeBody,
        response: { 201: schemas.Scheme, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentScheme(await schemes.createScheme(request.principal, request.body))),
  )
  app.patch(
    '/api/voucher-schemes/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.UpdateSchemeBody,
        response: { 200: schemas.Scheme, ...errorResponses },
      },
    },
    async (request) =>
      presentScheme(await schemes.updateScheme(request.principal, request.params.id, request.body)),
  )
  app.get(
    '/api/voucher-schemes/:id/appropriations',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: PageOnlyQuery,
        response: { 200: schemas.AppropriationPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await schemes.listAppropriations(request.params.id, request.query)
      return { items: page.items.map(presentAppropriation), nextCursor: page.nextCursor }
    },
  )
  app.post(
    '/api/voucher-schemes/:id/appropriations',
    {
      schema: {
        tags,
        summary: "Fund the scheme's budget: a ledger transfer from the city's appropriation source",
        params: IdParams,
        body: schemas.CreateAppropriationBody,
        response: { 201: schemas.AppropriationResult, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await schemes.appropriate(request.principal, request.params.id, request.body)
      return reply.code(201).send({
        appropriation: presentAppropriation(result.appropriation),
        scheme: presentScheme(result.scheme),
      })
    },
  )
}
