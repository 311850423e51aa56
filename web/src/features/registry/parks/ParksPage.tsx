import { Card, Select } from 'antd'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SearchInput } from '../../../shared/ui/SearchInput'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useUrlFilters } from '../../../shared/ui/useUrlFilters'
import { YesFilter } from '../../../shared/ui/YesFilter'
import { useCityOptions } from '../reference/options'
import { ParkTable } from './ParkTable'
import { useParkPage, type ParkFilters } from './parks.queries'

export function ParksPage() {
  const { t } = useTranslation()
  const filters = useUrlFilters()
  const [pageSize, setPageSize] = useState(20)
  const cities = useCityOptions()
  const parkFilters: ParkFilters = {
    q: filters.text('q'),
    city: filters.text('city'),
    demonstration: filters.flag('demonstration'),
  }
  const pager = useCursorPager(JSON.stringify([parkFilters, pageSize]))
  const page = useParkPage(parkFilters, pager.cursor, pageSize)
  const parks = page.data?.items ?? []
  const { setFilter } = filters
  const onSearch = useCallback((query: string) => setFilter('q', query), [setFilter])

  return (
    <>
      <PageTitle title={t('parks.title')} subtitle={t('parks.subtitle')} />
      <Card>
        <FilterBar onClear={filters.clearFilters} canClear={filters.hasAny}>
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
        <CursorPager
          pager={pager}
          nextCursor={page.data?.nextCursor}
          pageSize={pageSize}
          onPageSizeChange={setPageSize}
          busy={page.isFetching}
          itemsOnPage={parks.length}
        />
      </Card>
    </>
  )
}
