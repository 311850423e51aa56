// Products a voucher can pay for, each with what one unit would cost the voucher and the firm.
import { Button, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column } from '../../../shared/ui/columns'
import type { ListedProduct } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
import { RecordName } from '../../../shared/ui/RecordName'
import { CityName } from '../../../shared/reference/CityName'
import { splitOrder, type CoPayRule } from '../common/coPay'

interface OfferTableProps {
  products: ListedProduct[]
  loading: boolean
  rule: CoPayRule
  availableFen: number
  onOrder: (product: ListedProduct) => void
}

export function OfferTable({ products, loading, rule, availableFen, onOrder }: OfferTableProps) {
  const { t } = useTranslation('vouchers')
  const { nameOf, otherNameOf, isChinese } = useLanguage()
  const splitOf = (product: ListedProduct) => splitOrder(product.priceFen, rule, availableFen)
  const columns: TableColumnsType<ListedProduct> = [
    column('product', t('fields.product'), (product) => (
      <>
        <span title={isChinese ? product.descriptionZh : product.descriptionEn}>{nameOf(product)}</span>
        <span className="g60-secondary-name">{otherNameOf(product)}</span>
      </>
    )),
    column('provider', t('fields.provider'), (product) => (
      <>
        <RecordName
          record={product.provider}
          fallback=""
          to={`/providers/${encodeURIComponent(product.providerId)}`}
        />
        <span className="g60-secondary-name">
          <CityName code={product.providerCityCode} />
        </span>
      </>
    )),
    column(
      'category',
      t('fields.category'),
      (product) => t(`enums.serviceCategory.${product.category}`),
      110,
    ),
    column(
      'price',
      t('fields.price'),
      (product) => (
        <>
          <Money fen={product.priceFen} />
          <span className="g60-secondary-name">{t(`enums.priceUnit.${product.priceUnit}`)}</span>
        </>
      ),
      { align: 'right', width: 140 },
    ),
    column('share', t('fields.voucherShare'), (product) => <Money fen={splitOf(product).voucherShareFen} />, {
      align: 'right',
      width: 130,
    }),
    column('copay', t('fields.firmCopay'), (product) => <Money fen={splitOf(product).firmCopayFen} />, {
      align: 'right',
      width: 130,
    }),
    column(
      'order',
      t('common.actions'),
      (product) => (
        <Button
          size="small"
          type="primary"
          disabled={splitOf(product).voucherShareFen <= 0}
          onClick={() => onOrder(product)}
        >
          {t('spend.order')}
        </Button>
      ),
      90,
    ),
  ]
  return (
    <DataTable<ListedProduct>
      rows={products}
      columns={columns}
      loading={loading}
      data-testid="offer-table"
      emptyText={t('spend.empty')}
    />
  )
}
