// The search filters: words, kind, city, value tier, highest external price, "free between A and B", status.
import { Select } from 'antd'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { SearchInput } from '../../../shared/ui/SearchInput'
import type { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { YuanInput } from '../../../shared/ui/YuanInput'
import { useCityOptions, enumOptions } from '../../../shared/reference/options'
import { instrumentCategories, valueTiers } from '../common/enums'
import { FreeWindowInput } from './FreeWindowInput'
import { statusChoices, type SearchFilters } from './searchFilters'

interface SearchFilterBarProps {
  url: ReturnType<typeof useUrlFilters>
  filters: SearchFilters
}

export function SearchFilterBar({ url, filters }: SearchFilterBarProps) {
  const { t } = useTranslation('instruments')
  const cities = useCityOptions()
  const categories = enumOptions(instrumentCategories, (category) => t(`enums.category.${category}`))
  const tiers = enumOptions(valueTiers, (tier) => t(`enums.valueTier.${tier}`))
  const statuses = enumOptions(statusChoices, (status) =>
    status === 'all' ? t('search.anyStatus') : t(`enums.status.${status}`),
  )
  const { setFilter } = url
  const onSearch = useCallback((query: string) => setFilter('q', query), [setFilter])

  return (
    <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
      <FilterField id="instrument-search" label={t('search.search')} width={260}>
        <SearchInput
          id="instrument-search"
          label={t('search.search')}
          placeholder={t('search.searchPlaceholder')}
          value={filters.api.q ?? ''}
          onSearch={onSearch}
        />
      </FilterField>
      <FilterField id="instrument-category" label={t('fields.category')} width={170}>
        <Select
          id="instrument-category"
          allowClear
          placeholder={t('common.all')}
          options={categories}
          value={filters.api.category}
          onChange={(category?: string) => setFilter('category', category)}
        />
      </FilterField>
      <FilterField id="instrument-city" label={t('common.city')} width={140}>
        <Select
          id="instrument-city"
          allowClear
          placeholder={t('common.all')}
          options={cities.options}
          loading={cities.loading}
          value={filters.api.city}
          onChange={(city?: string) => setFilter('city', city)}
        />
      </FilterField>
      <FilterField id="instrument-tier" label={t('fields.valueTier')} width={150}>
        <Select
          id="instrument-tier"
          allowClear
          placeholder={t('common.all')}
          options={tiers}
          value={filters.api.valueTier}
          onChange={(tier?: string) => setFilter('tier', tier)}
        />
      </FilterField>
      <FilterField id="instrument-price-max" label={t('search.priceMax')} width={140}>
        <YuanInput
          id="instrument-price-max"
          status={filters.priceInvalid ? 'error' : undefined}
          defaultValue={filters.priceMaxText}
          key={filters.priceMaxText === undefined ? 'empty' : 'set'}
          onBlur={(event) => setFilter('priceMax', event.target.value.trim())}
          onPressEnter={(event) => setFilter('priceMax', event.currentTarget.value.trim())}
        />
      </FilterField>
      <FilterField id="instrument-status" label={t('fields.status')} width={120}>
        <Select
          id="instrument-status"
          options={statuses}
          value={filters.status}
          onChange={(status: string) => setFilter('status', status === 'available' ? undefined : status)}
        />
      </FilterField>
      <FilterField id="instrument-free" label={t('search.freeBetween')} width={380}>
        <FreeWindowInput
          id="instrument-free"
          from={filters.freeFrom}
          to={filters.freeTo}
          onChange={setFilter}
        />
      </FilterField>
    </FilterBar>
  )
}
