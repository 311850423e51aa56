import { Empty, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Voucher } from '../../../shared/api/types'
import { Money } from '../../../shared/ui/Money'
import { tableScroll } from '../../../shared/ui/tables'
import { CityName } from '../../../shared/reference/CityName'
import { Expiry } from '../common/Expiry'
import { SchemeName } from '../common/SchemeName'
import { VoucherStatusTag } from '../common/StatusTags'

export function VoucherTable({ vouchers, loading }: { vouchers: Voucher[]; loading: boolean }) {
  const { t } = useTranslation('vouchers')
  const columns: TableColumnsType<Voucher> = [
    {
      key: 'number',
      title: t('fields.number'),
      width: 190,
      render: (_, voucher) => <Link to={`/vouchers/wallet/${voucher.id}`}>{voucher.number}</Link>,
    },
    {
      key: 'scheme',
      title: t('fields.scheme'),
      render: (_, voucher) => (
        <>
          <SchemeName id={voucher.schemeId} />
          <span className="g60-secondary-name">
            <CityName code={voucher.cityCode} />
          </span>
        </>
      ),
    },
    {
      key: 'amount',
      title: t('fields.amount'),
      align: 'right',
      width: 130,
      render: (_, voucher) => <Money fen={voucher.amountFen} />,
    },
    {
      key: 'available',
      title: t('fields.available'),
      align: 'right',
      width: 130,
      render: (_, voucher) => <Money fen={voucher.availableFen} />,
    },
    {
      key: 'reserved',
      title: t('fields.reserved'),
      align: 'right',
      width: 120,
      render: (_, voucher) => <Money fen={voucher.reservedFen} />,
    },
    {
      key: 'validUntil',
      title: t('fields.validUntil'),
      width: 190,
      render: (_, voucher) => <Expiry voucher={voucher} />,
    },
    {
      key: 'status',
      title: t('fields.status'),
      width: 90,
      render: (_, voucher) => <VoucherStatusTag status={voucher.status} />,
    },
  ]
  return (
    <Table<Voucher>
      rowKey="id"
      columns={columns}
      dataSource={vouchers}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={tableScroll}
      locale={{ emptyText: <Empty description={t('wallet.empty')} /> }}
      data-testid="voucher-table"
    />
  )
}
