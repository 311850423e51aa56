// Routes of the workstations' cases.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import type { CasesService } from './cases.service'
import { presentCase, presentCaseWithNotes } from './finance.presenters'
import * as schemas from './finance.schemas'

const tags = ['finance']
const ok = (response: object) => ({ 200: response, ...errorResponses })

export function registerCaseRoutes(instance: FastifyInstance, cases: CasesService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/finance-cases',
    { schema: { tags, querystring: schemas.CaseQuery, response: ok(schemas.CasePage) } },
    async (request) => {
      const page = await cases.listCases(request.principal, request.query)
      return { items: page.items.map(presentCase), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/finance-cases/:id',
    { schema: { tags, params: IdParams, response: ok(schemas.FinanceCase) } },
    async (request) => presentCaseWithNotes(await cases.getCase(request.principal, request.params.id)),
  )
  app.post(
    '/api/finance-cases',
    {
      schema: {
        tags,
        body: schemas.CreateCaseBody,
        response: { 201: schemas.FinanceCase, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentCaseWithNotes(await cases.createCase(request.principal, request.body))),
  )
  app.post(
    '/api/finance-cases/:id/advance',
    {
      schema: {
        tags,
        summary: 'Move a case to its next stage (or close it) with a note',
        params: IdParams,
        body: schemas.AdvanceCaseBody,
        response: ok(schemas.FinanceCase),
      },
    },
    async (request) =>
      presentCaseWithNotes(await cases.advanceCase(request.principal, request.params.id, request.body)),
  )
}
