import { Card, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortChange, sortFilter } from '../../../shared/list/sorting'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SearchFilter, YesFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ParkTable } from './ParkTable'
import { parkExportPath, parkPages, parkSortKeys, type ParkFilters } from './parks.queries'

export function ParksPage() {
  const { t } = useTranslation('registry')
  const { isChinese } = useLanguage()
  const nameKey = isChinese ? 'nameZh' : 'nameEn'
  const list = usePagedList(parkPages, (url): ParkFilters => ({
    q: url.text('q'),
    city: url.text('city'),
    demonstration: url.flag('demonstration'),
    // parks are looked up by name in the reader's language unless a header says otherwise
    sort: sortFilter(url, parkSortKeys, nameKey),
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
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ExportButton path={parkExportPath} query={{ ...list.filters }} />
        </Flex>
        <PagedRows list={list}>
          <ParkTable
            parks={list.items}
            loading={list.query.isFetching}
            sorting={{ sort: list.filters.sort ?? nameKey, onChange: sortChange(list.url) }}
          />
        </PagedRows>
      </Card>
    </>
  )
}
