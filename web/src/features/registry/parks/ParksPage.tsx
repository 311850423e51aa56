import { Card, Select } from 'antd'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SearchInput } from '../../../shared/ui/SearchInput'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { YesFilter } from '../../../shared/ui/YesFilter'
import { useCityOptions } from '../../../shared/reference/options'
import { ParkTable } from './ParkTable'
import { parkPages, type ParkFilters } from './parks.queries'

export function ParksPage() {
  const { t } = useTranslation('registry')
  const cities = useCityOptions()
  const {
    filters: parkFilters,
    url,
    query: page,
    pager,
  } = usePagedList(parkPages, (url): ParkFilters => ({
    q: url.text('q'),
    city: url.text('city'),
    demonstration: url.flag('demonstration'),
  }))
  const parks = page.data?.items ?? []
  const { setFilter } = url
  const onSearch = useCallback((query: string) => setFilter('q', query), [setFilter])

  return (
    <>
      <PageTitle title={t('parks.title')} subtitle={t('parks.subtitle')} />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="park-search" label={t('parks.search')} width={300}>
            <SearchInput
              id="park-search"
              label={t('parks.search')}
              placeholder={t('parks.searchPlaceholder')}
              value={parkFilters.q ?? ''}
              onSearch={onSearch}
            />
          </FilterField>
          <FilterField id="park-city" label={t('common.city')} width={150}>
            <Select
              id="park-city"
              allowClear
              placeholder={t('common.all')}
              options={cities.options}
              loading={cities.loading}
              value={parkFilters.city}
              onChange={(city?: string) => setFilter('city', city)}
            />
          </FilterField>
          <FilterField id="park-demonstration" label={t('parks.filters.demonstration')} width={160}>
            <YesFilter
              id="park-demonstration"
              value={parkFilters.demonstration}
              onChange={(demonstration) => setFilter('demonstration', demonstration)}
            />
          </FilterField>
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={parks.some((park) => park.isSynthetic)} />
        <ParkTable parks={parks} loading={page.isFetching} />
        <CursorPager pager={pager} />
      </Card>
    </>
  )
}
