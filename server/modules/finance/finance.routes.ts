// Thin routes: parse, call one service function, shape the answer.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import type { CasesService } from './cases.service'
import type { FiguresService } from './figures.service'
import { urgencies } from './finance.reference'
import { narrow } from '../../platform/stored'
import {
  presentCase,
  presentCaseWithNotes,
  presentNeed,
  presentProduct,
  presentReferral,
  presentScore,
} from './finance.presenters'
import * as schemas from './finance.schemas'
import type { NeedsService } from './needs.service'
import type { ProductsService } from './products.service'
import type { ReferralsService } from './referrals.service'
import type { ScoresService } from './scores.service'
import type { SuggestionsService } from './suggestions.service'

export interface FinanceServices {
  products: ProductsService
  scores: ScoresService
  needs: NeedsService
  referrals: ReferralsService
  cases: CasesService
  figures: FiguresService
  suggestions: SuggestionsService
}

export function registerFinanceRoutes(instance: FastifyInstance, services: FinanceServices) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { products, scores, needs, referrals, cases, figures, suggestions } = services
  const tags = ['finance']
  const ok = (response: object) => ({ 200: response, ...errorResponses })

  // ---- products ----
  app.get(
    '/api/finance-products',
    {
      schema: {
        tags,
        summary: "The alliance's finance products",
        querystring: schemas.ProductQuery,
        response: ok(schemas.ProductPage),
      },
    },
    async (request) => {
      const page = await products.listProducts(request.query)
      return { items: page.items.map(presentProduct), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/finance-products/:id',
    { schema: { tags, params: IdParams, response: ok(schemas.FinanceProduct) } },
    async (request) => presentProduct(await products.getProduct(request.params.id)),
  )
  app.post(
    '/api/finance-products',
    {
      schema: {
        tags,
        summary: 'Publish a product (an institution publishes its own)',
        body: schemas.CreateProductBody,
        response: { 201: schemas.FinanceProduct, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentProduct(await products.createProduct(request.principal, request.body))),
  )
  app.patch(
    '/api/finance-products/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.UpdateProductBody,
        response: ok(schemas.FinanceProduct),
      },
    },
    async (request) =>
      presentProduct(await products.updateProduct(request.principal, request.params.id, request.body)),
  )
  app.get(
    '/api/finance-products/:id/matches',
    {
      schema: {
        tags,
        summary:
          "Open financing needs the product fits (no firm's indicators: those need the firm's consent)",
        params: IdParams,
        response: ok(schemas.ProductFirmMatches),
      },
    },
    async (request) => {
      const result = await needs.needsForProduct(
        request.principal,
        await products.getProduct(request.params.id),
      )
      return {
        ...result,
        needs: result.needs.map((need) => ({ ...need, urgency: narrow(urgencies, need.urgency) })),
      }
    },
  )

  // ---- scores ----
  app.get(
    '/api/firms/:id/score',
    {
      schema: {
        tags,
        summary:
          "A firm's innovation-points score on a day, with each indicator's value, source and contribution",
        params: IdParams,
        querystring: schemas.ScoreQuery,
        response: ok(schemas.FirmScore),
      },
    },
    async (request) =>
      presentScore(await scores.getScore(request.principal, request.params.id, request.query.asOf)),
  )
  app.post(
    '/api/firms/:id/indicators',
    {
      schema: {
        tags,
        summary: 'Record indicator values with their source and date; the score is recomputed',
        params: IdParams,
        body: schemas.RecordIndicatorsBody,
        response: ok(schemas.FirmScore),
      },
    },
    async (request) =>
      presentScore(await scores.recordIndicators(request.principal, request.params.id, request.body)),
  )
  app.get(
    '/api/firms/:id/suggested-products',
    {
      schema: {
        tags,
        summary: "The firm's ten best-fitting products from the last corridor-wide recompute",
        params: IdParams,
        response: ok(schemas.Suggestions),
      },
    },
    async (request) => suggestions.suggestionsFor(request.principal, request.params.id),
  )
  app.get(
    '/api/score-parameters',
    {
      schema: {
        tags,
        summary: 'The dated scoring parameter sets, newest first',
        response: ok(schemas.ParameterSetList),
      },
    },
    async () => ({
      items: (await scores.listParameterSets()).map((row) => ({
        id: row.id,
        effectiveFrom: row.effectiveFrom,
        weights: row.weights as Record<string, Record<string, number>>,
        fullMarks: row.fullMarks as Record<string, number>,
        note: row.note,
        createdAt: row.createdAt.toISOString(),
      })),
    }),
  )
  app.post(
    '/api/score-parameters',
    {
      schema: {
        tags,
        summary:
          'A new parameter set in force from a day (the corridor office); scores are recomputed from then',
        body: schemas.CreateParameterSetBody,
        response: { 201: schemas.ParameterSet, ...errorResponses },
      },
    },
    async (request, reply) => {
      const row = await scores.createParameterSet(request.principal, request.body)
      return reply.code(201).send({
        id: row.id,
        effectiveFrom: row.effectiveFrom,
        weights: request.body.weights,
        fullMarks: request.body.fullMarks,
        note: row.note,
        createdAt: row.createdAt.toISOString(),
      })
    },
  )

  // ---- needs ----
  app.get(
    '/api/financing-needs',
    { schema: { tags, querystring: schemas.NeedQuery, response: ok(schemas.NeedPage) } },
    async (request) => {
      const page = await needs.listNeeds(request.principal, request.query)
      return { items: page.items.map(presentNeed), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/financing-needs/:id',
    { schema: { tags, params: IdParams, response: ok(schemas.Need) } },
    async (request) => presentNeed(await needs.getNeed(request.principal, request.params.id)),
  )
  app.post(
    '/api/financing-needs',
    { schema: { tags, body: schemas.CreateNeedBody, response: { 201: schemas.Need, ...errorResponses } } },
    async (request, reply) =>
      reply.code(201).send(presentNeed(await needs.createNeed(request.principal, request.body))),
  )
  app.get(
    '/api/financing-needs/:id/matches',
    {
      schema: {
        tags,
        summary:
          'Products that pass every hard condition, ranked with reasons; near misses with what they failed',
        params: IdParams,
        response: ok(schemas.NeedMatches),
      },
    },
    async (request) => needs.matchesForNeed(request.principal, request.params.id),
  )

  // ---- referrals ----
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

  // ---- workstation cases and figures ----
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
  app.get(
    '/api/finance-figures',
    {
      schema: {
        tags,
        summary:
          'Credit granted and drawn, first-time borrowers, guarantees, equity and loan growth per city',
        querystring: schemas.FiguresQuery,
        response: ok(schemas.Figures),
      },
    },
    async (request) => figures.figures(request.principal, request.query),
  )
}
