import { Empty, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Park } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CityName } from '../../../shared/reference/CityName'
import { IndustryName } from '../../../shared/reference/IndustryName'
import { parkLevelLabel } from './parkLevel'
import { ParkTags } from './ParkTags'
import { tableScroll } from '../../../shared/ui/tables'

export function ParkTable({
  parks,
  loading,
  showCity = true,
}: {
  parks: Park[]
  loading: boolean
  showCity?: boolean
}) {
  const { t } = useTranslation('registry')
  const { nameOf, otherNameOf } = useLanguage()
  const columns: TableColumnsType<Park> = [
    {
      key: 'name',
      title: t('parks.columns.name'),
      render: (_, park) => (
        <>
          <Link to={`/parks/${park.id}`}>{nameOf(park)}</Link>
          <span className="g60-secondary-name">{otherNameOf(park)}</span>
        </>
      ),
    },
    ...(showCity
      ? [
          {
            key: 'city',
            title: t('common.city'),
            width: 130,
            render: (_: unknown, park: Park) => <CityName code={park.cityCode} />,
          },
        ]
      : []),
    {
      key: 'level',
      title: t('parks.columns.level'),
      width: 110,
      render: (_, park) => parkLevelLabel(t, park.level),
    },
    {
      key: 'industry',
      title: t('parks.columns.mainIndustry'),
      width: 160,
      render: (_, park) =>
        park.mainIndustryCode === null ? t('common.none') : <IndustryName code={park.mainIndustryCode} />,
    },
    {
      key: 'marks',
      title: t('parks.columns.marks'),
      width: 200,
      render: (_, park) => <ParkTags park={park} />,
    },
  ]
  return (
    <Table<Park>
      rowKey="id"
      columns={columns}
      dataSource={parks}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={tableScroll}
      locale={{ emptyText: <Empty description={t('common.noResults')} /> }}
    />
  )
}
