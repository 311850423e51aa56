// The integration index as files, from what its GET answers: one scope month by month (the index, each kind's
// contribution to its change from 100, each kind's cross-city share against the base month's, shares as fractions
// in percent cells), and every scope side by side, a column each (the corridor first, then the cities in order).
import type { ExportColumn, ExportLanguage, ExportTable } from '../../platform/export'
import { cityCodes, cityNameOf } from '../registry'
import { flowKindNames } from './flows.export'
import type { IntegrationIndex } from './integration-index.service'
import { corridorScope, flowKinds, type FlowKind } from './insights.states'
import { monthsBetween } from './period'

type IndexAnswer = Awaited<ReturnType<IntegrationIndex['series']>>
type IndexMonth = IndexAnswer['scopes'][number]['months'][number]

/** The corridor's name, or a city's, in the language asked for. */
export function scopeNameOf(scope: string, language: ExportLanguage): string {
  if (scope === corridorScope) return language === 'zh' ? '走廊整体' : 'The corridor'
  return cityNameOf(scope, language)
}

const kindName = (kind: FlowKind, language: ExportLanguage) =>
  language === 'zh' ? flowKindNames[kind].nameZh : flowKindNames[kind].nameEn

function contributionOf(month: IndexMonth, kind: FlowKind): number | null {
  const value = month.contributions[kind]
  return typeof value === 'number' ? value : null
}

function shareOf(month: IndexMonth, kind: FlowKind, base: boolean): number | null {
  const entry = month.kinds.find((candidate) => candidate.kind === kind)
  if (entry === undefined) return null
  return base ? entry.baseShare : entry.share
}

const monthColumn: ExportColumn<{ month: string }> = {
  zh: '月份',
  en: 'Month',
  kind: 'text',
  value: (row) => row.month.slice(0, 7),
}

/** One scope's index, its oldest month first. */
export function indexMonthsExport(answer: IndexAnswer, scope: string): ExportTable<IndexMonth> {
  const months = [...(answer.scopes.find((candidate) => candidate.scope === scope)?.months ?? [])].sort(
    (first, second) => first.month.localeCompare(second.month),
  )
  const columns: ExportColumn<IndexMonth>[] = [
    monthColumn,
    { zh: '指数', en: 'Index', kind: 'decimal', decimals: 2, value: (month) => month.indexValue },
    ...flowKinds.map((kind): ExportColumn<IndexMonth> => ({
      zh: `${kindName(kind, 'zh')}贡献`,
      en: `${kindName(kind, 'en')} contribution`,
      kind: 'decimal',
      decimals: 2,
      value: (month) => contributionOf(month, kind),
    })),
    ...flowKinds.flatMap((kind): ExportColumn<IndexMonth>[] => [
      {
        zh: `${kindName(kind, 'zh')}跨城占比`,
        en: `${kindName(kind, 'en')} cross-city share`,
        kind: 'percent',
        decimals: 2,
        value: (month) => shareOf(month, kind, false),
      },
      {
        zh: `${kindName(kind, 'zh')}基期跨城占比`,
        en: `${kindName(kind, 'en')} base cross-city share`,
        kind: 'percent',
        decimals: 2,
        value: (month) => shareOf(month, kind, true),
      },
    ]),
  ]
  return {
    baseName: `integration-index-${scope}-${answer.range.fromMonth.slice(0, 7)}-${answer.range.toMonth.slice(0, 7)}`,
    sheetName: scope,
    columns,
    items: months,
    truncated: false,
  }
}

interface ScopesRow {
  month: string
  /** the index of each scope in the month, by scope */
  values: ReadonlyMap<string, number | null>
}

/** Every scope's index on one month axis: a row per month of the period, a column per scope. */
export function indexScopesExport(answer: IndexAnswer): ExportTable<ScopesRow> {
  const scopes = [corridorScope, ...cityCodes].filter((scope) =>
    answer.scopes.some((candidate) => candidate.scope === scope),
  )
  const items = monthsBetween(answer.range).map((month) => ({
    month,
    values: new Map(
      answer.scopes.map((scope) => [
        scope.scope,
        scope.months.find((entry) => entry.month.slice(0, 7) === month.slice(0, 7))?.indexValue ?? null,
      ]),
    ),
  }))
  const columns: ExportColumn<ScopesRow>[] = [
    monthColumn,
    ...scopes.map((scope): ExportColumn<ScopesRow> => ({
      zh: scopeNameOf(scope, 'zh'),
      en: scopeNameOf(scope, 'en'),
      kind: 'decimal',
      decimals: 2,
      value: (row) => row.values.get(scope) ?? null,
    })),
  ]
  return {
    baseName: `integration-index-scopes-${answer.range.fromMonth.slice(0, 7)}-${answer.range.toMonth.slice(0, 7)}`,
    sheetName: 'scopes',
    columns,
    items,
    truncated: false,
  }
}
