// Routes of insights: the flow matrices and their records, the integration index and its weights, the division of
// labour, the refresh, and open data; the fund's and the indicators' routes are in their own files.
import type { FastifyInstance } from 'fastify'
import { defineRoutes, get, post, type Route } from '../../platform/http/routes'
import type { Principal } from '../../platform/authorization'
import { authorize } from '../../platform/authorization'
import { AppError } from '../../platform/errors'
import type { Database } from '../../db/client'
import type { Flows } from './flows.service'
import type { Fund } from './fund.service'
import { fundRoutes } from './fund.routes'
import type { Indicators } from './indicators.service'
import { indicatorRoutes } from './indicators.routes'
import type { IntegrationIndex } from './integration-index.service'
import { insightsPolicies as policies } from './insights.policies'
import * as schemas from './insights.schemas'
import type { Labour } from './labour.service'
import { openDataFormats, type OpenData, type OpenDataFormat } from './open-data.service'
import { recentFromMonth, refreshInsights } from './refresh.service'

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
        summary:
          'The nine-by-nine flow matrix of each kind over a period (money cells of under 3 records suppressed)',
        querystring: schemas.MatrixQuery,
        ok: schemas.Matrices,
      },
      async (request) => flows.matrices(request.principal, request.query),
    ),
    get(
      '/api/insights/flows/records',
      {
        summary:
          'The records behind a cell, newest first, within the caller’s reach, with their count and sum',
        querystring: schemas.RecordsQuery,
        ok: schemas.FlowRecords,
      },
      async (request) => flows.records(request.principal, request.query),
    ),
    get(
      '/api/insights/index',
      {
        summary:
          'The integration index per month for the corridor (G60) and each city, with shares and breakdown',
        querystring: schemas.IndexQuery,
        ok: schemas.IndexSeries,
      },
      async (request) => integrationIndex.series(request.query),
    ),
    post(
      '/api/insights/index/weights',
      {
        summary: 'New index weights from a month on (the office); earlier months keep their figures',
        body: schemas.WeightsBody,
        created: schemas.WeightsVersion,
      },
      async (request) => integrationIndex.setWeights(request.principal, request.body),
    ),
    get(
      '/api/insights/division-of-labour',
      {
        summary: 'Location quotients and Krugman specialisation indices of the nine cities over five years',
        querystring: schemas.LabourQuery,
        ok: schemas.DivisionOfLabour,
      },
      async (request) => labour.divisionOfLabour(request.query),
    ),
    post(
      '/api/insights/refresh',
      {
        summary: 'Recompute the flow cells, the index and the platform’s measures now (the office)',
        body: schemas.RefreshBody,
        ok: schemas.RefreshResult,
      },
      async (request) => refreshNow(db, request.principal, request.body.full),
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
        summary: 'The open data sets: columns, licence, frequency and download URLs',
        ok: schemas.OpenDataCatalogue,
      },
      async () => openData.catalogue(),
    ),
    get(
      '/api/open-data/:file',
      {
        summary: 'A data set as CSV or Excel, with the filters it honours; If-None-Match gives a 304',
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
    ...indicatorRoutes(services.indicators),
    ...fundRoutes(services.fund),
    ...openDataRoutes(services),
  ])
}
