// Routes of consent-gated referrals: refer, revoke consent, read the firm's score card, decide, draw down.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import { presentReferral, presentScore } from './finance.presenters'
import * as schemas from './finance.schemas'
import type { ReferralsService } from './referrals.service'

const tags = ['finance']
const ok = (response: object) => ({ 200: response, ...errorResponses })

export function registerReferralRoutes(instance: FastifyInstance, referrals: ReferralsService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/referrals',
    { schema: { tags, querystring: schemas.ReferralQuery, response: ok(schemas.ReferralPage) } },
    async (request) => {
      const page = await referrals.listReferrals(request.principal, request.query)
      return { items: page.items.map(presentReferral), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/referrals/:id',
    { schema: { tags, params: IdParams, response: ok(schemas.Referral) } },
    async (request) => presentReferral(await referrals.getReferral(request.principal, request.params.id)),
  )
  app.post(
    '/api/referrals',
    {
      schema: {
        tags,
        summary: "Refer a need to a product, granting that institution consent to read the firm's indicators",
        body: schemas.CreateReferralBody,
        response: { 201: schemas.Referral, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentReferral(await referrals.createReferral(request.principal, request.body))),
  )
  app.post(
    '/api/referrals/:id/revoke-consent',
    { schema: { tags, params: IdParams, response: ok(schemas.Referral) } },
    async (request) => presentReferral(await referrals.revokeConsent(request.principal, request.params.id)),
  )
  app.get(
    '/api/referrals/:id/firm-indicators',
    {
      schema: {
        tags,
        summary: "The firm's score card for the institution, while consent is live; every read is audited",
        params: IdParams,
        response: ok(schemas.FirmIndicatorsForInstitution),
      },
    },
    async (request) => {
      const result = await referrals.firmIndicators(request.principal, request.params.id)
      return { ...result, score: presentScore(result.score) }
    },
  )
  app.post(
    '/api/referrals/:id/decision',
    { schema: { tags, params: IdParams, body: schemas.DecideReferralBody, response: ok(schemas.Referral) } },
    async (request) =>
      presentReferral(await referrals.decide(request.principal, request.params.id, request.body)),
  )
  app.post(
    '/api/referrals/:id/drawdown',
    { schema: { tags, params: IdParams, body: schemas.DrawdownBody, response: ok(schemas.Referral) } },
    async (request) =>
      presentReferral(
        await referrals.drawdown(request.principal, request.params.id, request.body.drawnAmountFen),
      ),
  )
}
