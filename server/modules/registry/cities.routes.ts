// Routes of the nine corridor cities.
import { get, patch, type Route } from '../../platform/http/routes'
import { presentCity } from './registry.presenters'
import * as schemas from './registry.schemas'
import type { StructureService } from './registry.service'

export function cityRoutes(structure: StructureService): Route[] {
  return [
    get(
      '/api/cities',
      { summary: 'The nine corridor cities', ok: schemas.CityPage, errors: false },
      async () => ({
        items: (await structure.listCities()).map((city) => ({
          ...presentCity(city),
          figures: city.figures,
        })),
      }),
    ),
    get('/api/cities/:code', { params: schemas.CityParams, ok: schemas.CityDetail }, async (request) => {
      const city = await structure.getCity(request.params.code)
      return { ...presentCity(city), figures: city.figures }
    }),
    patch(
      '/api/cities/:code',
      { params: schemas.CityParams, body: schemas.UpdateCityBody, ok: schemas.City },
      async (request) => {
        const updated = await structure.updateCity(request.principal, request.params.code, request.body)
        if (updated === undefined) return presentCity(await structure.getCity(request.params.code))
        return presentCity(updated)
      },
    ),
  ]
}
