import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatCount, formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FigureRow } from '../../../shared/ui/FigureRow'
import { QueryError } from '../../../shared/ui/PageError'
import { useWalletTotals } from './wallet.queries'

/** What the firm's active vouchers add up to: how many, their face value, what is left and what is reserved. */
export function WalletTotals() {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const totals = useWalletTotals()
  if (totals.isError) return <QueryError query={totals} />
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
      <FigureRow figures={items} span={{ xs: 12, lg: 6 }} loading={totals.isPending} />
      {data?.complete === false && (
        <Alert type="warning" showIcon title={t('wallet.totals.incomplete')} style={{ marginTop: 12 }} />
      )}
    </div>
  )
}
