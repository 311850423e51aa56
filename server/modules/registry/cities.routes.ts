// Routes of the nine corridor cities.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses } from '../../platform/http/schemas'
import { presentCity } from './registry.presenters'
import * as schemas from './registry.schemas'
import type { StructureService } from './registry.service'

const tags = ['registry']

export function registerCityRoutes(instance: FastifyInstance, structure: StructureService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/cities',
    { schema: { tags, summary: 'The nine corridor cities', response: { 200: schemas.CityPage } } },
    async () => ({
      items: (await structure.listCities()).map((city) => ({ ...presentCity(city), figures: city.figures })),
    }),
  )
  app.get(
    '/api/cities/:code',
    {
      schema: { tags, params: schemas.CityParams, response: { 200: schemas.CityDetail, ...errorResponses } },
    },
    async (request) => {
      const city = await structure.getCity(request.params.code)
      return { ...presentCity(city), figures: city.figures }
    },
  )
  app.patch(
    '/api/cities/:code',
    {
      schema: {
        tags,
        params: schemas.CityParams,
        body: schemas.UpdateCityBody,
        response: { 200: schemas.City, ...errorResponses },
      },
    },
    async (request) => {
      const updated = await structure.updateCity(request.principal, request.params.code, request.body)
      if (updated === undefined) return presentCity(await structure.getCity(request.params.code))
      return presentCity(updated)
    },
  )
}
