// Routes of the nine corridor cities.
import { get, patch, type Route } from '../../platform/http/routes'
import { presentCity } from './registry.presenters'
import * as schemas from './registry.schemas'
import type { StructureService } from './registry.service'

export function cityRoutes(structure: StructureService): Route[] {
  return [
    get(
      '/api/cities',
      {
        operationId: 'listCities',
        summary: 'The nine corridor cities',
        description:
          'Anyone: the nine cities of the corridor with their province and names in both languages.',
        ok: schemas.CityPage,
        errors: false,
      },
      async () => ({
        items: (await structure.listCities()).map((city) => ({
          ...presentCity(city),
          figures: city.figures,
        })),
      }),
    ),
    get(
      '/api/cities/:code',
      {
        operationId: 'getCity',
        summary: 'Get a city',
        description: 'Anyone: one corridor city by its code.',
        params: schemas.CityParams,
        ok: schemas.CityDetail,
      },
      async (request) => {
        const city = await structure.getCity(request.params.code)
        return { ...presentCity(city), figures: city.figures }
      },
    ),
    patch(
      '/api/cities/:code',
      {
        operationId: 'updateCity',
        summary: 'Update a city',
        description: "The corridor office only: changes a city's record.",
        params: schemas.CityParams,
        body: schemas.UpdateCityBody,
        ok: schemas.City,
      },
      async (request) => {
        const updated = await structure.updateCity(request.principal, request.params.code, request.body)
        if (updated === undefined) return presentCity(await structure.getCity(request.params.code))
        return presentCity(updated)
      },
    ),
  ]
}
