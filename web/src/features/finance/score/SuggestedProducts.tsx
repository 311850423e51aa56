// The firm's best-fitting products from the last corridor-wide recompute (score margin, specificity and the
// institution's approvals), best first.
import { Card, Empty, Progress, Table, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { column } from '../../../shared/ui/columns'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { QueryError } from '../../../shared/ui/PageError'
import type { Suggestion } from '../common/finance.types'
import { formatRate, formatTenths } from '../common/format'
import { RecordName } from '../../../shared/ui/RecordName'
import { useSuggestions } from './score.queries'

export function SuggestedProducts({ firmId }: { firmId: string }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const suggestions = useSuggestions(firmId)
  const columns: TableColumnsType<Suggestion> = [
    { key: 'rank', title: '#', width: 48, render: (_, item) => item.rank },
    column('product', t('fields.product'), (item) => <ProductCell product={item.product} />),
    column(
      'institution',
      t('fields.institution'),
      (item) => <RecordName record={item.institution} fallback="" />,
      260,
    ),
    column(
      'fit',
      t('suggestions.fitColumn'),
      (item) => (
        <Progress
          percent={item.fitTenths / 10}
          size="small"
          format={() => formatTenths(item.fitTenths, language)}
          aria-label={t('suggestions.fit', { fit: formatTenths(item.fitTenths, language) })}
        />
      ),
      200,
    ),
  ]
  return (
    <Card title={t('suggestions.title')} extra={<span className="g60-muted">{t('suggestions.hint')}</span>}>
      <QueryError query={suggestions} />
      <Table<Suggestion>
        rowKey="productId"
        columns={columns}
        dataSource={suggestions.data?.suggestions ?? []}
        loading={suggestions.isPending}
        pagination={false}
        size="small"
        scroll={{ x: 760 }}
        locale={{ emptyText: <Empty description={t('suggestions.empty')} /> }}
        data-testid="suggested-products"
      />
    </Card>
  )
}

/** The suggested product as the answer names it: its name, type and rate cap. */
function ProductCell({ product }: { product: Suggestion['product'] }) {
  const { t } = useTranslation('finance')
  const { nameOf } = useLanguage()
  return (
    <>
      {nameOf(product)} <Tag>{t(`enums.productType.${product.productType}`)}</Tag>
      {product.rateCapBps !== null && (
        <span className="g60-secondary-name">{formatRate(product.rateCapBps, t)}</span>
      )}
    </>
  )
}
