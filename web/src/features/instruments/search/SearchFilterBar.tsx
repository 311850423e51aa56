// The search filters: words, kind, city, value tier, highest external price, "free between A and B", status.
import { useTranslation } from 'react-i18next'
import type { UrlFilters } from '../../../shared/list/useUrlFilters'
import { enumOptions } from '../../../shared/reference/options'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { CityFilter, SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { YuanInput } from '../../../shared/ui/YuanInput'
import { instrumentCategories, valueTiers } from '../common/enums'
import { FreeWindowInput } from './FreeWindowInput'
import { statusChoices, type SearchFilters } from './searchFilters'

interface SearchFilterBarProps {
  url: UrlFilters
  filters: SearchFilters
}

export function SearchFilterBar({ url, filters }: SearchFilterBarProps) {
  const { t } = useTranslation('instruments')
  const categories = enumOptions(instrumentCategories, (category) => t(`enums.category.${category}`))
  const tiers = enumOptions(valueTiers, (tier) => t(`enums.valueTier.${tier}`))
  const statuses = enumOptions(statusChoices, (status) =>
    status === 'all' ? t('search.anyStatus') : t(`enums.status.${status}`),
  )
  const { setFilter } = url
  const values = { ...filters.api, tier: filters.api.valueTier, status: filters.status }

  return (
    <FilterBar url={url} values={values} idPrefix="instrument">
      <SearchFilter label={t('search.search')} placeholder={t('search.searchPlaceholder')} width={260} />
      <SelectFilter name="category" label={t('fields.category')} width={170} options={categories} />
      <CityFilter width={140} />
      <SelectFilter name="tier" label={t('fields.valueTier')} options={tiers} />
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
      <SelectFilter
        name="status"
        label={t('fields.status')}
        width={120}
        options={statuses}
        fallback="available"
      />
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
