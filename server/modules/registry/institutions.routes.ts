// Routes of the financial institutions.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import type { OrganisationsService } from './organisations.service'
import { presentInstitution } from './registry.presenters'
import * as schemas from './registry.schemas'

const tags = ['registry']

export function registerInstitutionRoutes(instance: FastifyInstance, organisations: OrganisationsService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/institutions',
    {
      schema: {
        tags,
        summary: "Institutions of the corridor's financial services alliance",
        querystring: schemas.InstitutionQuery,
        response: { 200: schemas.InstitutionPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await organisations.listInstitutions(request.query)
      return { items: page.items.map(presentInstitution), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/institutions/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Institution, ...errorResponses } } },
    async (request) => presentInstitution(await organisations.getInstitution(request.params.id)),
  )
  app.post(
    '/api/institutions',
    {
      schema: {
        tags,
        body: schemas.CreateInstitutionBody,
        response: { 201: schemas.Institution, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentInstitution(await organisations.createInstitution(request.principal, request.body))),
  )
  app.patch(
    '/api/institutions/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.UpdateInstitutionBody,
        response: { 200: schemas.Institution, ...errorResponses },
      },
    },
    async (request) =>
      presentInstitution(
        await organisations.updateInstitution(request.principal, request.params.id, request.body),
      ),
  )
}
