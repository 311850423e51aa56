// Routes of the outcome figures per city.
import { get, type Route } from '../../platform/http/routes'
import * as schemas from './finance.schemas'
import type { FiguresService } from './figures.service'

export function figureRoutes(figures: FiguresService): Route[] {
  return [
    get(
      '/api/finance-figures',
      {
        operationId: 'getFinanceFigures',
        summary:
          'Credit granted and drawn, first-time borrowers, guarantees, equity and loan growth per city',
        description: 'City officers, workstations and the corridor office: figures of every city.',
        querystring: schemas.FiguresQuery,
        ok: schemas.Figures,
      },
      async (request) => figures.figures(request.principal, request.query),
    ),
  ]
}
