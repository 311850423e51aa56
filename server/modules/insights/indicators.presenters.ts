// Indicators as the API answers them: numbers as numbers (the service read them from PostgreSQL's decimal text),
// days as days, each scope named in both languages.
import { narrow } from '../../platform/stored'
import { cityReferences } from '../registry'
import type { AddedValue, IndicatorView, SeriesView, ValueView } from './indicators.service'
import { corridorScope, indicatorDirections, indicatorScopes, platformMeasures } from './insights.states'

const scopeNames: ReadonlyMap<string, { zh: string; en: string }> = new Map([
  [corridorScope, { zh: '长三角G60科创走廊', en: 'G60 Sci-Tech Innovation Corridor' }],
  ...cityReferences.map((city) => [city.code, { zh: city.nameZh, en: city.nameEn }] as const),
])

function scopeNamed(scope: string) {
  const names = scopeNames.get(scope)
  return { scope, scopeNameZh: names?.zh ?? scope, scopeNameEn: names?.en ?? scope }
}

export function presentValue(view: ValueView) {
  return {
    periodEnd: view.row.periodEnd,
    value: view.value,
    gapToTarget: view.gapToTarget,
    onTrack: view.onTrack,
    source: view.row.source,
    publishedOn: view.row.publishedOn,
    measured: view.measured,
    isSynthetic: view.row.isSynthetic,
    updatedAt: view.row.updatedAt.toISOString(),
  }
}

function presentSeries(series: SeriesView) {
  return {
    ...scopeNamed(series.scope),
    latest: series.latest === null ? null : presentValue(series.latest),
    values: series.values.map(presentValue),
  }
}

export function presentIndicator(view: IndicatorView) {
  const { indicator } = view
  return {
    code: indicator.code,
    nameZh: indicator.nameZh,
    nameEn: indicator.nameEn,
    descriptionZh: indicator.descriptionZh,
    descriptionEn: indicator.descriptionEn,
    unitZh: indicator.unitZh,
    unitEn: indicator.unitEn,
    decimals: indicator.decimals,
    target: view.target,
    targetYear: indicator.targetYear,
    direction: narrow(indicatorDirections, indicator.direction),
    scope: narrow(indicatorScopes, indicator.scope),
    source: indicator.source,
    measure: indicator.measure === null ? null : narrow(platformMeasures, indicator.measure),
    series: view.series.map(presentSeries),
  }
}

export function presentAddedValue(added: AddedValue) {
  return {
    indicatorCode: added.indicator.code,
    nameZh: added.indicator.nameZh,
    nameEn: added.indicator.nameEn,
    scope: added.value.row.scope,
    value: presentValue(added.value),
    replaced: added.replaced,
  }
}
