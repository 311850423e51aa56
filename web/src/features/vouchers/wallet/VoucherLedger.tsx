// Every ledger transfer in or out of a voucher's balance and reservation, oldest first: where each fen went.
import { Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { LedgerEntry } from '../../../shared/api/types'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { column, moneyColumn, timestampColumn } from '../../../shared/ui/columns'
import { ledgerPages } from './wallet.queries'

export function VoucherLedger({ voucherId }: { voucherId: string }) {
  const { t } = useTranslation('vouchers')
  const list = usePagedList(ledgerPages, () => voucherId)
  const columns: TableColumnsType<LedgerEntry> = [
    timestampColumn('at', t('ledger.at'), (entry) => entry.createdAt, 150),
    column('kind', t('ledger.kind'), (entry) => <Tag>{t(`enums.transferKind.${entry.kind}`)}</Tag>, 110),
    column('movement', t('ledger.movement'), (entry) =>
      t('ledger.fromTo', {
        from: t(`enums.ledgerAccountKind.${entry.fromAccountKind}`),
        to: t(`enums.ledgerAccountKind.${entry.toAccountKind}`),
      }),
    ),
    moneyColumn('amount', t('ledger.amount'), (entry) => entry.amountFen, 130),
    column('reference', t('ledger.reference'), (entry) => <code>{entry.reference}</code>, 230),
  ]
  return (
    <PagedTable
      list={list}
      notice={false}
      columns={columns}
      emptyText={t('ledger.empty')}
      data-testid="ledger-table"
    />
  )
}
