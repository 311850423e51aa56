import { Type } from 'typebox'
import { ExportFields } from '../../platform/export'
import { FileResponse } from '../../platform/http/files'
import { DateOnly, Nullable, StrictObject, Timestamp } from '../../platform/http/schemas'
import { matrixOrders } from './flows.export'
import { flowKinds } from './insights.states'

const CityCode = Type.String({ minLength: 2, maxLength: 8, description: 'e.g. SH-SJ, SZ, HF' })
const Scope = Type.String({ minLength: 2, maxLength: 8, description: 'G60 for the corridor, or a city code' })
const Period = Type.String({
  maxLength: 20,
  description: 'YYYY, YYYY-MM, YYYY-Qn or YYYY-MM..YYYY-MM; the last twelve months when absent',
})
const Kind = Type.Enum(flowKinds, {
  description: 'voucher (fen), instrument (minutes), case (cases), credit (fen), award (fen)',
})
const Month = Type.String({ format: 'date', description: 'the first day of the month' })
const Range = Type.Object({ fromMonth: Month, toMonth: Month })
const Refreshed = Nullable(Type.Object({ finishedAt: Timestamp, fromMonth: Month }))

export const MatrixQuery = StrictObject({
  period: Type.Optional(Period),
  kind: Type.Optional(Kind),
  city: Type.Optional(CityCode),
})

export const Matrices = Type.Object({
  range: Range,
  refreshed: Refreshed,
  matrices: Type.Array(
    Type.Object({
      kind: Kind,
      unit: Type.String(),
      total: Type.Number(),
      cross: Type.Number(),
      records: Type.Integer(),
      cells: Type.Array(
        Type.Object({
          fromCityCode: Type.String(),
          toCityCode: Type.String(),
          value: Nullable(
            Type.Number({ description: 'null when suppressed (a money cell of under 3 records)' }),
          ),
          records: Type.Integer(),
          suppressed: Type.Boolean(),
        }),
      ),
    }),
  ),
})

/** One kind's matrix as a file, in the matrix's order of cities or the map's list's (largest first). */
export const MatrixExportQuery = StrictObject({
  period: Type.Optional(Period),
  kind: Kind,
  city: Type.Optional(CityCode),
  order: Type.Optional(
    Type.Enum(matrixOrders, {
      default: 'cities',
      description:
        'cities: from-city then to-city in the corridor order (default); largest: cross-city first, largest first',
    }),
  ),
  ...ExportFields,
})

export const RecordsQuery = StrictObject({
  kind: Kind,
  period: Type.Optional(Period),
  from: Type.Optional(CityCode),
  to: Type.Optional(CityCode),
  city: Type.Optional(CityCode),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
  cursor: Type.Optional(Type.String({ maxLength: 300 })),
})

export const RecordsExportQuery = StrictObject({
  kind: Kind,
  period: Type.Optional(Period),
  from: Type.Optional(CityCode),
  to: Type.Optional(CityCode),
  city: Type.Optional(CityCode),
  ...ExportFields,
})

export const FlowRecords = Type.Object({
  range: Range,
  kind: Kind,
  unit: Type.String(),
  totals: Type.Object({ records: Type.Integer(), value: Type.Number() }),
  items: Type.Array(
    Type.Object({
      recordId: Type.String(),
      occurredAt: Timestamp,
      fromCityCode: Type.String(),
      toCityCode: Type.String(),
      value: Type.Number(),
      partyId: Nullable(Type.String()),
      partyNameZh: Nullable(Type.String()),
      partyNameEn: Nullable(Type.String()),
      counterpartyId: Nullable(Type.String()),
      counterpartyNameZh: Nullable(Type.String()),
      counterpartyNameEn: Nullable(Type.String()),
    }),
  ),
  nextCursor: Nullable(Type.String()),
})

const Points = Type.Integer({ minimum: 0, maximum: 100, description: 'whole percentage points' })
const Weights = StrictObject({
  voucher: Points,
  instrument: Points,
  case: Points,
  credit: Points,
  award: Points,
})

export const WeightsVersion = Type.Object({
  id: Type.String(),
  effectiveFrom: DateOnly,
  baseMonth: Month,
  weights: Weights,
  note: Type.String(),
  createdByUserId: Type.String(),
})

export const WeightsBody = StrictObject({
  effectiveFrom: DateOnly,
  baseMonth: DateOnly,
  weights: Weights,
  note: Type.String({ minLength: 1, maxLength: 500 }),
})

export const IndexQuery = StrictObject({ period: Type.Optional(Period), scope: Type.Optional(Scope) })

export const IndexExportQuery = StrictObject({
  period: Type.Optional(Period),
  scope: Type.Optional(Scope),
  ...ExportFields,
})

export const IndexScopesExportQuery = StrictObject({ period: Type.Optional(Period), ...ExportFields })

const KindFigures = Type.Object(
  {
    voucher: Type.Optional(Type.Number()),
    instrument: Type.Optional(Type.Number()),
    case: Type.Optional(Type.Number()),
    credit: Type.Optional(Type.Number()),
    award: Type.Optional(Type.Number()),
  },
  { description: 'each kind’s contribution to (index − 100), in index points' },
)

export const IndexSeries = Type.Object({
  range: Range,
  refreshed: Refreshed,
  weightVersions: Type.Array(Type.Object({ ...WeightsVersion.properties, createdAt: Timestamp })),
  scopes: Type.Array(
    Type.Object({
      scope: Type.String(),
      months: Type.Array(
        Type.Object({
          month: Month,
          weightsId: Type.String(),
          indexValue: Nullable(Type.Number()),
          contributions: KindFigures,
          kinds: Type.Array(
            Type.Object({
              kind: Kind,
              cross: Type.Number(),
              total: Type.Number(),
              share: Type.Number(),
              baseShare: Nullable(Type.Number()),
            }),
          ),
        }),
      ),
    }),
  ),
})

export const RefreshBody = StrictObject({
  full: Type.Boolean({ description: 'every month from the first record, not only the recent ones' }),
})

export const RefreshResult = Type.Object({
  fromMonth: Month,
  cellsWritten: Type.Integer(),
  indexValuesWritten: Type.Integer(),
})

export const LabourQuery = StrictObject({
  basis: Type.Optional(Type.Union([Type.Literal('firms'), Type.Literal('high_tech_firms')])),
})

export const LabourExportQuery = StrictObject({ ...LabourQuery.properties, ...ExportFields })

export const LabourYearExportQuery = StrictObject({
  ...LabourQuery.properties,
  year: Type.Optional(
    Type.Integer({ minimum: 1900, maximum: 9999, description: 'the latest year when absent' }),
  ),
  ...ExportFields,
})

export const DivisionOfLabour = Type.Object({
  basis: Type.String(),
  industries: Type.Array(Type.Object({ code: Type.String(), nameZh: Type.String(), nameEn: Type.String() })),
  years: Type.Array(
    Type.Object({
      year: Type.Integer(),
      firms: Type.Integer(),
      quotients: Type.Array(
        Type.Object({
          cityCode: Type.String(),
          industryCode: Type.String(),
          firms: Type.Integer(),
          quotient: Type.Number(),
        }),
      ),
      krugman: Type.Object({
        pairs: Type.Array(
          Type.Object({ firstCityCode: Type.String(), secondCityCode: Type.String(), index: Type.Number() }),
        ),
        againstRest: Type.Array(Type.Object({ cityCode: Type.String(), index: Type.Number() })),
        mean: Type.Number(),
      }),
    }),
  ),
})

const Column = Type.Object({
  name: Type.String(),
  kind: Type.String(),
  decimals: Type.Optional(Type.Integer()),
  descriptionZh: Type.String(),
  descriptionEn: Type.String(),
})

export const OpenDataCatalogue = Type.Array(
  Type.Object({
    id: Type.String(),
    titleZh: Type.String(),
    titleEn: Type.String(),
    descriptionZh: Type.String(),
    descriptionEn: Type.String(),
    frequency: Type.String(),
    filters: Type.Array(Type.String()),
    columns: Type.Array(Column),
    licence: Type.Object({
      code: Type.String(),
      nameZh: Type.String(),
      nameEn: Type.String(),
      url: Type.String(),
    }),
    downloads: Type.Object({ csv: Type.String(), xlsx: Type.String() }),
  }),
)

export const OpenDataFile = FileResponse

export const OpenDataFileParams = StrictObject({
  file: Type.String({
    pattern: '^[a-z][a-z-]{1,40}\\.(csv|xlsx)$',
    description: 'e.g. flows.csv, instruments.xlsx',
  }),
})

const Filter = Type.Optional(Type.String({ minLength: 1, maxLength: 40 }))

/** the filters a data set honours (see each set's filters); another set's filter is refused */
export const OpenDataFileQuery = StrictObject({
  city: Filter,
  industry: Filter,
  period: Type.Optional(Period),
  kind: Filter,
  scope: Filter,
})
