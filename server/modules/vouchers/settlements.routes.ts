// Routes of settlement runs: their payment batches and the exports of them.
import { get, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import { presentSettlementPayment, presentSettlementRun } from './redemptions.presenters'
import * as schemas from './redemptions.schemas'
import type { SettlementsService } from './settlements.service'
import { FileResponse, sendFile } from '../../platform/http/files'

export function settlementRoutes(settlements: SettlementsService): Route[] {
  return [
    get(
      '/api/settlements',
      {
        summary: "Settlement runs: the caller's city's, or every city's for the corridor office",
        querystring: schemas.SettlementQuery,
        ok: schemas.SettlementRunPage,
      },
      async (request) =>
        presentPage(await settlements.listRuns(request.principal, request.query), presentSettlementRun),
    ),
    get('/api/settlements/:id', { params: IdParams, ok: schemas.SettlementRun }, async (request) =>
      presentSettlementRun(await settlements.getRun(request.principal, request.params.id)),
    ),
    get(
      '/api/settlements/:id/payments',
      {
        summary: "The run's payment batch: one line per payee",
        params: IdParams,
        querystring: schemas.SettlementQuery,
        ok: schemas.SettlementPaymentPage,
      },
      async (request) =>
        presentPage(
          await settlements.listPayments(request.principal, request.params.id, request.query),
          presentSettlementPayment,
        ),
    ),
    get(
      '/api/settlements/:id/export',
      {
        summary: 'The payment batch as CSV (UTF-8) or an Excel workbook with the redemptions it pays',
        params: IdParams,
        querystring: schemas.ExportQuery,
        ok: FileResponse,
      },
      async (request, reply) =>
        sendFile(
          reply,
          await settlements.exportRun(request.principal, request.params.id, request.query.format ?? 'csv'),
        ),
    ),
    post(
      '/api/settlements',
      {
        summary:
          "Settle a city's approved redemptions for a period (both days included) as one payment batch",
        body: schemas.CreateSettlementBody,
        created: schemas.SettlementRun,
      },
      async (request) => presentSettlementRun(await settlements.createRun(request.principal, request.body)),
    ),
  ]
}
