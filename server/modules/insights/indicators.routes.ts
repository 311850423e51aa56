// Routes of indicators: the public list against targets and one indicator's values; the entry of a value and the
// import of a spreadsheet of them (the office, and city officers for their own city).
import { get, post, type Route } from '../../platform/http/routes'
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
        summary:
          'Every indicator with its latest values against its target (public): per scope the latest twenty, oldest first',
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
        summary: 'One indicator with every value stored, each with its source and publication day (public)',
        params: schemas.CodeParams,
        querystring: schemas.IndicatorQuery,
        ok: schemas.Indicator,
      },
      async (request) =>
        presenters.presentIndicator(await indicators.get(request.params.code, request.query)),
    ),
    post(
      '/api/insights/indicator-values',
      {
        summary:
          'Enter a published value with its source: the office, or a city officer for its city’s values',
        body: schemas.ValueBody,
        created: schemas.AddedValue,
      },
      async (request) =>
        presenters.presentAddedValue(await indicators.addValue(request.principal, request.body)),
    ),
    post(
      '/api/insights/indicator-values/import',
      {
        summary:
          'Import values from a CSV or .xlsx file, all or nothing: a refusal names each row at fault and stores nothing',
        body: schemas.ImportBody,
        created: schemas.ImportSummary,
        bodyLimit: importBodyLimitBytes,
      },
      async (request) => indicators.importValues(request.principal, request.body),
    ),
  ]
}
