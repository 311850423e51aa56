// Thin routes for redemption claims, settlement runs and the clearing report.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { Type } from 'typebox'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import type { ClearingService } from './clearing.service'
import { presentRedemption, presentSettlementPayment, presentSettlementRun } from './redemptions.presenters'
import * as schemas from './redemptions.schemas'
import type { RedemptionsService } from './redemptions.service'
import type { ExportFile, SettlementsService } from './settlements.service'

export interface RedemptionServices {
  redemptions: RedemptionsService
  settlements: SettlementsService
  clearing: ClearingService
}

/** A claim carries its deliverable as Base64: up to 5 MB of file in a JSON body. */
const claimBodyLimitBytes = 8 * 1024 * 1024
const FileResponse = Type.String({ description: 'The file itself' })

function sendFile(
  reply: FastifyReply,
  file: ExportFile | { fileName: string; contentType: string; body: Uint8Array },
) {
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .send(typeof file.body === 'string' ? file.body : Buffer.from(file.body))
}

export function registerRedemptionRoutes(instance: FastifyInstance, services: RedemptionServices) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { redemptions, settlements, clearing } = services
  const tags = ['vouchers']

  // ---- redemptions ----
  app.get(
    '/api/redemptions',
    {
      schema: {
        tags,
        summary: "Redemption claims the caller may see: its firm's or provider's own, its city's, or all",
        querystring: schemas.RedemptionQuery,
        response: { 200: schemas.RedemptionPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await redemptions.listRedemptions(request.principal, request.query)
      return { items: page.items.map(presentRedemption), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/redemptions/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Redemption, ...errorResponses } } },
    async (request) =>
      presentRedemption(await redemptions.getRedemption(request.principal, request.params.id)),
  )
  app.get(
    '/api/redemptions/:id/deliverable',
    {
      schema: {
        tags,
        summary: "The claim's deliverable file, as stored (its SHA-256 is on the claim)",
        params: IdParams,
        response: { 200: FileResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { redemption, content } = await redemptions.getDeliverable(request.principal, request.params.id)
      return sendFile(reply, {
        fileName: redemption.deliverableFileName,
        contentType: redemption.deliverableContentType,
        body: content,
      })
    },
  )
  app.post(
    '/api/redemptions',
    {
      bodyLimit: claimBodyLimitBytes,
      schema: {
        tags,
        summary: 'Mark an order delivered and claim its voucher share (contract, invoice, deliverable)',
        body: schemas.ClaimRedemptionBody,
        response: { 201: schemas.Redemption, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentRedemption(await redemptions.claimRedemption(request.principal, request.body))),
  )
  app.post(
    '/api/redemptions/:id/confirm',
    {
      schema: {
        tags,
        summary: 'The firm confirms delivery and rates the service; the spot-check draw is made',
        params: IdParams,
        body: schemas.ConfirmRedemptionBody,
        response: { 200: schemas.Redemption, ...errorResponses },
      },
    },
    async (request) =>
      presentRedemption(
        await redemptions.confirmRedemption(request.principal, request.params.id, request.body),
      ),
  )
  app.post(
    '/api/redemptions/:id/spot-check',
    {
      schema: {
        tags,
        summary: 'Record the result of a spot check; a failed check rejects the claim',
        params: IdParams,
        body: schemas.SpotCheckBody,
        response: { 200: schemas.Redemption, ...errorResponses },
      },
    },
    async (request) =>
      presentRedemption(
        await redemptions.recordSpotCheck(request.principal, request.params.id, request.body),
      ),
  )
  app.post(
    '/api/redemptions/:id/approve',
    {
      schema: {
        tags,
        summary: 'The issuing city approves: the reservation becomes payable',
        params: IdParams,
        response: { 200: schemas.Redemption, ...errorResponses },
      },
    },
    async (request) =>
      presentRedemption(await redemptions.approveRedemption(request.principal, request.params.id)),
  )
  app.post(
    '/api/redemptions/:id/reject',
    {
      schema: {
        tags,
        summary: 'The issuing city rejects with a reason; the provider may claim again',
        params: IdParams,
        body: schemas.RejectRedemptionBody,
        response: { 200: schemas.Redemption, ...errorResponses },
      },
    },
    async (request) =>
      presentRedemption(
        await redemptions.rejectRedemption(request.principal, request.params.id, request.body),
      ),
  )

  // ---- settlement runs ----
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

  // ---- clearing ----
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
