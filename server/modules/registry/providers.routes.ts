// Routes of service providers and their admission.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import type { OrganisationsService } from './organisations.service'
import { presentProvider } from './registry.presenters'
import * as schemas from './registry.schemas'

const tags = ['registry']

export function registerProviderRoutes(instance: FastifyInstance, organisations: OrganisationsService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/providers',
    {
      schema: {
        tags,
        summary: 'Service providers: labs, test centres, universities, research institutes',
        querystring: schemas.ProviderQuery,
        response: { 200: schemas.ProviderPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await organisations.listProviders(request.query)
      return { items: page.items.map(presentProvider), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/providers/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Provider, ...errorResponses } } },
    async (request) => presentProvider(await organisations.getProvider(request.params.id)),
  )
  app.post(
    '/api/providers',
    {
      schema: {
        tags,
        body: schemas.CreateProviderBody,
        response: { 201: schemas.Provider, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentProvider(await organisations.createProvider(request.principal, request.body))),
  )
  app.patch(
    '/api/providers/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.UpdateProviderBody,
        response: { 200: schemas.Provider, ...errorResponses },
      },
    },
    async (request) =>
      presentProvider(await organisations.updateProvider(request.principal, request.params.id, request.body)),
  )
  app.post(
    '/api/providers/:id/admission',
    {
      schema: {
        tags,
        summary:
          'Move a provider through admission: self-evaluation → credit check → 7-day public notice → active; suspend or blacklist with a reason',
        params: IdParams,
        body: schemas.AdmissionBody,
        response: { 200: schemas.Provider, ...errorResponses },
      },
    },
    async (request) =>
      presentProvider(
        await organisations.changeAdmission(request.principal, request.params.id, request.body),
      ),
  )
}
