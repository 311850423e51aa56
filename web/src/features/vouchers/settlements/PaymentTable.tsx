// A run's payment batch: one line per payee (the provider under 通兑, the firm under 通用).
import { Empty, Table, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { SettlementPayment } from '../../../shared/api/types'
import { formatCount } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { Money } from '../../../shared/ui/Money'
import { InlineError } from '../../../shared/ui/PageError'
import { tableScroll } from '../../../shared/ui/tables'
import { CityName } from '../../../shared/reference/CityName'
import { paymentPages } from './settlements.queries'

export function PaymentTable({ runId }: { runId: string }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const { query: page, pager } = usePagedList(paymentPages, () => runId)
  const payments = page.data?.items ?? []
  const columns: TableColumnsType<SettlementPayment> = [
    {
      key: 'payee',
      title: t('settlements.payee'),
      render: (_, payment) => (
        <>
          {payment.payeeNameZh}
          <span className="g60-secondary-name">{payment.payeeCreditCode}</span>
        </>
      ),
    },
    {
      key: 'kind',
      title: t('settlements.payeeKind'),
      width: 120,
      render: (_, payment) => (
        <Tag color={payment.payeeKind === 'provider' ? 'blue' : 'cyan'}>
          {t(`enums.payeeKind.${payment.payeeKind}`)}
        </Tag>
      ),
    },
    {
      key: 'city',
      title: t('common.city'),
      width: 120,
      render: (_, payment) => <CityName code={payment.payeeCityCode} />,
    },
    {
      key: 'redemptions',
      title: t('settlements.redemptionCount'),
      align: 'right',
      width: 110,
      render: (_, payment) => formatCount(payment.redemptionCount, language),
    },
    {
      key: 'amount',
      title: t('settlements.amount'),
      align: 'right',
      width: 150,
      render: (_, payment) => <Money fen={payment.amountFen} />,
    },
  ]
  return (
    <>
      {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
      <Table<SettlementPayment>
        rowKey="id"
        columns={columns}
        dataSource={payments}
        loading={page.isFetching}
        pagination={false}
        size="middle"
        scroll={tableScroll}
        locale={{ emptyText: <Empty description={t('common.noResults')} /> }}
        data-testid="payment-table"
      />
      <CursorPager pager={pager} />
    </>
  )
}
