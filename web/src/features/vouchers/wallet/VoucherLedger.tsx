// Every ledger transfer in or out of a voucher's balance and reservation, oldest first: where each fen went.
import { Empty, Table, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { LedgerEntry } from '../../../shared/api/types'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { Money } from '../../../shared/ui/Money'
import { InlineError } from '../../../shared/ui/PageError'
import { tableScroll } from '../../../shared/ui/tables'
import { ledgerPages } from './wallet.queries'

export function VoucherLedger({ voucherId }: { voucherId: string }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const { query: page, pager } = usePagedList(ledgerPages, () => voucherId)
  const entries = page.data?.items ?? []
  const columns: TableColumnsType<LedgerEntry> = [
    {
      key: 'at',
      title: t('ledger.at'),
      width: 150,
      render: (_, entry) => formatTimestamp(entry.createdAt, language),
    },
    {
      key: 'kind',
      title: t('ledger.kind'),
      width: 110,
      render: (_, entry) => <Tag>{t(`enums.transferKind.${entry.kind}`)}</Tag>,
    },
    {
      key: 'movement',
      title: t('ledger.movement'),
      render: (_, entry) =>
        t('ledger.fromTo', {
          from: t(`enums.ledgerAccountKind.${entry.fromAccountKind}`),
          to: t(`enums.ledgerAccountKind.${entry.toAccountKind}`),
        }),
    },
    {
      key: 'amount',
      title: t('ledger.amount'),
      align: 'right',
      width: 130,
      render: (_, entry) => <Money fen={entry.amountFen} />,
    },
    {
      key: 'reference',
      title: t('ledger.reference'),
      width: 230,
      render: (_, entry) => <code>{entry.reference}</code>,
    },
  ]
  return (
    <>
      {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
      <Table<LedgerEntry>
        rowKey="id"
        columns={columns}
        dataSource={entries}
        loading={page.isFetching}
        pagination={false}
        size="middle"
        scroll={tableScroll}
        locale={{ emptyText: <Empty description={t('ledger.empty')} /> }}
        data-testid="ledger-table"
      />
      <CursorPager pager={pager} />
    </>
  )
}
