// Schemas of indicators: the list against targets, one indicator's values, an entered value and an imported file.
// Bodies are taken as sent: a value is a JSON number, days are YYYY-MM-DD.
import { Type } from 'typebox'
import { ExportFields } from '../../platform/export'
import { DateOnly, Nullable, StrictObject, Timestamp } from '../../platform/http/schemas'
import { importColumns, importLimits } from './indicator-files'
import { indicatorCodePattern } from './indicators-setup'
import { sourceCharactersMax, valueMagnitudeMax } from './indicators.service'
import { corridorScope, indicatorDirections, indicatorScopes, platformMeasures } from './insights.states'
import { cityReferences } from '../registry'

const Code = Type.String({ pattern: indicatorCodePattern, description: 'e.g. rd_intensity' })
const ValueScope = Type.Enum([corridorScope, ...cityReferences.map((city) => city.code)], {
  description: 'G60 for the corridor as a whole, or a city code (SH-SJ, SZ, HF…)',
})

export const IndicatorQuery = StrictObject({
  scope: Type.Optional(ValueScope),
})

export const IndicatorExportQuery = StrictObject({ scope: Type.Optional(ValueScope), ...ExportFields })

export const CodeParams = StrictObject({ code: Code })

export const IndicatorValue = Type.Object({
  periodEnd: DateOnly,
  value: Type.Number(),
  /** value − target, when the indicator has one */
  gapToTarget: Nullable(Type.Number()),
  onTrack: Nullable(Type.Boolean()),
  source: Type.String(),
  publishedOn: DateOnly,
  /** computed from the platform's records rather than entered */
  measured: Type.Boolean(),
  isSynthetic: Type.Boolean({ description: 'true for generated demo data' }),
  updatedAt: Timestamp,
})

export const Series = Type.Object({
  scope: ValueScope,
  scopeNameZh: Type.String(),
  scopeNameEn: Type.String(),
  latest: Nullable(IndicatorValue),
  /** oldest first: the latest twenty in a list, every value of one indicator */
  values: Type.Array(IndicatorValue),
})

export const Indicator = Type.Object({
  code: Code,
  nameZh: Type.String(),
  nameEn: Type.String(),
  descriptionZh: Type.String(),
  descriptionEn: Type.String(),
  unitZh: Type.String(),
  unitEn: Type.String(),
  decimals: Type.Integer({ minimum: 0, maximum: 6 }),
  target: Nullable(Type.Number()),
  targetYear: Nullable(Type.Integer()),
  direction: Type.Enum(indicatorDirections),
  scope: Type.Enum(indicatorScopes),
  source: Type.String(),
  measure: Nullable(Type.Enum(platformMeasures)),
  series: Type.Array(Series),
})

export const IndicatorList = Type.Object({ items: Type.Array(Indicator) })

export const ValueBody = StrictObject({
  indicatorCode: Code,
  scope: ValueScope,
  periodEnd: DateOnly,
  value: Type.Number({
    minimum: -valueMagnitudeMax,
    maximum: valueMagnitudeMax,
    description: 'in the indicator’s unit, with its decimals at most',
  }),
  source: Type.String({
    maxLength: sourceCharactersMax,
    description: 'who published the value, or the bulletin; required, never blank',
  }),
  publishedOn: DateOnly,
  replace: Type.Optional(
    Type.Boolean({ description: 'replace the value stored for the indicator, scope and period' }),
  ),
})

export const AddedValue = Type.Object({
  indicatorCode: Code,
  nameZh: Type.String(),
  nameEn: Type.String(),
  scope: ValueScope,
  value: IndicatorValue,
  replaced: Type.Boolean(),
})

export const ImportBody = StrictObject({
  fileName: Type.String({
    minLength: 5,
    maxLength: 200,
    pattern: '^[^/\\\\]+$',
    description: '….csv (UTF-8) or ….xlsx: the ending says how the file is read',
  }),
  contentBase64: Type.String({
    minLength: 4,
    maxLength: Math.ceil(importLimits.fileBytes / 3) * 4 + 1024,
    description: `the file, Base64; at most ${importLimits.fileBytes / 1024 / 1024} MB and ${importLimits.rows} rows, with the columns ${importColumns.join(', ')}`,
  }),
  replace: Type.Optional(
    Type.Boolean({ description: 'replace values stored for the same indicator, scope and period' }),
  ),
})

export const ImportSummary = Type.Object({
  importId: Type.String(),
  fileName: Type.String(),
  rows: Type.Integer(),
  inserted: Type.Integer(),
  replaced: Type.Integer(),
  indicators: Type.Array(Type.Object({ code: Code, rows: Type.Integer() })),
})
