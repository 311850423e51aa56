import { Alert, Card, Col, Row, Statistic } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatCount, formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { InlineError } from '../../../shared/ui/PageError'
import { useWalletTotals } from './wallet.queries'

/** What the firm's active vouchers add up to: how many, their face value, what is left and what is reserved. */
export function WalletTotals() {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const totals = useWalletTotals()
  if (totals.isError) return <InlineError error={totals.error} onRetry={() => void totals.refetch()} />
  const data = totals.data
  const money = (fen: number | undefined) => (fen === undefined ? '—' : formatFen(fen, language))
  const items = [
    {
      key: 'count',
      label: t('wallet.totals.count'),
      value: data === undefined ? '—' : formatCount(data.count, language),
    },
    { key: 'amount', label: t('wallet.totals.amount'), value: money(data?.amountFen) },
    { key: 'available', label: t('wallet.totals.available'), value: money(data?.availableFen) },
    { key: 'reserved', label: t('wallet.totals.reserved'), value: money(data?.reservedFen) },
  ]
  return (
    <div data-testid="wallet-totals">
      <Row gutter={[16, 16]}>
        {items.map((item) => (
          <Col key={item.key} xs={12} lg={6}>
            <Card size="small">
              <Statistic title={item.label} value={item.value} loading={totals.isPending} />
            </Card>
          </Col>
        ))}
      </Row>
      {data?.complete === false && (
        <Alert type="warning" showIcon title={t('wallet.totals.incomplete')} style={{ marginTop: 12 }} />
      )}
    </div>
  )
}
