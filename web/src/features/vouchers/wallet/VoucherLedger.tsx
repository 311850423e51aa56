// Every ledger transfer in or out of a voucher's balance and reservation, oldest first: where each fen went. Each row
// names the record it was made for as the answer embeds it (a number where the record has one), never by its id.
import { Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { LedgerEntry } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
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
    column('reference', t('ledger.reference'), (entry) => <LedgerSubject entry={entry} />, 260),
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

/** The record a transfer was made for: its kind, its number when it has one, and its name. */
function LedgerSubject({ entry }: { entry: LedgerEntry }) {
  const { t } = useTranslation('vouchers')
  const { nameOf } = useLanguage()
  const subject = entry.subject
  if (subject === null) return <>{t('ledger.noSubject')}</>
  return (
    <span data-testid="ledger-subject">
      <Tag>{t(`ledger.subjectKind.${subject.kind}`)}</Tag>
      {subject.number ?? nameOf(subject)}
      {subject.number !== null && <span className="g60-secondary-name">{nameOf(subject)}</span>}
    </span>
  )
}
