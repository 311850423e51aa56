// Routes of settlement runs: their payment batches and the exports of them.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import { presentSettlementPayment, presentSettlementRun } from './redemptions.presenters'
import * as schemas from './redemptions.schemas'
import type { SettlementsService } from './settlements.service'
import { FileResponse, sendFile } from './vouchers.replies'

const tags = ['vouchers']

export function registerSettlementRoutes(instance: FastifyInstance, settlements: SettlementsService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/settlements',
    {
      schema: {
        tags,
        summary: "Settlement runs: the caller's city's, or every city's for the corridor office",
        querystring: schemas.SettlementQuery,
        response: { 200: schemas.SettlementRunPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await settlements.listRuns(request.principal, request.query)
      return { items: page.items.map(presentSettlementRun), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/settlements/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.SettlementRun, ...errorResponses } } },
    async (request) => presentSettlementRun(await settlements.getRun(request.principal, request.params.id)),
  )
  app.get(
    '/api/settlements/:id/payments',
    {
      schema: {
        tags,
        summary: "The run's payment batch: one line per payee",
        params: IdParams,
        querystring: schemas.SettlementQuery,
        response: { 200: schemas.SettlementPaymentPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await settlements.listPayments(request.principal, request.params.id, request.query)
      return { items: page.items.map(presentSettlementPayment), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/settlements/:id/export',
    {
      schema: {
        tags,
        summary: 'The payment batch as CSV (UTF-8) or an Excel workbook with the redemptions it pays',
        params: IdParams,
        querystring: schemas.ExportQuery,
        response: { 200: FileResponse, ...errorResponses },
      },
    },
    async (request, reply) =>
      sendFile(
        reply,
        await settlements.exportRun(request.principal, request.params.id, request.query.format ?? 'csv'),
      ),
  )
  app.post(
    '/api/settlements',
    {
      schema: {
        tags,
        summary:
          "Settle a city's approved redemptions for a period (both days included) as one payment batch",
        body: schemas.CreateSettlementBody,
        response: { 201: schemas.SettlementRun, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentSettlementRun(await settlements.createRun(request.principal, request.body))),
  )
}
