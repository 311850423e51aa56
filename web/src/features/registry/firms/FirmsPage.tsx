// Firms: search by part of a Chinese or English name (or a credit code) as you type, filter, page on the server.
import { Card, Select, Tag } from 'antd'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { firmSizes, firmStages } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { InlineError } from '../../../shared/ui/PageError'
import { SearchInput } from '../../../shared/ui/SearchInput'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { YesFilter } from '../../../shared/ui/YesFilter'
import { ParkName } from '../parks/ParkName'
import { useCityOptions, enumOptions, useIndustryOptions } from '../../../shared/reference/options'
import { FirmTable } from './FirmTable'
import { firmPages, type FirmFilters } from './firms.queries'

export function FirmsPage() {
  const { t } = useTranslation('registry')
  const cities = useCityOptions()
  const industries = useIndustryOptions()
  const stages = enumOptions(firmStages, (stage) => t(`enums.stage.${stage}`))
  const sizes = enumOptions(firmSizes, (size) => t(`enums.size.${size}`))

  const {
    filters: firmFilters,
    url,
    query: page,
    pager,
  } = usePagedList(firmPages, (url): FirmFilters => ({
    q: url.text('q'),
    city: url.text('city'),
    industry: url.text('industry'),
    park: url.text('park'),
    stage: url.choice('stage', firmStages),
    size: url.choice('size', firmSizes),
    leading: url.flag('leading'),
    highTech: url.flag('highTech'),
  }))
  const firms = page.data?.items ?? []
  const { setFilter } = url
  const onSearch = useCallback((query: string) => setFilter('q', query), [setFilter])

  return (
    <>
      <PageTitle title={t('firms.title')} subtitle={t('firms.subtitle')} />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
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
        <CursorPager pager={pager} />
      </Card>
    </>
  )
}
