// A provider's service products: what it offers for vouchers, at what price, and whether it is published.
import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Card, Empty, Flex, Select, Table, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ServiceProduct } from '../../../shared/api/types'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { productStatuses } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { Money } from '../../../shared/ui/Money'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { tableScroll } from '../../../shared/ui/tables'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useUrlFilters } from '../../../shared/ui/useUrlFilters'
import { useEnumOptions } from '../../registry/reference/options'
import { ProductStatusTag } from '../common/StatusTags'
import { ProductStatusButton } from './ProductStatusButton'
import { useProductPage } from './products.queries'

export function ProductsPage() {
  const { t } = useTranslation()
  const user = useCurrentUser()
  return (
    <>
      <PageTitle
        title={t('vouchers.products.title')}
        subtitle={t('vouchers.products.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/vouchers/products/new">
            {t('vouchers.products.new')}
          </LinkButton>
        }
      />
      {user.organisationId === null ? (
        <Alert type="warning" showIcon title={t('vouchers.products.noProvider')} />
      ) : (
        <ProductList providerId={user.organisationId} />
      )}
    </>
  )
}

function ProductList({ providerId }: { providerId: string }) {
  const { t } = useTranslation()
  const { language, nameOf, otherNameOf } = useLanguage()
  const filters = useUrlFilters()
  const [pageSize, setPageSize] = useState(20)
  const statuses = useEnumOptions(productStatuses, (status) => `enums.productStatus.${status}`)
  // the catalogue answers one status at a time: published unless withdrawn ones are asked for
  const status = filters.choice('status', productStatuses) ?? 'published'
  const productFilters = { provider: providerId, status }
  const pager = useCursorPager(JSON.stringify([productFilters, pageSize]))
  const page = useProductPage(productFilters, pager.cursor, pageSize)
  const products = page.data?.items ?? []

  const columns: TableColumnsType<ServiceProduct> = [
    {
      key: 'name',
      title: t('vouchers.fields.product'),
      render: (_, product) => (
        <>
          {nameOf(product)}
          <span className="g60-secondary-name">{otherNameOf(product)}</span>
        </>
      ),
    },
    {
      key: 'category',
      title: t('vouchers.fields.category'),
      width: 120,
      render: (_, product) => t(`enums.serviceCategory.${product.category}`),
    },
    {
      key: 'price',
      title: t('vouchers.fields.price'),
      align: 'right',
      width: 150,
      render: (_, product) => (
        <>
          <Money fen={product.priceFen} />
          <span className="g60-secondary-name">{t(`enums.priceUnit.${product.priceUnit}`)}</span>
        </>
      ),
    },
    {
      key: 'status',
      title: t('vouchers.fields.status'),
      width: 90,
      render: (_, product) => <ProductStatusTag status={product.status} />,
    },
    {
      key: 'updatedAt',
      title: t('vouchers.products.updatedAt'),
      width: 160,
      render: (_, product) => formatTimestamp(product.updatedAt, language),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 170,
      render: (_, product) => (
        <Flex gap="small">
          <LinkButton size="small" icon={<EditOutlined />} to={`/vouchers/products/${product.id}/edit`}>
            {t('common.edit')}
          </LinkButton>
          <ProductStatusButton product={product} />
        </Flex>
      ),
    },
  ]

  return (
    <Card>
      <FilterBar onClear={filters.clearFilters} canClear={filters.hasAny}>
        <FilterField id="product-status" label={t('vouchers.fields.status')} width={150}>
          <Select
            id="product-status"
            options={statuses}
            value={status}
            onChange={(value: string) => filters.setFilter('status', value)}
          />
        </FilterField>
      </FilterBar>
      {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
      <SyntheticNotice shown={products.some((product) => product.isSynthetic)} />
      <Table<ServiceProduct>
        rowKey="id"
        columns={columns}
        dataSource={products}
        loading={page.isFetching}
        pagination={false}
        size="middle"
        scroll={tableScroll}
        locale={{ emptyText: <Empty description={t('vouchers.products.empty')} /> }}
        data-testid="product-table"
      />
      <CursorPager
        pager={pager}
        nextCursor={page.data?.nextCursor}
        pageSize={pageSize}
        onPageSizeChange={setPageSize}
        busy={page.isFetching}
        itemsOnPage={products.length}
      />
    </Card>
  )
}
