// Every scope's index as a table: a row per month, a column per scope (the corridor first).
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { column, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import { formatMonth } from '../common/period'
import type { ScopeSeries } from './scopeSeries'

interface MonthRow {
  id: string
  index: number
}

export function ScopesTable({ months, series }: { months: string[]; series: ScopeSeries[] }) {
  const { t } = useTranslation('insights')
  const { language } = useLanguage()
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2, minimumFractionDigits: 2 })
  const columns: Column<MonthRow>[] = [
    column('month', t('index.month'), (row) => formatMonth(months[row.index] ?? '', language), {
      width: 110,
      fixed: 'left',
    }),
    ...series.map((line) =>
      column(
        line.scope,
        line.name,
        (row: MonthRow) => {
          const value = line.values[row.index]
          return value === null || value === undefined ? '—' : number.format(value)
        },
        { width: 110, align: 'right' },
      ),
    ),
  ]
  return (
    <DataTable<MonthRow>
      rows={months.map((month, index) => ({ id: month, index }))}
      columns={columns}
      size="small"
      scroll={{ x: 110 + series.length * 110 }}
      data-testid="index-scopes-table"
    />
  )
}
