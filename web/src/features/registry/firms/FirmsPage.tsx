// Firms: search by part of a Chinese or English name (or a credit code) as you type, filter, page on the server.
import { Card, Select, Tag } from 'antd'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { firmSizes, firmStages } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { InlineError } from '../../../shared/ui/PageError'
import { SearchInput } from '../../../shared/ui/SearchInput'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useUrlFilters } from '../../../shared/ui/useUrlFilters'
import { YesFilter } from '../../../shared/ui/YesFilter'
import { ParkName } from '../parks/ParkName'
import { useCityOptions, useEnumOptions, useIndustryOptions } from '../reference/options'
import { FirmTable } from './FirmTable'
import { useFirmPage, type FirmFilters } from './firms.queries'

export function FirmsPage() {
  const { t } = useTranslation()
  const filters = useUrlFilters()
  const [pageSize, setPageSize] = useState(20)
  const cities = useCityOptions()
  const industries = useIndustryOptions()
  const stages = useEnumOptions(firmStages, (stage) => `enums.stage.${stage}`)
  const sizes = useEnumOptions(firmSizes, (size) => `enums.size.${size}`)

  const firmFilters: FirmFilters = {
    q: filters.text('q'),
    city: filters.text('city'),
    industry: filters.text('industry'),
    park: filters.text('park'),
    stage: filters.choice('stage', firmStages),
    size: filters.choice('size', firmSizes),
    leading: filters.flag('leading'),
    highTech: filters.flag('highTech'),
  }
  const pager = useCursorPager(JSON.stringify([firmFilters, pageSize]))
  const page = useFirmPage(firmFilters, pager.cursor, pageSize)
  const firms = page.data?.items ?? []
  const { setFilter } = filters
  const onSearch = useCallback((query: string) => setFilter('q', query), [setFilter])

  return (
    <>
      <PageTitle title={t('firms.title')} subtitle={t('firms.subtitle')} />
      <Card>
        <FilterBar onClear={filters.clearFilters} canClear={filters.hasAny}>
          <FilterField id="firm-search" label={t('firms.search')} width={300}>
            <SearchInput
              id="firm-search"
              label={t('firms.search')}
              placeholder={t('firms.searchPlaceholder')}
              value={firmFilters.q ?? ''}
              onSearch={onSearch}
            />
          </FilterField>
          <FilterField id="firm-city" label={t('common.city')} width={150}>
            <Select
              id="firm-city"
              allowClear
              placeholder={t('common.all')}
              options={cities.options}
              loading={cities.loading}
              value={firmFilters.city}
              onChange={(city?: string) => setFilter('city', city)}
            />
          </FilterField>
          <FilterField id="firm-industry" label={t('firms.columns.industry')} width={200}>
            <Select
              id="firm-industry"
              allowClear
              placeholder={t('common.all')}
              options={industries.options}
              loading={industries.loading}
              value={firmFilters.industry}
              onChange={(industry?: string) => setFilter('industry', industry)}
            />
          </FilterField>
          <FilterField id="firm-stage" label={t('firms.columns.stage')} width={130}>
            <Select
              id="firm-stage"
              allowClear
              placeholder={t('common.all')}
              options={stages}
              value={firmFilters.stage}
              onChange={(stage?: string) => setFilter('stage', stage)}
            />
          </FilterField>
          <FilterField id="firm-size" label={t('firms.columns.size')} width={130}>
            <Select
              id="firm-size"
              allowClear
              placeholder={t('common.all')}
              options={sizes}
              value={firmFilters.size}
              onChange={(size?: string) => setFilter('size', size)}
            />
          </FilterField>
          <FilterField id="firm-leading" label={t('firms.filters.leading')} width={130}>
            <YesFilter
              id="firm-leading"
              value={firmFilters.leading}
              onChange={(leading) => setFilter('leading', leading)}
            />
          </FilterField>
          <FilterField id="firm-high-tech" label={t('firms.filters.highTech')} width={130}>
            <YesFilter
              id="firm-high-tech"
              value={firmFilters.highTech}
              onChange={(highTech) => setFilter('highTech', highTech)}
            />
          </FilterField>
        </FilterBar>
        {firmFilters.park !== undefined && (
          <Tag closable onClose={() => setFilter('park', undefined)} style={{ marginBottom: 12 }}>
            {t('firms.filters.park')}: <ParkName id={firmFilters.park} />
          </Tag>
        )}
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={firms.some((firm) => firm.isSynthetic)} />
        <FirmTable firms={firms} loading={page.isFetching} />
        <CursorPager
          pager={pager}
          nextCursor={page.data?.nextCursor}
          pageSize={pageSize}
          onPageSizeChange={setPageSize}
          busy={page.isFetching}
          itemsOnPage={firms.length}
        />
      </Card>
    </>
  )
}
