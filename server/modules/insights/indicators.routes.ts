// Routes of indicators: the public list against targets and one indicator's values (and as a file); the entry of a
// value and the import of a spreadsheet of them (the office, and city officers for their own city).
import { exportRoute } from '../../platform/export'
import { get, post, type Route } from '../../platform/http/routes'
import { indicatorExport } from './indicators.export'
import { importLimits } from './indicator-files'
import * as presenters from './indicators.presenters'
import * as schemas from './indicators.schemas'
import type { Indicators } from './indicators.service'

/** an import carries its file as Base64 in JSON: a third more than the file, and room for the rest */
const importBodyLimitBytes = Math.ceil(importLimits.fileBytes / 3) * 4 + 64 * 1024

export function indicatorRoutes(indicators: Indicators): Route[] {
  return [
    get(
      '/api/insights/indicators',
      {
        operationId: 'listInsightIndicators',
        summary:
          'Every indicator with its latest values against its target (public): per scope the latest twenty, oldest first',
        description: "Anyone: the corridor's published indicators and how close each is to its target.",
        querystring: schemas.IndicatorQuery,
        ok: schemas.IndicatorList,
      },
      async (request) => ({
        items: (await indicators.list(request.principal, request.query)).map(presenters.presentIndicator),
      }),
    ),
    get(
      '/api/insights/indicators/:code',
      {
        operationId: 'getInsightIndicator',
        summary: 'One indicator with every value stored, each with its source and publication day (public)',
        description: "Anyone: one indicator's full history.",
        params: schemas.CodeParams,
        querystring: schemas.IndicatorQuery,
        ok: schemas.Indicator,
      },
      async (request) =>
        presenters.presentIndicator(await indicators.get(request.params.code, request.query)),
    ),
    exportRoute(
      '/api/insights/indicators/:code/export',
      {
        operationId: 'exportInsightIndicator',
        summary:
          "One indicator's values as CSV or an Excel workbook, with target, gap, source and publication day",
        description:
          "Anyone: every value the indicator's GET answers (of one scope, when asked), oldest first by scope.",
        params: schemas.CodeParams,
        querystring: schemas.IndicatorExportQuery,
      },
      async (request) =>
        indicatorExport(
          presenters.presentIndicator(
            await indicators.get(request.params.code, { scope: request.query.scope }),
          ),
        ),
    ),
    post(
      '/api/insights/indicator-values',
      {
        operationId: 'addInsightIndicatorValue',
        summary:
          'Enter a published value with its source: the office, or a city officer for its city’s values',
        description: 'The corridor office, or a city officer for a value of their own city.',
        body: schemas.ValueBody,
        created: schemas.AddedValue,
      },
      async (request) =>
        presenters.presentAddedValue(await indicators.addValue(request.principal, request.body)),
    ),
    post(
      '/api/insights/indicator-values/import',
      {
        operationId: 'importInsightIndicatorValues',
        summary:
          'Import values from a CSV or .xlsx file, all or nothing: a refusal names each row at fault and stores nothing',
        description: 'The corridor office, or a city officer for values of their own city.',
        body: schemas.ImportBody,
        created: schemas.ImportSummary,
        bodyLimit: importBodyLimitBytes,
      },
      async (request) => indicators.importValues(request.principal, request.body),
    ),
  ]
}
