// The shared corridor map with each city sized by the instruments that match the search; a click on a city narrows
// the search to it (and a second click widens it again).
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import { CorridorMap } from '../../../shared/charts/CorridorMap'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { CityCount } from './cityCounts.queries'

interface InstrumentCityMapProps {
  cities: City[]
  counts: CityCount[]
  selected: string | undefined
  onSelect: (cityCode: string | undefined) => void
}

export function InstrumentCityMap({ cities, counts, selected, onSelect }: InstrumentCityMapProps) {
  const { t } = useTranslation('instruments')
  const { nameOf } = useLanguage()
  const countOf = (code: string) => counts.find((entry) => entry.cityCode === code)
  const countText = (code: string) => {
    const entry = countOf(code)
    if (entry === undefined) return '…'
    return entry.more ? `${entry.count}+` : String(entry.count)
  }
  const label = t('search.mapLabel', {
    cities: cities.map((city) => `${nameOf(city)} ${countText(city.code)}`).join(', '),
  })
  return (
    <CorridorMap
      cities={cities.map((city) => ({
        code: city.code,
        name: nameOf(city),
        longitude: city.longitude,
        latitude: city.latitude,
        value: countOf(city.code)?.count ?? null,
      }))}
      describe={(code) => {
        const city = cities.find((candidate) => candidate.code === code)
        return city === undefined ? '' : `${nameOf(city)}: ${countText(code)}`
      }}
      label={label}
      testId="instrument-map"
      selected={selected}
      fontSize={11}
      frame={{ height: 240 }}
      onSelect={(code) => onSelect(code === selected ? undefined : code)}
    />
  )
}
