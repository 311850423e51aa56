// Products that failed one or two hard conditions: each failed condition with what the product requires and what
// the firm or need has, so the firm knows what would change the answer.
import { Card, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column } from '../../../shared/ui/columns'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { NearMiss } from '../common/finance.types'
import { RecordName } from '../../../shared/ui/RecordName'
import { conditionName, conditionValues } from './conditionText'

export function NearMisses({ nearMisses }: { nearMisses: NearMiss[] }) {
  const { t } = useTranslation('finance')
  const { nameOf } = useLanguage()
  const columns: TableColumnsType<NearMiss> = [
    column(
      'product',
      t('fields.product'),
      (miss) => (
        <>
          {nameOf(miss.product)} <Tag>{t(`enums.productType.${miss.product.productType}`)}</Tag>
          <span className="g60-secondary-name">
            <RecordName record={miss.product.institution} fallback="" />
          </span>
        </>
      ),
      280,
    ),
    column('failed', t('nearMisses.failed'), (miss) => (
      <ul className="g60-failed-conditions" data-testid="failed-conditions">
        {miss.failed.map((condition) => {
          const [required, actual] = conditionValues(condition, t)
          return (
            <li key={condition.code} data-code={condition.code}>
              <Tag color="orange">{conditionName(condition.code, t)}</Tag>
              <span className="g60-muted">{t('nearMisses.required')}</span> {required}
              <span className="g60-muted" style={{ marginLeft: 12 }}>
                {t('nearMisses.actual')}
              </span>{' '}
              {actual}
            </li>
          )
        })}
      </ul>
    )),
  ]
  return (
    <Card
      title={t('nearMisses.title', { count: nearMisses.length })}
      extra={<span className="g60-muted">{t('nearMisses.hint')}</span>}
    >
      <DataTable<NearMiss>
        rowKey={(miss) => miss.product.id}
        rows={nearMisses}
        columns={columns}
        data-testid="near-misses"
        scroll={{ x: 760 }}
        emptyText={t('nearMisses.empty')}
      />
    </Card>
  )
}
