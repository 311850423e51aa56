// Routes of the clearing report between the cities' treasuries.
import { get, type Route } from '../../platform/http/routes'
import type { ClearingService } from './clearing.service'
import * as schemas from './redemptions.schemas'
import { FileResponse, sendFile } from '../../platform/http/files'

export function clearingRoutes(clearing: ClearingService): Route[] {
  return [
    get(
      '/api/clearing',
      {
        summary: 'Approved redemptions by issuing city × provider city, and net positions between treasuries',
        querystring: schemas.ClearingQuery,
        ok: schemas.ClearingReport,
      },
      async (request) => clearing.report(request.principal, request.query),
    ),
    get(
      '/api/clearing/export',
      { summary: 'The clearing report as CSV', querystring: schemas.ClearingQuery, ok: FileResponse },
      async (request, reply) =>
        sendFile(reply, await clearing.exportReport(request.principal, request.query)),
    ),
  ]
}
