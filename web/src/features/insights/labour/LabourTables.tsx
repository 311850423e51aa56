// The division of labour's figures as tables and files: location quotients (city rows, industry columns), the
// Krugman index of each pair of cities, and the mean index by year with each city against the rest.
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { column, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import type { LabourYear } from '../common/insights.types'
import type { TableFile } from '../common/tableFile'
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

/** A grid of numbers as a file: a row per `rows` entry, a column per `columns` entry. */
function gridFile(
  name: string,
  sheet: string,
  corner: string,
  rows: Axis,
  columns: Axis,
  value: (row: string, column: string) => number | null,
  decimals: number,
): TableFile {
  return {
    name,
    sheet,
    columns: [
      { header: corner, kind: 'text' },
      ...columns.names.map((header) => ({ header, kind: 'decimal' as const, decimals })),
    ],
    rows: rows.codes.map((row, index) => [
      rows.names[index] ?? row,
      ...columns.codes.map((code) => value(row, code)),
    ]),
  }
}

export function quotientFile(year: LabourYear, cities: Axis, industries: Axis, t: TFunction<'insights'>) {
  const title = t('labour.quotientFile', { year: year.year })
  return gridFile(
    title,
    title,
    t('labour.city'),
    cities,
    industries,
    (city, industry) => quotientOf(year, city, industry),
    2,
  )
}

export function krugmanFile(year: LabourYear, cities: Axis, t: TFunction<'insights'>) {
  const title = t('labour.krugmanFile', { year: year.year })
  return gridFile(
    title,
    title,
    t('labour.city'),
    cities,
    cities,
    (first, second) => krugmanOf(year, first, second),
    3,
  )
}

export function trendFile(
  series: ReturnType<typeof meanSeries>,
  cities: Axis,
  t: TFunction<'insights'>,
): TableFile {
  const title = t('labour.trendFile')
  return {
    name: title,
    sheet: title,
    columns: [
      { header: t('labour.year'), kind: 'integer' },
      { header: t('labour.mean'), kind: 'decimal', decimals: 3 },
      ...cities.names.map((name) => ({
        header: t('labour.againstRest', { city: name }),
        kind: 'decimal' as const,
        decimals: 3,
      })),
    ],
    rows: series.years.map((year, index) => [
      year,
      series.means[index] ?? null,
      ...cities.codes.map((code) => series.againstRest(code)[index] ?? null),
    ]),
  }
}
