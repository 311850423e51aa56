// The division of labour's figures as tables: location quotients (city rows, industry columns), the Krugman index of
// each pair of cities, and the mean index by year with each city against the rest (the server writes their files).
import { useTranslation } from 'react-i18next'
import { column, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import type { LabourYear } from '../common/insights.types'
import { krugmanOf, quotientOf, type meanSeries } from './labour'
import type { Axis } from './LabourCharts'

interface Row {
  id: string
  index: number
}

const shown = (value: number | null | undefined, places = 2) =>
  value === null || value === undefined ? '—' : value.toFixed(places)

export function QuotientTable({
  year,
  cities,
  industries,
}: {
  year: LabourYear
  cities: Axis
  industries: Axis
}) {
  const { t } = useTranslation('insights')
  const columns: Column<Row>[] = [
    column('city', t('labour.city'), (row) => cities.names[row.index] ?? '', { width: 120, fixed: 'left' }),
    ...industries.codes.map((code, index) =>
      column(
        code,
        industries.names[index] ?? code,
        (row: Row) => shown(quotientOf(year, cities.codes[row.index] ?? '', code)),
        {
          width: 110,
          align: 'right',
        },
      ),
    ),
  ]
  return (
    <DataTable<Row>
      rows={cities.codes.map((code, index) => ({ id: code, index }))}
      columns={columns}
      size="small"
      scroll={{ x: 120 + industries.codes.length * 110 }}
      data-testid="quotient-table"
    />
  )
}

export function KrugmanTable({ year, cities }: { year: LabourYear; cities: Axis }) {
  const { t } = useTranslation('insights')
  const columns: Column<Row>[] = [
    column('city', t('labour.city'), (row) => cities.names[row.index] ?? '', { width: 120, fixed: 'left' }),
    ...cities.codes.map((code, index) =>
      column(
        code,
        cities.names[index] ?? code,
        (row: Row) => shown(krugmanOf(year, cities.codes[row.index] ?? '', code), 3),
        {
          width: 100,
          align: 'right',
        },
      ),
    ),
  ]
  return (
    <DataTable<Row>
      rows={cities.codes.map((code, index) => ({ id: code, index }))}
      columns={columns}
      size="small"
      scroll={{ x: 120 + cities.codes.length * 100 }}
      data-testid="krugman-table"
    />
  )
}

export function TrendTable({ series, cities }: { series: ReturnType<typeof meanSeries>; cities: Axis }) {
  const { t } = useTranslation('insights')
  const columns: Column<Row>[] = [
    column('year', t('labour.year'), (row) => series.years[row.index] ?? '', { width: 90, fixed: 'left' }),
    column('mean', t('labour.mean'), (row) => shown(series.means[row.index], 3), {
      width: 100,
      align: 'right',
    }),
    ...cities.codes.map((code, index) =>
      column(code, cities.names[index] ?? code, (row: Row) => shown(series.againstRest(code)[row.index], 3), {
        width: 100,
        align: 'right',
      }),
    ),
  ]
  return (
    <DataTable<Row>
      rows={series.years.map((year, index) => ({ id: String(year), index }))}
      columns={columns}
      size="small"
      scroll={{ x: 190 + cities.codes.length * 100 }}
      data-testid="krugman-trend-table"
    />
  )
}
