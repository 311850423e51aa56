// Routes of the corridor's parks.
import { get, patch, post, type Route } from '../../platform/http/routes'
import { exportRoute, exportRowsMax } from '../../platform/export'
import { presentListPage } from '../../platform/http/list'
import { IdParams } from '../../platform/http/schemas'
import { presentPark, presentParkListItem } from './registry.presenters'
import * as schemas from './registry.schemas'
import type { StructureService } from './registry.service'

export function parkRoutes(structure: StructureService): Route[] {
  return [
    get(
      '/api/parks',
      {
        operationId: 'listParks',
        summary: 'List industrial parks',
        description:
          "Anyone: the corridor's industrial parks with their main industry's name, by name unless sorted otherwise, counted, paged and filtered by city.",
        querystring: schemas.ParkQuery,
        ok: schemas.ParkPage,
      },
      async (request) => presentListPage(await structure.listParks(request.query), presentParkListItem),
    ),
    exportRoute(
      '/api/parks/export',
      {
        operationId: 'exportParks',
        summary: 'The parks list as CSV or an Excel workbook',
        description: `Anyone: the same filters and order as the list, at most ${exportRowsMax} rows, with cities, levels and main industries by name.`,
        querystring: schemas.ParkExportQuery,
      },
      async (request, rowsMax) => structure.exportParks(request.query, rowsMax),
    ),
    get(
      '/api/parks/:id',
      {
        operationId: 'getPark',
        summary: 'Get an industrial park',
        description: 'Anyone: one park by its id.',
        params: IdParams,
        ok: schemas.Park,
      },
      async (request) => presentPark(await structure.getPark(request.params.id)),
    ),
    post(
      '/api/parks',
      {
        operationId: 'createPark',
        summary: 'Add an industrial park',
        description: 'The corridor office, or a city officer for a park of their own city.',
        body: schemas.CreateParkBody,
        created: schemas.Park,
      },
      async (request) => presentPark(await structure.createPark(request.principal, request.body)),
    ),
    patch(
      '/api/parks/:id',
      {
        operationId: 'updatePark',
        summary: 'Update an industrial park',
        description: 'The corridor office, or a city officer for a park of their own city.',
        params: IdParams,
        body: schemas.UpdateParkBody,
        ok: schemas.Park,
      },
      async (request) =>
        presentPark(await structure.updatePark(request.principal, request.params.id, request.body)),
    ),
  ]
}
