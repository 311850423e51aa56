// "Where can I spend this": the published products a voucher can pay for, with the split of each, and ordering.
import { Card, Flex } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router'
import type { ServiceProduct, Voucher, VoucherScheme } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { QueryPage } from '../../../shared/ui/QueryPage'
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
  return <QueryPage query={useVoucher(id)}>{(voucher) => <SchemeOf voucher={voucher} />}</QueryPage>
}

function SchemeOf({ voucher }: { voucher: Voucher }) {
  return (
    <QueryPage query={useScheme(voucher.schemeId)}>
      {(scheme) => <Catalogue voucher={voucher} scheme={scheme} />}
    </QueryPage>
  )
}

function Catalogue({ voucher, scheme }: { voucher: Voucher; scheme: VoucherScheme }) {
  const { t } = useTranslation('vouchers')
  const { nameOf } = useLanguage()
  const [ordering, setOrdering] = useState<ServiceProduct | null>(null)
  const scope = spendScopeOf(scheme)
  const cities = useCityOptions()
  const categoryOptions = enumOptions(scope.categories, (category) => t(`enums.serviceCategory.${category}`))
  const list = usePagedList(productPages, (url): ProductFilters => ({
    q: url.text('q'),
    category: categoryToSearch(scope, url.choice('category', scope.categories)),
    city: cityToSearch(scope, url.choice('city', scope.cities)),
  }))

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('spend.title')}
        subtitle={t('spend.subtitle', { number: voucher.number, scheme: nameOf(scheme) })}
      />
      <SpendRule voucher={voucher} scheme={scheme} />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="offer">
          <SearchFilter label={t('spend.search')} placeholder={t('spend.searchPlaceholder')} width={280} />
          <SelectFilter
            name="category"
            label={t('fields.category')}
            width={160}
            options={categoryOptions}
            placeholder={t('spend.allAllowed')}
            clearable={scope.anyCategory}
          />
          <SelectFilter
            name="city"
            label={t('spend.providerCity')}
            width={160}
            options={cities.options.filter((option) => scope.cities.some((code) => code === option.value))}
            loading={cities.loading}
            placeholder={t('spend.allRecognised')}
            clearable={scope.anyCity}
          />
        </FilterBar>
        <PagedRows list={list}>
          <OfferTable
            products={list.items}
            loading={list.query.isFetching}
            rule={scheme}
            availableFen={voucher.availableFen}
            onOrder={setOrdering}
          />
        </PagedRows>
      </Card>
      {ordering !== null && (
        <OrderDialog voucher={voucher} rule={scheme} product={ordering} onClose={() => setOrdering(null)} />
      )}
    </Flex>
  )
}
