// "Where can I spend this": the published products a voucher can pay for, with the split of each, and ordering.
import { Card, Flex, Select } from 'antd'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { ServiceProduct, Voucher, VoucherScheme } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError, PageError } from '../../../shared/ui/PageError'
import { PageLoading } from '../../../shared/ui/PageLoading'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SearchInput } from '../../../shared/ui/SearchInput'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { useCityOptions, enumOptions } from '../../../shared/reference/options'
import { productPages, type ProductFilters } from '../products/products.queries'
import { useScheme } from '../schemes/schemes.queries'
import { useVoucher } from '../wallet/wallet.queries'
import { OfferTable } from './OfferTable'
import { OrderDialog } from './OrderDialog'
import { SpendRule } from './SpendRule'
import { categoryToSearch, cityToSearch, spendScopeOf } from './spendScope'

export function SpendPage() {
  const { id = '' } = useParams()
  const voucher = useVoucher(id)
  if (voucher.isPending) return <PageLoading />
  if (voucher.isError) return <PageError error={voucher.error} onRetry={() => void voucher.refetch()} />
  return <SchemeOf voucher={voucher.data} />
}

function SchemeOf({ voucher }: { voucher: Voucher }) {
  const scheme = useScheme(voucher.schemeId)
  if (scheme.isPending) return <PageLoading />
  if (scheme.isError) return <PageError error={scheme.error} onRetry={() => void scheme.refetch()} />
  return <Catalogue voucher={voucher} scheme={scheme.data} />
}

function Catalogue({ voucher, scheme }: { voucher: Voucher; scheme: VoucherScheme }) {
  const { t } = useTranslation('vouchers')
  const { nameOf } = useLanguage()
  const [ordering, setOrdering] = useState<ServiceProduct | null>(null)
  const scope = spendScopeOf(scheme)
  const cities = useCityOptions()
  const categoryOptions = enumOptions(scope.categories, (category) => t(`enums.serviceCategory.${category}`))
  const {
    filters: productFilters,
    url,
    query: page,
    pager,
  } = usePagedList(productPages, (url): ProductFilters => ({
    q: url.text('q'),
    category: categoryToSearch(scope, url.choice('category', scope.categories)),
    city: cityToSearch(scope, url.choice('city', scope.cities)),
  }))
  const products = page.data?.items ?? []
  const { setFilter } = url
  const onSearch = useCallback((query: string) => setFilter('q', query), [setFilter])

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('spend.title')}
        subtitle={t('spend.subtitle', { number: voucher.number, scheme: nameOf(scheme) })}
      />
      <SpendRule voucher={voucher} scheme={scheme} />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="offer-search" label={t('spend.search')} width={280}>
            <SearchInput
              id="offer-search"
              label={t('spend.search')}
              placeholder={t('spend.searchPlaceholder')}
              value={productFilters.q ?? ''}
              onSearch={onSearch}
            />
          </FilterField>
          <FilterField id="offer-category" label={t('fields.category')} width={160}>
            <Select
              id="offer-category"
              allowClear={scope.anyCategory}
              placeholder={t('spend.allAllowed')}
              options={categoryOptions}
              value={productFilters.category}
              onChange={(category?: string) => setFilter('category', category)}
            />
          </FilterField>
          <FilterField id="offer-city" label={t('spend.providerCity')} width={160}>
            <Select
              id="offer-city"
              allowClear={scope.anyCity}
              placeholder={t('spend.allRecognised')}
              options={cities.options.filter((option) => scope.cities.some((code) => code === option.value))}
              loading={cities.loading}
              value={productFilters.city}
              onChange={(city?: string) => setFilter('city', city)}
            />
          </FilterField>
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={products.some((product) => product.isSynthetic)} />
        <OfferTable
          products={products}
          loading={page.isFetching}
          rule={scheme}
          availableFen={voucher.availableFen}
          onOrder={setOrdering}
        />
        <CursorPager pager={pager} />
      </Card>
      {ordering !== null && (
        <OrderDialog voucher={voucher} rule={scheme} product={ordering} onClose={() => setOrdering(null)} />
      )}
    </Flex>
  )
}
