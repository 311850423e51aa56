// Routes of the clearing report between the cities' treasuries.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses } from '../../platform/http/schemas'
import type { ClearingService } from './clearing.service'
import * as schemas from './redemptions.schemas'
import { FileResponse, sendFile } from './vouchers.replies'

const tags = ['vouchers']

export function registerClearingRoutes(instance: FastifyInstance, clearing: ClearingService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/clearing',
    {
      schema: {
        tags,
        summary: 'Approved redemptions by issuing city × provider city, and net positions between treasuries',
        querystring: schemas.ClearingQuery,
        response: { 200: schemas.ClearingReport, ...errorResponses },
      },
    },
    async (request) => clearing.report(request.principal, request.query),
  )
  app.get(
    '/api/clearing/export',
    {
      schema: {
        tags,
        summary: 'The clearing report as CSV',
        querystring: schemas.ClearingQuery,
        response: { 200: FileResponse, ...errorResponses },
      },
    },
    async (request, reply) => sendFile(reply, await clearing.exportReport(request.principal, request.query)),
  )
}
