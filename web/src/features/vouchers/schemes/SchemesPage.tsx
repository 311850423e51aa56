// The voucher schemes of the corridor's cities, with their budgets; an officer starts at its own city's.
import { Card, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { VoucherScheme } from '../../../shared/api/types'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions } from '../../../shared/reference/options'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { cityColumn, column, moneyColumn, nameColumn } from '../../../shared/ui/columns'
import { cityCodes, isOneOf, schemeStatuses, serviceCategories } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SelectFilter } from '../../../shared/ui/filters'
import { NewLink } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SchemeStatusTag } from '../common/StatusTags'
import { schemePages, type SchemeFilters } from './schemes.queries'

export function SchemesPage() {
  const { t } = useTranslation('vouchers')
  const user = useCurrentUser()
  const statuses = enumOptions(schemeStatuses, (status) => t(`enums.schemeStatus.${status}`))
  const categories = enumOptions(serviceCategories, (category) => t(`enums.serviceCategory.${category}`))
  const ownCity = isOneOf(cityCodes, user.cityCode) ? user.cityCode : undefined
  const list = usePagedList(schemePages, (url): SchemeFilters => ({
    city: url.choice('city', cityCodes) ?? ownCity,
    status: url.choice('status', schemeStatuses),
    category: url.choice('category', serviceCategories),
  }))

  const columns: TableColumnsType<VoucherScheme> = [
    nameColumn(t('fields.scheme'), (scheme) => `/vouchers/schemes/${scheme.id}`),
    cityColumn(t('fields.issuingCity'), (scheme) => scheme.cityCode, 110),
    moneyColumn('claimCap', t('schemes.fields.claimCap'), (scheme) => scheme.claimCapFen, 130),
    column('share', t('schemes.fields.voucherShareMax'), (scheme) => `${scheme.voucherShareMaxPercent}%`, {
      align: 'right',
      width: 110,
    }),
    moneyColumn(
      'appropriated',
      t('schemes.budget.appropriated'),
      (scheme) => scheme.budget.appropriatedFen,
      150,
    ),
    moneyColumn('available', t('schemes.budget.available'), (scheme) => scheme.budget.availableFen, 150),
    column('status', t('fields.status'), (scheme) => <SchemeStatusTag status={scheme.status} />, 90),
  ]

  return (
    <>
      <PageTitle
        title={t('schemes.title')}
        subtitle={t('schemes.subtitle')}
        extra={<NewLink to="/vouchers/schemes/new">{t('schemes.new')}</NewLink>}
      />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="scheme">
          <CityFilter label={t('fields.issuingCity')} clearable={ownCity === undefined} />
          <SelectFilter name="category" label={t('fields.category')} options={categories} />
          <SelectFilter name="status" label={t('fields.status')} width={130} options={statuses} />
        </FilterBar>
        <PagedTable list={list} columns={columns} emptyText={t('schemes.empty')} data-testid="scheme-table" />
      </Card>
    </>
  )
}
