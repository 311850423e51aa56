// The institution's finance products: type, amounts, rate cap, terms, who they serve and whether they are active.
import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Card, Empty, Flex, Select, Table, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { CityName } from '../../../shared/reference/CityName'
import { enumOptions } from '../../../shared/reference/options'
import { productStatuses } from '../common/enums'
import type { FinanceProduct } from '../common/finance.types'
import { formatFenRange, formatMonthRange, formatRate, formatTenths } from '../common/format'
import { ProductStatusTag } from '../common/StatusTags'
import { ProductStatusButton } from './ProductStatusButton'
import { productPages } from './products.queries'

export function FinanceProductsPage() {
  const { t } = useTranslation('finance')
  const user = useCurrentUser()
  return (
    <>
      <PageTitle
        title={t('nav.products')}
        subtitle={t('products.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/finance/products/new">
            {t('products.new')}
          </LinkButton>
        }
      />
      {user.organisationId === null ? (
        <Alert type="warning" showIcon title={t('noInstitution')} />
      ) : (
        <ProductList institutionId={user.organisationId} />
      )}
    </>
  )
}

function ProductList({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation('finance')
  const { language, nameOf, otherNameOf } = useLanguage()
  const statuses = enumOptions(productStatuses, (status) => t(`enums.financeProductStatus.${status}`))
  const {
    filters: filters,
    url: url,
    query: page,
    pager,
  } = usePagedList(productPages, (url) => ({
    institution: institutionId,
    status: url.choice('status', productStatuses) ?? 'active',
  }))
  const products = page.data?.items ?? []

  const columns: TableColumnsType<FinanceProduct> = [
    {
      key: 'name',
      title: t('fields.product'),
      render: (_, product) => (
        <>
          <Link to={`/finance/products/${product.id}`}>{nameOf(product)}</Link>{' '}
          <Tag>{t(`enums.productType.${product.productType}`)}</Tag>
          <span className="g60-secondary-name">{otherNameOf(product)}</span>
        </>
      ),
    },
    {
      key: 'amount',
      title: t('products.amountRange'),
      width: 190,
      render: (_, product) => (
        <span className="g60-numeric">
          {formatFenRange(product.amountMinFen, product.amountMaxFen, language)}
        </span>
      ),
    },
    {
      key: 'terms',
      title: t('products.termsColumn'),
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
      title: t('products.fields.citiesServed'),
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
      title: t('products.minScoreShort'),
      align: 'right',
      width: 80,
      render: (_, product) => formatTenths(product.minScoreTenths, language),
    },
    {
      key: 'status',
      title: t('fields.status'),
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
        <FilterField id="finance-product-status" label={t('fields.status')} width={150}>
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
        locale={{ emptyText: <Empty description={t('products.empty')} /> }}
        data-testid="finance-product-table"
      />
      <CursorPager pager={pager} />
    </Card>
  )
}
