// Routes of settlement runs: their payment batches and the exports of them.
import { get, post, type Route } from '../../platform/http/routes'
import { exportRoute, exportRowsMax } from '../../platform/export'
import { presentListPage } from '../../platform/http/list'
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
        operationId: 'listSettlementRuns',
        summary: "Settlement runs: the caller's city's, or every city's for the corridor office",
        description:
          "A city officer sees their city's settlement runs, the corridor office every city's; newest period first, sortable, paged.",
        querystring: schemas.SettlementRunQuery,
        ok: schemas.SettlementRunPage,
      },
      async (request) =>
        presentListPage(await settlements.listRuns(request.principal, request.query), presentSettlementRun),
    ),
    exportRoute(
      '/api/settlements/export',
      {
        operationId: 'exportSettlementRuns',
        summary: 'The settlement runs list as CSV or an Excel workbook',
        description: `Whoever may list the runs: the same city and order as the list, at most ${exportRowsMax} rows, with city names and amounts in yuan.`,
        querystring: schemas.SettlementRunExportQuery,
      },
      async (request, rowsMax) => settlements.exportRuns(request.principal, request.query, rowsMax),
    ),
    get(
      '/api/settlements/:id',
      {
        operationId: 'getSettlementRun',
        summary: 'Get a settlement run',
        description: "City officers of the run's city and the corridor office.",
        params: IdParams,
        ok: schemas.SettlementRun,
      },
      async (request) => presentSettlementRun(await settlements.getRun(request.principal, request.params.id)),
    ),
    get(
      '/api/settlements/:id/payments',
      {
        operationId: 'listSettlementPayments',
        summary: "The run's payment batch: one line per payee",
        description: "City officers of the run's city and the corridor office: what each provider is paid.",
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
        operationId: 'exportSettlementRun',
        summary: 'The payment batch as CSV (UTF-8) or an Excel workbook with the redemptions it pays',
        description:
          "City officers of the run's city and the corridor office: the batch as a file for the treasury's payment system.",
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
        operationId: 'createSettlementRun',
        summary:
          "Settle a city's approved redemptions for a period (both days included) as one payment batch",
        description:
          'City officers of the paying city or the corridor office: collects the approved redemptions of the period into one payment batch.',
        body: schemas.CreateSettlementBody,
        created: schemas.SettlementRun,
      },
      async (request) => presentSettlementRun(await settlements.createRun(request.principal, request.body)),
    ),
  ]
}
