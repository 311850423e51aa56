// The statistics rows: effective and external hours, the sharing rate, cross-city hours, income, the average
// rating and (by owner) the grade.
import { Empty, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatCount } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
import { CityName } from '../../../shared/reference/CityName'
import { formatTenths } from '../common/durations'
import type { SharingStatsRow, StatsGrouping } from '../common/instrument.types'
import { InstrumentName } from '../common/InstrumentName'
import { OwnerName } from '../common/OrganisationName'
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
  const nameOf = (row: SharingStatsRow) => {
    if (groupBy === 'city') return <CityName code={row.key} linked />
    if (groupBy === 'owner') return <OwnerName id={row.key} fallback={row.nameZh} linked />
    return <InstrumentName id={row.key} fallback={row.nameZh} linked />
  }
  const columns: TableColumnsType<SharingStatsRow> = [
    {
      key: 'name',
      title: t(`stats.groupBy.${groupBy}`),
      fixed: 'left',
      render: (_, row) => (
        <>
          {nameOf(row)}
          {groupBy !== 'city' && (
            <span className="g60-secondary-name">
              <CityName code={row.cityCode} />
            </span>
          )}
        </>
      ),
    },
    {
      key: 'bookings',
      title: t('stats.bookings'),
      align: 'right',
      width: 90,
      render: (_, row) => formatCount(row.bookings, language),
    },
    {
      key: 'effective',
      title: t('stats.effectiveHours'),
      align: 'right',
      width: 100,
      render: (_, row) => hours(row.effectiveHours),
    },
    {
      key: 'external',
      title: t('stats.externalHours'),
      align: 'right',
      width: 100,
      render: (_, row) => hours(row.externalHours),
    },
    {
      key: 'rate',
      title: t('stats.sharingRate'),
      align: 'right',
      width: 90,
      render: (_, row) => `${hours(row.sharingRatePercent)}%`,
    },
    {
      key: 'crossCity',
      title: t('stats.crossCityHours'),
      align: 'right',
      width: 100,
      render: (_, row) => hours(row.crossCityHours),
    },
    {
      key: 'income',
      title: t('stats.income'),
      align: 'right',
      width: 130,
      render: (_, row) => <Money fen={row.incomeFen} />,
    },
    {
      key: 'rating',
      title: t('stats.rating'),
      align: 'right',
      width: 80,
      render: (_, row) => (row.averageRating === null ? t('common.none') : row.averageRating.toFixed(2)),
    },
    ...(groupBy === 'owner'
      ? [
          {
            key: 'grade',
            title: t('stats.grade'),
            width: 70,
            render: (_: unknown, row: SharingStatsRow) =>
              row.grade === null ? t('common.none') : <GradeTag grade={row.grade} />,
          },
        ]
      : []),
  ]
  return (
    <Table<SharingStatsRow>
      rowKey="key"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 980 }}
      locale={{ emptyText: <Empty description={t('stats.empty')} /> }}
      data-testid="stats-table"
    />
  )
}
