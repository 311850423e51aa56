// The statistics rows: effective and external hours, the sharing rate, cross-city hours, income, the average
// rating and (by owner) the grade.
import type { TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column, moneyColumn } from '../../../shared/ui/columns'
import { formatCount } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CityName } from '../../../shared/reference/CityName'
import { formatTenths } from '../common/durations'
import type { SharingStatsRow, StatsGrouping } from '../common/instrument.types'
import { RecordName } from '../../../shared/ui/RecordName'
import { GradeTag } from '../common/StatusTags'

interface StatsTableProps {
  rows: SharingStatsRow[]
  groupBy: StatsGrouping
  loading: boolean
}

export function StatsTable({ rows, groupBy, loading }: StatsTableProps) {
  const { t } = useTranslation('instruments')
  const { language } = useLanguage()
  const hours = (value: number) => formatTenths(value, language)
  // each row carries its names in both languages, so no row looks its record up
  const nameOf = (row: SharingStatsRow) => {
    if (groupBy === 'city') return <CityName code={row.key} linked />
    const page = groupBy === 'owner' ? 'providers' : 'instruments'
    return <RecordName record={row} fallback="" to={`/${page}/${encodeURIComponent(row.key)}`} />
  }
  const columns: TableColumnsType<SharingStatsRow> = [
    column(
      'name',
      t(`stats.groupBy.${groupBy}`),
      (row) => (
        <>
          {nameOf(row)}
          {groupBy !== 'city' && (
            <span className="g60-secondary-name">
              <CityName code={row.cityCode} />
            </span>
          )}
        </>
      ),
      { fixed: 'left' },
    ),
    column('bookings', t('stats.bookings'), (row) => formatCount(row.bookings, language), {
      align: 'right',
      width: 90,
    }),
    column('effective', t('stats.effectiveHours'), (row) => hours(row.effectiveHours), {
      align: 'right',
      width: 100,
    }),
    column('external', t('stats.externalHours'), (row) => hours(row.externalHours), {
      align: 'right',
      width: 100,
    }),
    column('rate', t('stats.sharingRate'), (row) => `${hours(row.sharingRatePercent)}%`, {
      align: 'right',
      width: 90,
    }),
    column('crossCity', t('stats.crossCityHours'), (row) => hours(row.crossCityHours), {
      align: 'right',
      width: 100,
    }),
    moneyColumn('income', t('stats.income'), (row) => row.incomeFen, 130),
    column(
      'rating',
      t('stats.rating'),
      (row) => (row.averageRating === null ? t('common.none') : row.averageRating.toFixed(2)),
      { align: 'right', width: 80 },
    ),
    ...(groupBy === 'owner'
      ? [
          column(
            'grade',
            t('stats.grade'),
            (row: SharingStatsRow) =>
              row.grade === null ? t('common.none') : <GradeTag grade={row.grade} />,
            70,
          ),
        ]
      : []),
  ]
  return (
    <DataTable<SharingStatsRow>
      rowKey="key"
      rows={rows}
      columns={columns}
      loading={loading}
      data-testid="stats-table"
      scroll={{ x: 980 }}
      emptyText={t('stats.empty')}
    />
  )
}
