// The firm's best-fitting products from the last corridor-wide recompute (score margin, specificity and the
// institution's approvals), best first.
import { Card, Empty, Progress, Table, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { column } from '../../../shared/ui/columns'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { QueryError } from '../../../shared/ui/PageError'
import type { Suggestion } from '../common/finance.types'
import { formatRate, formatTenths } from '../common/format'
import { InstitutionName } from '../../registry/institutions/InstitutionName'
import { useFinanceProduct } from '../common/names'
import { useSuggestions } from './score.queries'

export function SuggestedProducts({ firmId }: { firmId: string }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const suggestions = useSuggestions(firmId)
  const columns: TableColumnsType<Suggestion> = [
    { key: 'rank', title: '#', width: 48, render: (_, item) => item.rank },
    column('product', t('fields.product'), (item) => <ProductCell id={item.productId} />),
    column('institution', t('fields.institution'), (item) => <InstitutionCell id={item.productId} />, 260),
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

function ProductCell({ id }: { id: string }) {
  const { t } = useTranslation('finance')
  const { nameOf } = useLanguage()
  const product = useFinanceProduct(id)
  if (product.data === undefined) return <>{id}</>
  return (
    <>
      {nameOf(product.data)} <Tag>{t(`enums.productType.${product.data.productType}`)}</Tag>
      {product.data.rateCapBps !== null && (
        <span className="g60-secondary-name">{formatRate(product.data.rateCapBps, t)}</span>
      )}
    </>
  )
}

function InstitutionCell({ id }: { id: string }) {
  const product = useFinanceProduct(id)
  return product.data === undefined ? null : <InstitutionName id={product.data.institutionId} />
}
