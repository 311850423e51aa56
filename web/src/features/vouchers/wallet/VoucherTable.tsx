import type { TableColumnsType, TableProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column, moneyColumn, timestampColumn, type Column } from '../../../shared/ui/columns'
import { sortable } from '../../../shared/list/sorting'
import { Link } from 'react-router'
import type { Voucher } from '../../../shared/api/types'
import { CityName } from '../../../shared/reference/CityName'
import { Expiry } from '../common/Expiry'
import { RecordName } from '../../../shared/ui/RecordName'
import { VoucherStatusTag } from '../common/StatusTags'

interface VoucherTableProps {
  vouchers: Voucher[]
  loading: boolean
  /** the list's order and what a header click does to it; without, the columns do not sort */
  sorting?: { sort: string; onChange: TableProps<Voucher>['onChange'] }
}

export function VoucherTable({ vouchers, loading, sorting }: VoucherTableProps) {
  const { t } = useTranslation('vouchers')
  const sortableBy = (column: Column<Voucher>, key: string) =>
    sorting === undefined ? column : sortable(column, key, sorting.sort)
  const columns: TableColumnsType<Voucher> = [
    column(
      'number',
      t('fields.number'),
      (voucher) => <Link to={`/vouchers/wallet/${voucher.id}`}>{voucher.number}</Link>,
      190,
    ),
    column('scheme', t('fields.scheme'), (voucher) => (
      <>
        <RecordName record={voucher.scheme} fallback="" />
        <span className="g60-secondary-name">
          <CityName code={voucher.cityCode} />
        </span>
      </>
    )),
    sortableBy(
      timestampColumn('issuedAt', t('fields.issuedAt'), (voucher) => voucher.issuedAt, 120),
      'issuedAt',
    ),
    sortableBy(
      moneyColumn('amount', t('fields.amount'), (voucher) => voucher.amountFen, 130),
      'amountFen',
    ),
    moneyColumn('available', t('fields.available'), (voucher) => voucher.availableFen, 130),
    moneyColumn('reserved', t('fields.reserved'), (voucher) => voucher.reservedFen, 120),
    sortableBy(
      column('validUntil', t('fields.validUntil'), (voucher) => <Expiry voucher={voucher} />, 190),
      'expiresAt',
    ),
    column('status', t('fields.status'), (voucher) => <VoucherStatusTag status={voucher.status} />, 90),
  ]
  return (
    <DataTable<Voucher>
      rows={vouchers}
      columns={columns}
      loading={loading}
      onChange={sorting?.onChange}
      data-testid="voucher-table"
      emptyText={t('wallet.empty')}
    />
  )
}
