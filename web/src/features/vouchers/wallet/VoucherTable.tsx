import type { TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column, moneyColumn } from '../../../shared/ui/columns'
import { Link } from 'react-router'
import type { Voucher } from '../../../shared/api/types'
import { CityName } from '../../../shared/reference/CityName'
import { Expiry } from '../common/Expiry'
import { SchemeName } from '../common/SchemeName'
import { VoucherStatusTag } from '../common/StatusTags'

export function VoucherTable({ vouchers, loading }: { vouchers: Voucher[]; loading: boolean }) {
  const { t } = useTranslation('vouchers')
  const columns: TableColumnsType<Voucher> = [
    column(
      'number',
      t('fields.number'),
      (voucher) => <Link to={`/vouchers/wallet/${voucher.id}`}>{voucher.number}</Link>,
      190,
    ),
    column('scheme', t('fields.scheme'), (voucher) => (
      <>
        <SchemeName id={voucher.schemeId} />
        <span className="g60-secondary-name">
          <CityName code={voucher.cityCode} />
        </span>
      </>
    )),
    moneyColumn('amount', t('fields.amount'), (voucher) => voucher.amountFen, 130),
    moneyColumn('available', t('fields.available'), (voucher) => voucher.availableFen, 130),
    moneyColumn('reserved', t('fields.reserved'), (voucher) => voucher.reservedFen, 120),
    column('validUntil', t('fields.validUntil'), (voucher) => <Expiry voucher={voucher} />, 190),
    column('status', t('fields.status'), (voucher) => <VoucherStatusTag status={voucher.status} />, 90),
  ]
  return (
    <DataTable<Voucher>
      rows={vouchers}
      columns={columns}
      loading={loading}
      data-testid="voucher-table"
      emptyText={t('wallet.empty')}
    />
  )
}
