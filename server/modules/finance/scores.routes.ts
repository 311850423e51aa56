// Routes of a firm's score, its indicator values and suggested products, and the scoring parameter sets.
import { get, post, type Route } from '../../platform/http/routes'
import { IdParams } from '../../platform/http/schemas'
import { presentScore } from './finance.presenters'
import * as schemas from './finance.schemas'
import type { ScoresService } from './scores.service'
import type { SuggestionsService } from './suggestions.service'

export function scoreRoutes(services: { scores: ScoresService; suggestions: SuggestionsService }): Route[] {
  const { scores, suggestions } = services
  return [
    get(
      '/api/firms/:id/score',
      {
        operationId: 'getFirmScore',
        summary:
          "A firm's innovation-points score on a day, with each indicator's value, source and contribution",
        description: 'The firm itself, officers and workstations of its city, and the corridor office.',
        params: IdParams,
        querystring: schemas.ScoreQuery,
        ok: schemas.FirmScore,
      },
      async (request) =>
        presentScore(await scores.getScore(request.principal, request.params.id, request.query.asOf)),
    ),
    post(
      '/api/firms/:id/indicators',
      {
        operationId: 'recordFirmIndicators',
        summary: 'Record indicator values with their source and date; the score is recomputed',
        description: 'The firm itself, officers and workstations of its city, and the corridor office.',
        params: IdParams,
        body: schemas.RecordIndicatorsBody,
        ok: schemas.FirmScore,
      },
      async (request) =>
        presentScore(await scores.recordIndicators(request.principal, request.params.id, request.body)),
    ),
    get(
      '/api/firms/:id/suggested-products',
      {
        operationId: 'listSuggestedFinanceProducts',
        summary: "The firm's ten best-fitting products from the last corridor-wide recompute",
        description: 'The firm itself, officers and workstations of its city, and the corridor office.',
        params: IdParams,
        ok: schemas.Suggestions,
      },
      async (request) => suggestions.suggestionsFor(request.principal, request.params.id),
    ),
    get(
      '/api/score-parameters',
      {
        operationId: 'listScoreParameterSets',
        summary: 'The dated scoring parameter sets, newest first',
        description:
          'Anyone: the parameters of the innovation-points score, each set with the day it came into force.',
        ok: schemas.ParameterSetList,
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
    ),
    post(
      '/api/score-parameters',
      {
        operationId: 'createScoreParameterSet',
        summary:
          'A new parameter set in force from a day (the corridor office); scores are recomputed from then',
        description: "The corridor office only: scores from the set's first day on are recomputed.",
        body: schemas.CreateParameterSetBody,
        created: schemas.ParameterSet,
      },
      async (request) => {
        const row = await scores.createParameterSet(request.principal, request.body)
        return {
          id: row.id,
          effectiveFrom: row.effectiveFrom,
          weights: request.body.weights,
          fullMarks: request.body.fullMarks,
          note: row.note,
          createdAt: row.createdAt.toISOString(),
        }
      },
    ),
  ]
}
