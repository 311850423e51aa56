// Routes of insights: the flow matrices and their records, the integration index and its weights, the division of
// labour, each of those figures as a file, the refresh, and open data; the fund's and the indicators' routes are in
// their own files.
import type { FastifyInstance } from 'fastify'
import { exportRoute, exportRowsMax } from '../../platform/export'
import { defineRoutes, get, post, type Route } from '../../platform/http/routes'
import type { Principal } from '../../platform/authorization'
import { authorize } from '../../platform/authorization'
import { AppError } from '../../platform/errors'
import type { Database } from '../../db/client'
import { matrixExport, recordsExport } from './flows.export'
import type { Flows } from './flows.service'
import type { Fund } from './fund.service'
import { fundRoutes } from './fund.routes'
import type { Indicators } from './indicators.service'
import { indicatorRoutes } from './indicators.routes'
import { indexMonthsExport, indexScopesExport } from './integration-index.export'
import type { IntegrationIndex } from './integration-index.service'
import { insightsPolicies as policies } from './insights.policies'
import * as schemas from './insights.schemas'
import { krugmanExport, krugmanTrendExport, quotientsExport, yearOf } from './labour.export'
import type { Labour } from './labour.service'
import { openDataFormats, type OpenData, type OpenDataFormat } from './open-data.service'
import { recentFromMonth, refreshInsights } from './refresh.service'
import { corridorScope } from './insights.states'

export interface InsightsServices {
  db: Database
  flows: Flows
  integrationIndex: IntegrationIndex
  labour: Labour
  openData: OpenData
  fund: Fund
  indicators: Indicators
}

function figureRoutes({ db, flows, integrationIndex, labour }: InsightsServices): Route[] {
  return [
    get(
      '/api/insights/flows',
      {
        operationId: 'getFlowMatrices',
        summary:
          'The nine-by-nine flow matrix of each kind over a period (money cells of under 3 records suppressed)',
        description:
          'Anyone: cells count every record; money cells of fewer than three records are suppressed for callers who may not read those records.',
        querystring: schemas.MatrixQuery,
        ok: schemas.Matrices,
      },
      async (request) => flows.matrices(request.principal, request.query),
    ),
    get(
      '/api/insights/flows/records',
      {
        operationId: 'listFlowRecords',
        summary:
          'The records behind a cell, newest first, within the caller’s reach, with their count and sum',
        description:
          "Officers and workstations see their city's records, the corridor office all; firms, providers and institutions only their own.",
        querystring: schemas.RecordsQuery,
        ok: schemas.FlowRecords,
      },
      async (request) => flows.records(request.principal, request.query),
    ),
    get(
      '/api/insights/index',
      {
        operationId: 'getIntegrationIndex',
        summary:
          'The integration index per month for the corridor (G60) and each city, with shares and breakdown',
        description: 'Anyone: the corridor integration index and its parts, month by month.',
        querystring: schemas.IndexQuery,
        ok: schemas.IndexSeries,
      },
      async (request) => integrationIndex.series(request.query),
    ),
    post(
      '/api/insights/index/weights',
      {
        operationId: 'setIntegrationIndexWeights',
        summary: 'New index weights from a month on (the office); earlier months keep their figures',
        description: 'The corridor office only.',
        body: schemas.WeightsBody,
        created: schemas.WeightsVersion,
      },
      async (request) => integrationIndex.setWeights(request.principal, request.body),
    ),
    get(
      '/api/insights/division-of-labour',
      {
        operationId: 'getDivisionOfLabour',
        summary: 'Location quotients and Krugman specialisation indices of the nine cities over five years',
        description: "Anyone: how specialised each city's industries are, year by year.",
        querystring: schemas.LabourQuery,
        ok: schemas.DivisionOfLabour,
      },
      async (request) => labour.divisionOfLabour(request.query),
    ),
    post(
      '/api/insights/refresh',
      {
        operationId: 'refreshInsights',
        summary: 'Recompute the flow cells, the index and the platform’s measures now (the office)',
        description: 'The corridor office only: the nightly refresh, run now.',
        body: schemas.RefreshBody,
        ok: schemas.RefreshResult,
      },
      async (request) => refreshNow(db, request.principal, request.body.full),
    ),
  ]
}

/** Each figure's table as CSV or Excel: the same query and reach as the figure's GET, the same numbers. */
function figureExportRoutes({ flows, integrationIndex, labour }: InsightsServices): Route[] {
  const labourYearRoute = (path: string, operationId: string, what: string, table: typeof quotientsExport) =>
    exportRoute(
      `/api/insights/division-of-labour/${path}/export`,
      {
        operationId,
        summary: `A year's ${what} as CSV or an Excel workbook`,
        description: `Anyone: the ${what} of the year asked for (the latest when absent), as the division of labour answers them, cities and industries by name.`,
        querystring: schemas.LabourYearExportQuery,
      },
      async (request) => {
        const answer = await labour.divisionOfLabour(request.query)
        return table(answer, yearOf(answer, request.query.year))
      },
    )
  return [
    exportRoute(
      '/api/insights/flows/export',
      {
        operationId: 'exportFlowMatrix',
        summary: "One kind's flow matrix as CSV or an Excel workbook, a row per pair of cities",
        description:
          'Anyone: the cells the matrix shows, suppressed as they are for the caller, cities by name and values in yuan, hours or cases.',
        querystring: schemas.MatrixExportQuery,
      },
      async (request) => {
        const { kind, order, period, city } = request.query
        return matrixExport(
          await flows.matrices(request.principal, { kind, period, city }),
          kind,
          order ?? 'cities',
        )
      },
    ),
    exportRoute(
      '/api/insights/flows/records/export',
      {
        operationId: 'exportFlowRecords',
        summary: 'The records behind a cell as CSV or an Excel workbook, newest first',
        description: `Whoever may read the cell's records, within the same reach: at most ${exportRowsMax} records, parties by name and values in yuan, hours or cases.`,
        querystring: schemas.RecordsExportQuery,
      },
      async (request, rowsMax) => {
        const { kind, period, from, to, city } = request.query
        const answer = await flows.records(request.principal, {
          kind,
          period,
          from,
          to,
          city,
          limit: rowsMax,
        })
        return recordsExport(kind, answer)
      },
    ),
    exportRoute(
      '/api/insights/index/export',
      {
        operationId: 'exportIntegrationIndex',
        summary: "A scope's integration index month by month as CSV or an Excel workbook",
        description:
          'Anyone: the index, each kind’s contribution and cross-city shares (as fractions in percent cells) of the corridor or a city.',
        querystring: schemas.IndexExportQuery,
      },
      async (request) => {
        const scope = request.query.scope ?? corridorScope
        const answer = await integrationIndex.series({ period: request.query.period, scope })
        return indexMonthsExport(answer, scope)
      },
    ),
    exportRoute(
      '/api/insights/index/scopes/export',
      {
        operationId: 'exportIntegrationIndexScopes',
        summary: 'Every scope’s integration index side by side as CSV or an Excel workbook',
        description: 'Anyone: a row per month of the period, a column for the corridor and each city.',
        querystring: schemas.IndexScopesExportQuery,
      },
      async (request) => indexScopesExport(await integrationIndex.series({ period: request.query.period })),
    ),
    labourYearRoute('quotients', 'exportLocationQuotients', 'location quotients', quotientsExport),
    labourYearRoute(
      'krugman',
      'exportKrugmanIndices',
      'Krugman indices of each pair of cities',
      krugmanExport,
    ),
    exportRoute(
      '/api/insights/division-of-labour/trend/export',
      {
        operationId: 'exportKrugmanTrend',
        summary: 'The mean Krugman index by year, each city against the rest, as CSV or an Excel workbook',
        description: 'Anyone: the division of labour’s years, oldest first.',
        querystring: schemas.LabourExportQuery,
      },
      async (request) => krugmanTrendExport(await labour.divisionOfLabour(request.query)),
    ),
  ]
}

async function refreshNow(db: Database, principal: Principal | null, full: boolean) {
  authorize(principal, policies.refresh)
  const at = new Date()
  return db.transaction((transaction) =>
    refreshInsights(transaction, { fromMonth: full ? null : recentFromMonth(at), at }),
  )
}

function openDataRoutes({ openData }: InsightsServices): Route[] {
  return [
    get(
      '/api/open-data',
      {
        operationId: 'listOpenDataSets',
        summary: 'The open data sets: columns, licence, frequency and download URLs',
        description: "Anyone: the catalogue of the corridor's open data sets.",
        ok: schemas.OpenDataCatalogue,
      },
      async () => openData.catalogue(),
    ),
    get(
      '/api/open-data/:file',
      {
        operationId: 'downloadOpenDataSet',
        summary: 'A data set as CSV or Excel, with the filters it honours; If-None-Match gives a 304',
        description: 'Anyone: one open data set as a file, cacheable by its ETag.',
        params: schemas.OpenDataFileParams,
        querystring: schemas.OpenDataFileQuery,
        ok: schemas.OpenDataFile,
      },
      async (request, reply) => {
        const [id = '', extension = ''] = request.params.file.split('.')
        const format = openDataFormats.find(
          (candidate): candidate is OpenDataFormat => candidate === extension,
        )
        if (format === undefined)
          throw new AppError('INSIGHTS_DATASET_NOT_FOUND', { file: request.params.file })
        const file = await openData.download(id, format, request.query)
        reply.header('etag', file.etag).header('cache-control', 'public, max-age=300')
        if (request.headers['if-none-match'] === file.etag) return reply.code(304).send()
        return reply
          .header('content-type', file.contentType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .send(Buffer.from(file.body))
      },
    ),
  ]
}

export function registerInsightsRoutes(app: FastifyInstance, services: InsightsServices) {
  defineRoutes(app, { tags: ['insights'] }, [
    ...figureRoutes(services),
    ...figureExportRoutes(services),
    ...indicatorRoutes(services.indicators),
    ...fundRoutes(services.fund),
    ...openDataRoutes(services),
  ])
}
