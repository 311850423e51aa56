// The routes of redemption claims, with the registrar of the redemption side: claims, settlement runs and the
// clearing report, in the order of the API document.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import type { ClearingService } from './clearing.service'
import { registerClearingRoutes } from './clearing.routes'
import { presentRedemption } from './redemptions.presenters'
import * as schemas from './redemptions.schemas'
import type { RedemptionsService } from './redemptions.service'
import type { SettlementsService } from './settlements.service'
import { registerSettlementRoutes } from './settlements.routes'
import { FileResponse, sendFile } from './vouchers.replies'

export interface RedemptionServices {
  redemptions: RedemptionsService
  settlements: SettlementsService
  clearing: ClearingService
}

/** A claim carries its deliverable as Base64: up to 5 MB of file in a JSON body. */
const claimBodyLimitBytes = 8 * 1024 * 1024

const tags = ['vouchers']

export function registerRedemptionRoutes(app: FastifyInstance, services: RedemptionServices) {
  registerRedemptionClaimRoutes(app, services.redemptions)
  registerSettlementRoutes(app, services.settlements)
  registerClearingRoutes(app, services.clearing)
}

export function registerRedemptionClaimRoutes(instance: FastifyInstance, redemptions: RedemptionsService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
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
}
