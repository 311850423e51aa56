// Routes of voucher claims (申领) and their decisions.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import type { ClaimsService } from './claims.service'
import { presentClaim, presentVoucher } from './vouchers.presenters'
import * as schemas from './vouchers.schemas'

const tags = ['vouchers']

export function registerClaimRoutes(instance: FastifyInstance, claims: ClaimsService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/voucher-claims',
    {
      schema: {
        tags,
        summary: "Claims the caller may see: a firm's own, an officer's city's, all for the corridor office",
        querystring: schemas.ClaimQuery,
        response: { 200: schemas.ClaimPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await claims.listClaims(request.principal, request.query)
      return { items: page.items.map(presentClaim), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/voucher-claims/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Claim, ...errorResponses } } },
    async (request) => presentClaim(await claims.getClaim(request.principal, request.params.id)),
  )
  app.post(
    '/api/voucher-claims',
    {
      schema: {
        tags,
        summary: 'Claim (申领) a voucher under a scheme of the firm’s city',
        body: schemas.CreateClaimBody,
        response: { 201: schemas.Claim, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentClaim(await claims.submitClaim(request.principal, request.body))),
  )
  app.post(
    '/api/voucher-claims/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve a claim (possibly for less) and issue its voucher: the issuing city’s officers',
        params: IdParams,
        body: schemas.ApproveClaimBody,
        response: { 200: schemas.ClaimDecision, ...errorResponses },
      },
    },
    async (request) => {
      const decision = await claims.approveClaim(request.principal, request.params.id, request.body)
      return { claim: presentClaim(decision.claim), voucher: presentVoucher(decision.voucher) }
    },
  )
  app.post(
    '/api/voucher-claims/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject a claim with a reason: the issuing city’s officers',
        params: IdParams,
        body: schemas.RejectClaimBody,
        response: { 200: schemas.ClaimDecision, ...errorResponses },
      },
    },
    async (request) => {
      const decision = await claims.rejectClaim(request.principal, request.params.id, request.body)
      return { claim: presentClaim(decision.claim), voucher: null }
    },
  )
}
