// The indicators the office reports, as shipped (reference/indicators.json): checked against their schema when the
// file loads (a malformed file stops the start) and upserted at every start, safe to repeat. Only the definitions
// live here; their values are entered, imported or computed, and never touched by a start.
import { Type, type Static } from 'typebox'
import type { Database } from '../../db/client'
import { closedObject, nonEmptyText, readCatalogue } from '../../platform/data-file'
import { assert } from '../../platform/errors'
import { upsertIndicators } from './indicators.repository'
import { indicatorDirections, indicatorScopes, platformMeasures } from './insights.states'
import indicatorsFile from './reference/indicators.json'

/** lower-case words joined by underscores: what a spreadsheet column and a URL carry */
export const indicatorCodePattern = '^[a-z][a-z0-9_]{1,59}$'

const definitionSchema = closedObject({
  code: Type.String({ pattern: indicatorCodePattern }),
  nameZh: nonEmptyText,
  nameEn: nonEmptyText,
  descriptionZh: nonEmptyText,
  descriptionEn: nonEmptyText,
  unitZh: nonEmptyText,
  unitEn: nonEmptyText,
  decimals: Type.Integer({ minimum: 0, maximum: 6 }),
  target: Type.Union([Type.Null(), Type.Number()]),
  targetYear: Type.Union([Type.Null(), Type.Integer({ minimum: 2000, maximum: 2100 })]),
  direction: Type.Enum(indicatorDirections),
  scope: Type.Enum(indicatorScopes),
  source: nonEmptyText,
  measure: Type.Union([Type.Null(), Type.Enum(platformMeasures)]),
})

export type IndicatorDefinition = Static<typeof definitionSchema>

function checkedDefinitions(): readonly IndicatorDefinition[] {
  const { indicators } = readCatalogue(
    'server/modules/insights/reference/indicators.json',
    closedObject({ indicators: Type.Array(definitionSchema, { minItems: 1, maxItems: 100 }) }),
    indicatorsFile,
  )
  const codes = new Set(indicators.map((indicator) => indicator.code))
  assert(codes.size === indicators.length, 'indicator codes in indicators.json are unique')
  for (const measure of platformMeasures) {
    const measuring = indicators.filter((indicator) => indicator.measure === measure)
    // a refresh writes each measure once, for the corridor as a whole
    assert(
      measuring.length === 1 && measuring[0]?.scope === 'corridor',
      `one corridor indicator measures ${measure}`,
    )
  }
  return indicators
}

export const indicatorDefinitions = checkedDefinitions()

/** The place of an indicator in the shipped file: the order the office reads them in. */
export const indicatorOrder: ReadonlyMap<string, number> = new Map(
  indicatorDefinitions.map((indicator, position) => [indicator.code, position]),
)

/** Inserts the shipped definitions and brings changed ones up to date; a start with nothing changed writes nothing. */
export async function ensureIndicators(db: Database): Promise<void> {
  await upsertIndicators(
    db,
    indicatorDefinitions.map((indicator) => ({
      code: indicator.code,
      nameZh: indicator.nameZh,
      nameEn: indicator.nameEn,
      descriptionZh: indicator.descriptionZh,
      descriptionEn: indicator.descriptionEn,
      unitZh: indicator.unitZh,
      unitEn: indicator.unitEn,
      decimals: indicator.decimals,
      target: indicator.target === null ? null : indicator.target.toFixed(6),
      targetYear: indicator.targetYear,
      direction: indicator.direction,
      scope: indicator.scope,
      source: indicator.source,
      measure: indicator.measure,
    })),
  )
}
