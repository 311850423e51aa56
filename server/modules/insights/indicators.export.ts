// An indicator's values as a file, from what its GET answers: each scope's values oldest first, with the target, the
// gap to it, the source and the day it was published; the scope and the unit in the language asked for.
import type { ExportColumn, ExportTable } from '../../platform/export'
import type { presentIndicator } from './indicators.presenters'

type PresentedIndicator = ReturnType<typeof presentIndicator>
type Series = PresentedIndicator['series'][number]

interface ValueRow {
  series: Series
  value: Series['values'][number]
}

export function indicatorExport(indicator: PresentedIndicator): ExportTable<ValueRow> {
  const numberColumn = (
    zh: string,
    en: string,
    value: (row: ValueRow) => number | null,
  ): ExportColumn<ValueRow> => ({
    zh,
    en,
    kind: 'decimal',
    decimals: indicator.decimals,
    value,
  })
  return {
    baseName: `indicator-${indicator.code}`,
    sheetName: indicator.code,
    columns: [
      {
        zh: '范围',
        en: 'Scope',
        kind: 'text',
        value: (row, language) => (language === 'zh' ? row.series.scopeNameZh : row.series.scopeNameEn),
      },
      { zh: '统计期末', en: 'Period end', kind: 'date', value: (row) => row.value.periodEnd },
      numberColumn(`数值（${indicator.unitZh}）`, `Value (${indicator.unitEn})`, (row) => row.value.value),
      numberColumn('目标值', 'Target', () => indicator.target),
      numberColumn('与目标差距', 'Gap to target', (row) => row.value.gapToTarget),
      { zh: '来源', en: 'Source', kind: 'text', value: (row) => row.value.source },
      { zh: '发布日期', en: 'Published', kind: 'date', value: (row) => row.value.publishedOn },
    ],
    items: indicator.series.flatMap((series) => series.values.map((value) => ({ series, value }))),
    truncated: false,
  }
}
