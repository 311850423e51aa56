// Open financing needs that pass every hard condition of the product. No firm's indicators are shown here: the
// institution reads those only once the firm refers its need with consent.
import { Alert, Card, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { cityColumn, column, moneyColumn } from '../../../shared/ui/columns'
import { QueryError } from '../../../shared/ui/PageError'
import { RecordName } from '../../../shared/ui/RecordName'
import type { FittingNeed } from '../common/finance.types'
import { formatMonths } from '../common/format'
import { UrgencyTag } from '../common/StatusTags'
import { useFittingNeeds } from './products.queries'

export function FittingNeeds({ productId }: { productId: string }) {
  const { t } = useTranslation('finance')
  const fitting = useFittingNeeds(productId)
  const needs = fitting.data?.needs ?? []
  const columns: TableColumnsType<FittingNeed> = [
    {
      key: 'firm',
      title: t('fields.firm'),
      render: (_, need) => <RecordName record={need.firm} fallback="" />,
    },
    cityColumn(t('common.city'), (need) => need.cityCode, 110),
    moneyColumn('amount', t('fields.amount'), (need) => need.amountFen, 150),
    column('term', t('fields.term'), (need) => formatMonths(need.termMonths, t), 100),
    column('urgency', t('fields.urgency'), (need) => <UrgencyTag urgency={need.urgency} />, 100),
  ]
  return (
    <Card title={t('products.fittingTitle', { count: needs.length })}>
      <Alert type="info" showIcon title={t('products.fittingNote')} style={{ marginBottom: 16 }} />
      <QueryError query={fitting} />
      <DataTable<FittingNeed>
        rowKey="needId"
        rows={needs}
        columns={columns}
        loading={fitting.isFetching}
        data-testid="fitting-needs"
        scroll={{ x: 700 }}
        emptyText={t('products.fittingEmpty')}
      />
    </Card>
  )
}
