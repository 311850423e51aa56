// Routes of the corridor's parks.
import { get, patch, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import { presentPark } from './registry.presenters'
import * as schemas from './registry.schemas'
import type { StructureService } from './registry.service'

export function parkRoutes(structure: StructureService): Route[] {
  return [
    get('/api/parks', { querystring: schemas.ParkQuery, ok: schemas.ParkPage }, async (request) =>
      presentPage(await structure.listParks(request.query), presentPark),
    ),
    get('/api/parks/:id', { params: IdParams, ok: schemas.Park }, async (request) =>
      presentPark(await structure.getPark(request.params.id)),
    ),
    post('/api/parks', { body: schemas.CreateParkBody, created: schemas.Park }, async (request) =>
      presentPark(await structure.createPark(request.principal, request.body)),
    ),
    patch(
      '/api/parks/:id',
      { params: IdParams, body: schemas.UpdateParkBody, ok: schemas.Park },
      async (request) =>
        presentPark(await structure.updatePark(request.principal, request.params.id, request.body)),
    ),
  ]
}
