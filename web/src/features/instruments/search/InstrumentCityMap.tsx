// The nine cities drawn from their coordinates, as on the home map, each sized by the instruments that match
// the search; a click on a city narrows the search to it (and a second click widens it again).
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import {
  cityMapAspectRatio,
  cityMapOption,
  isCityPoint,
  type CityMapLayout,
} from '../../../shared/charts/cityMap'
import { EChart } from '../../../shared/charts/EChart'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { CityCount } from './cityCounts.queries'

const layout: CityMapLayout = {
  grid: { left: 0.03, right: 0.22, top: 0.05, bottom: 0.05 },
  axes: 'hidden',
  gridColour: '#eef2f8',
  networkOpacity: 0.45,
  labelWidthPx: 76,
  fontSize: 12,
}
const symbolSizeMin = 8
const symbolSizeRange = 20

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
  const most = Math.max(1, ...counts.map((entry) => entry.count))
  const sizeOf = (code: string) =>
    symbolSizeMin + symbolSizeRange * Math.sqrt((countOf(code)?.count ?? 0) / most)
  const colourOf = (code: string) => {
    if (code === selected) return '#f5a623'
    return (countOf(code)?.count ?? 0) > 0 ? '#1561c9' : '#bfbfbf'
  }

  const option = cityMapOption(cities, layout, {
    data: cities.map((city) => ({
      code: city.code,
      name: `${nameOf(city)} ${countText(city.code)}`,
      value: [city.longitude, city.latitude],
      symbolSize: sizeOf(city.code),
      itemStyle: { color: colourOf(city.code) },
    })),
    itemStyle: { opacity: 0.9, borderColor: '#ffffff', borderWidth: 2 },
    emphasis: { scale: 1.15, itemStyle: { color: '#f5a623' } },
  })
  const label = t('search.mapLabel', {
    cities: cities.map((city) => `${nameOf(city)} ${countText(city.code)}`).join(', '),
  })

  return (
    <EChart
      option={option}
      label={label}
      testId="instrument-map"
      frame={{ aspectRatio: String(cityMapAspectRatio(cities, layout)), maxHeight: 300 }}
      onEvents={{
        click: (parameters: unknown) => {
          if (!isCityPoint(parameters)) return
          const code = parameters.data.code
          onSelect(code === selected ? undefined : code)
        },
      }}
    />
  )
}
