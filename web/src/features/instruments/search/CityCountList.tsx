// The map's content as a row of toggles that keyboards and screen readers reach: each city with its count.
import { Flex, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { CityCount } from './cityCounts.queries'

interface CityCountListProps {
  cities: City[]
  counts: CityCount[]
  selected: string | undefined
  onSelect: (cityCode: string | undefined) => void
}

export function CityCountList({ cities, counts, selected, onSelect }: CityCountListProps) {
  const { t } = useTranslation('instruments')
  const { nameOf } = useLanguage()
  return (
    <Flex wrap gap={6} role="group" aria-label={t('search.countsLabel')} data-testid="city-counts">
      {cities.map((city) => {
        const entry = counts.find((count) => count.cityCode === city.code)
        const count = entry === undefined ? '…' : `${entry.count}${entry.more ? '+' : ''}`
        return (
          <Tag.CheckableTag
            key={city.code}
            checked={city.code === selected}
            onChange={(checked) => onSelect(checked ? city.code : undefined)}
            data-city={city.code}
          >
            {nameOf(city)} {count}
          </Tag.CheckableTag>
        )
      })}
    </Flex>
  )
}
