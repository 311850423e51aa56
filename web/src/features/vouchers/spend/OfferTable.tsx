// Products a voucher can pay for, each with what one unit would cost the voucher and the firm.
import { Button, Empty, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ServiceProduct } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
import { tableScroll } from '../../../shared/ui/tables'
import { ProviderName } from '../../registry/providers/ProviderName'
import { CityName } from '../../../shared/reference/CityName'
import { splitOrder, type CoPayRule } from '../common/coPay'

interface OfferTableProps {
  products: ServiceProduct[]
  loading: boolean
  rule: CoPayRule
  availableFen: number
  onOrder: (product: ServiceProduct) => void
}

export function OfferTable({ products, loading, rule, availableFen, onOrder }: OfferTableProps) {
  const { t } = useTranslation('vouchers')
  const { nameOf, otherNameOf, isChinese } = useLanguage()
  const splitOf = (product: ServiceProduct) => splitOrder(product.priceFen, rule, availableFen)
  const columns: TableColumnsType<ServiceProduct> = [
    {
      key: 'product',
      title: t('fields.product'),
      render: (_, product) => (
        <>
          <span title={isChinese ? product.descriptionZh : product.descriptionEn}>{nameOf(product)}</span>
          <span className="g60-secondary-name">{otherNameOf(product)}</span>
        </>
      ),
    },
    {
      key: 'provider',
      title: t('fields.provider'),
      render: (_, product) => (
        <>
          <ProviderName id={product.providerId} linked />
          <span className="g60-secondary-name">
            <CityName code={product.providerCityCode} />
          </span>
        </>
      ),
    },
    {
      key: 'category',
      title: t('fields.category'),
      width: 110,
      render: (_, product) => t(`enums.serviceCategory.${product.category}`),
    },
    {
      key: 'price',
      title: t('fields.price'),
      align: 'right',
      width: 140,
      render: (_, product) => (
        <>
          <Money fen={product.priceFen} />
          <span className="g60-secondary-name">{t(`enums.priceUnit.${product.priceUnit}`)}</span>
        </>
      ),
    },
    {
      key: 'share',
      title: t('fields.voucherShare'),
      align: 'right',
      width: 130,
      render: (_, product) => <Money fen={splitOf(product).voucherShareFen} />,
    },
    {
      key: 'copay',
      title: t('fields.firmCopay'),
      align: 'right',
      width: 130,
      render: (_, product) => <Money fen={splitOf(product).firmCopayFen} />,
    },
    {
      key: 'order',
      title: t('common.actions'),
      width: 90,
      render: (_, product) => (
        <Button
          size="small"
          type="primary"
          disabled={splitOf(product).voucherShareFen <= 0}
          onClick={() => onOrder(product)}
        >
          {t('spend.order')}
        </Button>
      ),
    },
  ]
  return (
    <Table<ServiceProduct>
      rowKey="id"
      columns={columns}
      dataSource={products}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={tableScroll}
      locale={{ emptyText: <Empty description={t('spend.empty')} /> }}
      data-testid="offer-table"
    />
  )
}
