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
        operationId: 'getClearingReport',
        summary: 'Approved redemptions by issuing city × provider city, and net positions between treasuries',
        description:
          "City officers of any city and the corridor office: what each city's vouchers paid to providers of each city over a period.",
        querystring: schemas.ClearingQuery,
        ok: schemas.ClearingReport,
      },
      async (request) => clearing.report(request.principal, request.query),
    ),
    get(
      '/api/clearing/export',
      {
        operationId: 'exportClearingReport',
        summary: 'The clearing report as CSV',
        description:
          'City officers of any city and the corridor office: the clearing report of the period as a file.',
        querystring: schemas.ClearingQuery,
        ok: FileResponse,
      },
      async (request, reply) =>
        sendFile(reply, await clearing.exportReport(request.principal, request.query)),
    ),
  ]
}
