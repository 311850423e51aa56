// The institution's finance products: type, amounts, rate cap, terms, who they serve and whether they are active.
import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Card, Empty, Flex, Select, Table, Tag, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useUrlFilters } from '../../../shared/ui/useUrlFilters'
import { CityName } from '../../registry/reference/CityName'
import { useEnumOptions } from '../../registry/reference/options'
import { productStatuses } from '../common/enums'
import type { FinanceProduct } from '../common/finance.types'
import { formatFenRange, formatMonthRange, formatRate, formatTenths } from '../common/format'
import { ProductStatusTag } from '../common/StatusTags'
import { ProductStatusButton } from './ProductStatusButton'
import { useProductPage } from './products.queries'

export function FinanceProductsPage() {
  const { t } = useTranslation()
  const user = useCurrentUser()
  return (
    <>
      <PageTitle
        title={t('finance.nav.products')}
        subtitle={t('finance.products.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/finance/products/new">
            {t('finance.products.new')}
          </LinkButton>
        }
      />
      {user.organisationId === null ? (
        <Alert type="warning" showIcon title={t('finance.noInstitution')} />
      ) : (
        <ProductList institutionId={user.organisationId} />
      )}
    </>
  )
}

function ProductList({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation()
  const { language, nameOf, otherNameOf } = useLanguage()
  const url = useUrlFilters()
  const [pageSize, setPageSize] = useState(20)
  const statuses = useEnumOptions(productStatuses, (status) => `finance.enums.productStatus.${status}`)
  const filters = { institution: institutionId, status: url.choice('status', productStatuses) ?? 'active' }
  const pager = useCursorPager(JSON.stringify([filters, pageSize]))
  const page = useProductPage(filters, pager.cursor, pageSize)
  const products = page.data?.items ?? []

  const columns: TableColumnsType<FinanceProduct> = [
    {
      key: 'name',
      title: t('finance.fields.product'),
      render: (_, product) => (
        <>
          <Link to={`/finance/products/${product.id}`}>{nameOf(product)}</Link>{' '}
          <Tag>{t(`finance.enums.productType.${product.productType}`)}</Tag>
          <span className="g60-secondary-name">{otherNameOf(product)}</span>
        </>
      ),
    },
    {
      key: 'amount',
      title: t('finance.products.amountRange'),
      width: 190,
      render: (_, product) => (
        <span className="g60-numeric">
          {formatFenRange(product.amountMinFen, product.amountMaxFen, language)}
        </span>
      ),
    },
    {
      key: 'terms',
      title: t('finance.products.termsColumn'),
      width: 130,
      render: (_, product) => (
        <>
          {formatMonthRange(product.termMinMonths, product.termMaxMonths, t)}
          {product.rateCapBps !== null && (
            <span className="g60-secondary-name">{formatRate(product.rateCapBps, t)}</span>
          )}
        </>
      ),
    },
    {
      key: 'cities',
      title: t('finance.products.fields.citiesServed'),
      width: 170,
      render: (_, product) =>
        product.citiesServed.map((code, index) => (
          <span key={code}>
            {index > 0 && '、'}
            <CityName code={code} />
          </span>
        )),
    },
    {
      key: 'minScore',
      title: t('finance.products.minScoreShort'),
      align: 'right',
      width: 80,
      render: (_, product) => formatTenths(product.minScoreTenths, language),
    },
    {
      key: 'status',
      title: t('finance.fields.status'),
      width: 80,
      render: (_, product) => <ProductStatusTag status={product.status} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 170,
      render: (_, product) => (
        <Flex gap="small">
          <LinkButton size="small" icon={<EditOutlined />} to={`/finance/products/${product.id}/edit`}>
            {t('common.edit')}
          </LinkButton>
          <ProductStatusButton product={product} size="small" />
        </Flex>
      ),
    },
  ]

  return (
    <Card>
      <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
        <FilterField id="finance-product-status" label={t('finance.fields.status')} width={150}>
          <Select
            id="finance-product-status"
            options={statuses}
            value={filters.status}
            onChange={(status: string) => url.setFilter('status', status === 'active' ? undefined : status)}
          />
        </FilterField>
      </FilterBar>
      {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
      <SyntheticNotice shown={products.some((product) => product.isSynthetic)} />
      <Table<FinanceProduct>
        rowKey="id"
        columns={columns}
        dataSource={products}
        loading={page.isFetching}
        pagination={false}
        size="middle"
        scroll={{ x: 1000 }}
        locale={{ emptyText: <Empty description={t('finance.products.empty')} /> }}
        data-testid="finance-product-table"
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
