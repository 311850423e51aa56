// A run's payment batch: one line per payee (the provider under 通兑, the firm under 通用).
import { Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { SettlementPayment } from '../../../shared/api/types'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { cityColumn, column, moneyColumn } from '../../../shared/ui/columns'
import { Count } from '../../../shared/ui/Formatted'
import { paymentPages } from './settlements.queries'

export function PaymentTable({ runId }: { runId: string }) {
  const { t } = useTranslation('vouchers')
  const list = usePagedList(paymentPages, () => runId)
  const columns: TableColumnsType<SettlementPayment> = [
    column('payee', t('settlements.payee'), (payment) => (
      <>
        {payment.payeeNameZh}
        <span className="g60-secondary-name">{payment.payeeCreditCode}</span>
      </>
    )),
    column(
      'kind',
      t('settlements.payeeKind'),
      (payment) => (
        <Tag color={payment.payeeKind === 'provider' ? 'blue' : 'cyan'}>
          {t(`enums.payeeKind.${payment.payeeKind}`)}
        </Tag>
      ),
      120,
    ),
    cityColumn(t('common.city'), (payment) => payment.payeeCityCode, 120),
    column(
      'redemptions',
      t('settlements.redemptionCount'),
      (payment) => <Count value={payment.redemptionCount} />,
      {
        align: 'right',
        width: 110,
      },
    ),
    moneyColumn('amount', t('settlements.amount'), (payment) => payment.amountFen, 150),
  ]
  return <PagedTable list={list} notice={false} columns={columns} data-testid="payment-table" />
}
