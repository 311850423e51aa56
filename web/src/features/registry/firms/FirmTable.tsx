import { Empty, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Firm } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CityName } from '../../../shared/reference/CityName'
import { IndustryName } from '../../../shared/reference/IndustryName'
import { FirmTags } from './FirmTags'
import { tableScroll } from '../../../shared/ui/tables'

export function FirmTable({ firms, loading }: { firms: Firm[]; loading: boolean }) {
  const { t } = useTranslation('registry')
  const { nameOf, otherNameOf } = useLanguage()
  const columns: TableColumnsType<Firm> = [
    {
      key: 'name',
      title: t('firms.columns.name'),
      render: (_, firm) => (
        <>
          <Link to={`/firms/${firm.id}`}>{nameOf(firm)}</Link>
          <span className="g60-secondary-name">{otherNameOf(firm)}</span>
        </>
      ),
    },
    {
      key: 'city',
      title: t('common.city'),
      width: 110,
      render: (_, firm) => <CityName code={firm.cityCode} />,
    },
    {
      key: 'industry',
      title: t('firms.columns.industry'),
      width: 130,
      render: (_, firm) => <IndustryName code={firm.industryCode} />,
    },
    {
      key: 'stage',
      title: t('firms.columns.stage'),
      width: 90,
      render: (_, firm) => t(`enums.stage.${firm.stage}`),
    },
    {
      key: 'size',
      title: t('firms.columns.size'),
      width: 80,
      render: (_, firm) => t(`enums.size.${firm.size}`),
    },
    {
      key: 'tags',
      title: t('firms.columns.marks'),
      width: 230,
      render: (_, firm) => <FirmTags firm={firm} />,
    },
  ]
  return (
    <Table<Firm>
      rowKey="id"
      columns={columns}
      dataSource={firms}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={tableScroll}
      locale={{ emptyText: <Empty description={t('common.noResults')} /> }}
    />
  )
}
