// Open financing needs that pass every hard condition of the product. No firm's indicators are shown here: the
// institution reads those only once the firm refers its need with consent.
import { Alert, Card, Empty, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Money } from '../../../shared/ui/Money'
import { InlineError } from '../../../shared/ui/PageError'
import { FirmName } from '../../registry/firms/FirmName'
import { CityName } from '../../../shared/reference/CityName'
import type { FittingNeed } from '../common/finance.types'
import { formatMonths } from '../common/format'
import { UrgencyTag } from '../common/StatusTags'
import { useFittingNeeds } from './products.queries'

export function FittingNeeds({ productId }: { productId: string }) {
  const { t } = useTranslation('finance')
  const fitting = useFittingNeeds(productId)
  const needs = fitting.data?.needs ?? []
  const columns: TableColumnsType<FittingNeed> = [
    { key: 'firm', title: t('fields.firm'), render: (_, need) => <FirmName id={need.firmId} /> },
    {
      key: 'city',
      title: t('common.city'),
      width: 110,
      render: (_, need) => <CityName code={need.cityCode} />,
    },
    {
      key: 'amount',
      title: t('fields.amount'),
      align: 'right',
      width: 150,
      render: (_, need) => <Money fen={need.amountFen} />,
    },
    {
      key: 'term',
      title: t('fields.term'),
      width: 100,
      render: (_, need) => formatMonths(need.termMonths, t),
    },
    {
      key: 'urgency',
      title: t('fields.urgency'),
      width: 100,
      render: (_, need) => <UrgencyTag urgency={need.urgency} />,
    },
  ]
  return (
    <Card title={t('products.fittingTitle', { count: needs.length })}>
      <Alert type="info" showIcon title={t('products.fittingNote')} style={{ marginBottom: 16 }} />
      {fitting.isError && <InlineError error={fitting.error} onRetry={() => void fitting.refetch()} />}
      <Table<FittingNeed>
        rowKey="needId"
        columns={columns}
        dataSource={needs}
        loading={fitting.isFetching}
        pagination={false}
        size="middle"
        scroll={{ x: 700 }}
        locale={{ emptyText: <Empty description={t('products.fittingEmpty')} /> }}
        data-testid="fitting-needs"
      />
    </Card>
  )
}
