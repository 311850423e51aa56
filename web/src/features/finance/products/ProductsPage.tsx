// The institution's finance products: type, amounts, rate cap, terms, who they serve and whether they are active.
import { Card, Flex, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { ExportButton } from '../../../shared/list/ExportButton'
import { PagedTable } from '../../../shared/list/PagedRows'
import { sortable, sortChange, sortFilter } from '../../../shared/list/sorting'
import { usePagedList } from '../../../shared/list/usePagedList'
import { CityName } from '../../../shared/reference/CityName'
import { enumOptions } from '../../../shared/reference/options'
import { OwnOrganisation } from '../../../shared/session/OwnOrganisation'
import { column, timestampColumn } from '../../../shared/ui/columns'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { EditLink, NewLink } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { BilingualName } from '../../../shared/ui/RecordName'
import { productStatuses } from '../common/enums'
import type { ListedProduct } from '../common/finance.types'
import { formatFenRange, formatMonthRange, formatRate, formatTenths } from '../common/format'
import { ProductStatusTag } from '../common/StatusTags'
import { ProductStatusButton } from './ProductStatusButton'
import { productExportPath, productPages, productSortKeys, type ProductFilters } from './products.queries'

export function FinanceProductsPage() {
  const { t } = useTranslation('finance')
  return (
    <>
      <PageTitle
        title={t('nav.products')}
        subtitle={t('products.subtitle')}
        extra={<NewLink to="/finance/products/new">{t('products.new')}</NewLink>}
      />
      <OwnOrganisation missing={t('noInstitution')}>
        {(institutionId) => <ProductList institutionId={institutionId} />}
      </OwnOrganisation>
    </>
  )
}

function ProductList({ institutionId }: { institutionId: string }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const statuses = enumOptions(productStatuses, (status) => t(`enums.financeProductStatus.${status}`))
  const list = usePagedList(productPages, (url): ProductFilters => ({
    institution: institutionId,
    status: url.choice('status', productStatuses) ?? 'active',
    // the newest product first unless a header says otherwise
    sort: sortFilter(url, productSortKeys, '-createdAt'),
  }))
  const sort = list.filters.sort ?? '-createdAt'

  const columns: TableColumnsType<ListedProduct> = [
    column('name', t('fields.product'), (product) => (
      <BilingualName record={product} to={`/finance/products/${product.id}`}>
        {' '}
        <Tag>{t(`enums.productType.${product.productType}`)}</Tag>
      </BilingualName>
    )),
    sortable(
      column(
        'amount',
        t('products.amountRange'),
        (product) => (
          <span className="g60-numeric">
            {formatFenRange(product.amountMinFen, product.amountMaxFen, language)}
          </span>
        ),
        190,
      ),
      'amountMaxFen',
      sort,
    ),
    column(
      'terms',
      t('products.termsColumn'),
      (product) => (
        <>
          {formatMonthRange(product.termMinMonths, product.termMaxMonths, t)}
          {product.rateCapBps !== null && (
            <span className="g60-secondary-name">{formatRate(product.rateCapBps, t)}</span>
          )}
        </>
      ),
      130,
    ),
    column(
      'cities',
      t('products.fields.citiesServed'),
      (product) =>
        product.citiesServed.map((code, index) => (
          <span key={code}>
            {index > 0 && '、'}
            <CityName code={code} />
          </span>
        )),
      170,
    ),
    column(
      'minScore',
      t('products.minScoreShort'),
      (product) => formatTenths(product.minScoreTenths, language),
      {
        align: 'right',
        width: 80,
      },
    ),
    column('status', t('fields.status'), (product) => <ProductStatusTag status={product.status} />, 80),
    sortable(
      timestampColumn('createdAt', t('products.publishedAt'), (product) => product.createdAt, 150),
      'createdAt',
      sort,
    ),
    column(
      'actions',
      t('common.actions'),
      (product) => (
        <Flex gap="small">
          <EditLink to={`/finance/products/${product.id}/edit`} />
          <ProductStatusButton product={product} size="small" />
        </Flex>
      ),
      170,
    ),
  ]

  return (
    <Card>
      <FilterBar url={list.url} values={list.filters} idPrefix="finance-product">
        <SelectFilter name="status" label={t('fields.status')} options={statuses} fallback="active" />
      </FilterBar>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <ExportButton path={productExportPath} query={{ ...list.filters }} />
      </Flex>
      <PagedTable
        list={list}
        columns={columns}
        onChange={sortChange<ListedProduct>(list.url)}
        scroll={{ x: 1150 }}
        emptyText={t('products.empty')}
        data-testid="finance-product-table"
      />
    </Card>
  )
}
