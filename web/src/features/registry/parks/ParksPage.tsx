import { Card } from 'antd'
import { useTranslation } from 'react-i18next'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SearchFilter, YesFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ParkTable } from './ParkTable'
import { parkPages, type ParkFilters } from './parks.queries'

export function ParksPage() {
  const { t } = useTranslation('registry')
  const list = usePagedList(parkPages, (url): ParkFilters => ({
    q: url.text('q'),
    city: url.text('city'),
    demonstration: url.flag('demonstration'),
  }))

  return (
    <>
      <PageTitle title={t('parks.title')} subtitle={t('parks.subtitle')} />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="park">
          <SearchFilter label={t('parks.search')} placeholder={t('parks.searchPlaceholder')} />
          <CityFilter />
          <YesFilter name="demonstration" label={t('parks.filters.demonstration')} width={160} />
        </FilterBar>
        <PagedRows list={list}>
          <ParkTable parks={list.items} loading={list.query.isFetching} />
        </PagedRows>
      </Card>
    </>
  )
}
