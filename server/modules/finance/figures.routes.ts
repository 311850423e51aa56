// Routes of the outcome figures per city.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses } from '../../platform/http/schemas'
import * as schemas from './finance.schemas'
import type { FiguresService } from './figures.service'

const tags = ['finance']
const ok = (response: object) => ({ 200: response, ...errorResponses })

export function registerFigureRoutes(instance: FastifyInstance, figures: FiguresService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
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
