// A provider's service products: what it offers for vouchers, at what price, and whether it is published.
import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Card, Empty, Flex, Select, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ServiceProduct } from '../../../shared/api/types'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { productStatuses } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { Money } from '../../../shared/ui/Money'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { tableScroll } from '../../../shared/ui/tables'
import { enumOptions } from '../../../shared/reference/options'
import { ProductStatusTag } from '../common/StatusTags'
import { ProductStatusButton } from './ProductStatusButton'
import { productPages } from './products.queries'

export function ProductsPage() {
  const { t } = useTranslation('vouchers')
  const user = useCurrentUser()
  return (
    <>
      <PageTitle
        title={t('products.title')}
        subtitle={t('products.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/vouchers/products/new">
            {t('products.new')}
          </LinkButton>
        }
      />
      {user.organisationId === null ? (
        <Alert type="warning" showIcon title={t('products.noProvider')} />
      ) : (
        <ProductList providerId={user.organisationId} />
      )}
    </>
  )
}

function ProductList({ providerId }: { providerId: string }) {
  const { t } = useTranslation('vouchers')
  const { language, nameOf, otherNameOf } = useLanguage()
  const statuses = enumOptions(productStatuses, (status) => t(`enums.productStatus.${status}`))
  // the catalogue answers one status at a time: published unless withdrawn ones are asked for
  const {
    filters: { status },
    url,
    query: page,
    pager,
  } = usePagedList(productPages, (url) => ({
    provider: providerId,
    status: url.choice('status', productStatuses) ?? 'published',
  }))
  const products = page.data?.items ?? []

  const columns: TableColumnsType<ServiceProduct> = [
    {
      key: 'name',
      title: t('fields.product'),
      render: (_, product) => (
        <>
          {nameOf(product)}
          <span className="g60-secondary-name">{otherNameOf(product)}</span>
        </>
      ),
    },
    {
      key: 'category',
      title: t('fields.category'),
      width: 120,
      render: (_, product) => t(`enums.serviceCategory.${product.category}`),
    },
    {
      key: 'price',
      title: t('fields.price'),
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
      title: t('fields.status'),
      width: 90,
      render: (_, product) => <ProductStatusTag status={product.status} />,
    },
    {
      key: 'updatedAt',
      title: t('products.updatedAt'),
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
      <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
        <FilterField id="product-status" label={t('fields.status')} width={150}>
          <Select
            id="product-status"
            options={statuses}
            value={status}
            onChange={(value: string) => url.setFilter('status', value)}
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
        locale={{ emptyText: <Empty description={t('products.empty')} /> }}
        data-testid="product-table"
      />
      <CursorPager pager={pager} />
    </Card>
  )
}
