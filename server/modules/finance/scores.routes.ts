// Routes of a firm's score, its indicator values and suggested products, and the scoring parameter sets.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import { presentScore } from './finance.presenters'
import * as schemas from './finance.schemas'
import type { ScoresService } from './scores.service'
import type { SuggestionsService } from './suggestions.service'

const tags = ['finance']
const ok = (response: object) => ({ 200: response, ...errorResponses })

export function registerScoreRoutes(
  instance: FastifyInstance,
  services: { scores: ScoresService; suggestions: SuggestionsService },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { scores, suggestions } = services
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
}
