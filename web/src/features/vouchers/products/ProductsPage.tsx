// A provider's service products: what it offers for vouchers, at what price, and whether it is published.
import { Card, Flex, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ServiceProduct } from '../../../shared/api/types'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions } from '../../../shared/reference/options'
import { OwnOrganisation } from '../../../shared/session/OwnOrganisation'
import { column, nameColumn, timestampColumn } from '../../../shared/ui/columns'
import { productStatuses } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { EditLink, NewLink } from '../../../shared/ui/LinkButton'
import { Money } from '../../../shared/ui/Money'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ProductStatusTag } from '../common/StatusTags'
import { ProductStatusButton } from './ProductStatusButton'
import { productPages } from './products.queries'

export function ProductsPage() {
  const { t } = useTranslation('vouchers')
  return (
    <>
      <PageTitle
        title={t('products.title')}
        subtitle={t('products.subtitle')}
        extra={<NewLink to="/vouchers/products/new">{t('products.new')}</NewLink>}
      />
      <OwnOrganisation missing={t('products.noProvider')}>
        {(providerId) => <ProductList providerId={providerId} />}
      </OwnOrganisation>
    </>
  )
}

function ProductList({ providerId }: { providerId: string }) {
  const { t } = useTranslation('vouchers')
  const statuses = enumOptions(productStatuses, (status) => t(`enums.productStatus.${status}`))
  // the catalogue answers one status at a time: published unless withdrawn ones are asked for
  const list = usePagedList(productPages, (url) => ({
    provider: providerId,
    status: url.choice('status', productStatuses) ?? 'published',
  }))

  const columns: TableColumnsType<ServiceProduct> = [
    nameColumn(t('fields.product')),
    column(
      'category',
      t('fields.category'),
      (product) => t(`enums.serviceCategory.${product.category}`),
      120,
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
      { align: 'right', width: 150 },
    ),
    column('status', t('fields.status'), (product) => <ProductStatusTag status={product.status} />, 90),
    timestampColumn('updatedAt', t('products.updatedAt'), (product) => product.updatedAt, 160),
    column(
      'actions',
      t('common.actions'),
      (product) => (
        <Flex gap="small">
          <EditLink to={`/vouchers/products/${product.id}/edit`} />
          <ProductStatusButton product={product} />
        </Flex>
      ),
      170,
    ),
  ]

  return (
    <Card>
      <FilterBar url={list.url} values={list.filters} idPrefix="product">
        <SelectFilter name="status" label={t('fields.status')} options={statuses} clearable={false} />
      </FilterBar>
      <PagedTable list={list} columns={columns} emptyText={t('products.empty')} data-testid="product-table" />
    </Card>
  )
}
