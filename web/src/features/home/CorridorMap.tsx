// The nine corridor cities drawn from their coordinates (no map tiles or boundary data from the internet): each
// city sized by its high-tech firms, joined by the shortest network between them; a click opens the city.
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { City } from '../../shared/api/types'
import {
  cityMapAspectRatio,
  cityMapOption,
  isCityPoint,
  type CityMapLayout,
} from '../../shared/charts/cityMap'
import { EChart } from '../../shared/charts/EChart'
import { formatCount } from '../../shared/format/format'
import { useLanguage } from '../../shared/i18n/useLanguage'

declare global {
  interface Window {
    /** set once the home map has been drawn: the console benchmark and the browser tests wait for it */
    __g60MapDrawn?: boolean
  }
}

// the right margin holds the name of the easternmost city, drawn to the right of its dot like the others
const layout: CityMapLayout = {
  grid: { left: 0.07, right: 0.13, top: 0.05, bottom: 0.08 },
  axes: 'degrees',
  gridColour: '#e6ecf5',
  networkOpacity: 0.55,
  // longer names (Shanghai (Songjiang)) wrap onto a second line
  labelWidthPx: 92,
  fontSize: 13,
}
const symbolSizeMin = 12
const symbolSizeRange = 34

export function CorridorMap({ cities }: { cities: City[] }) {
  const { t } = useTranslation('home')
  const { language, nameOf } = useLanguage()
  const navigate = useNavigate()
  const most = Math.max(1, ...cities.map((city) => city.figures.highTechFirms))
  const sizeOf = (city: City) =>
    symbolSizeMin + symbolSizeRange * Math.sqrt(city.figures.highTechFirms / most)
  const cityOfPoint = (point: unknown) =>
    isCityPoint(point) ? cities.find((candidate) => candidate.code === point.data.code) : undefined
  /** on hover or focus of a dot: the city with its count of high-tech firms */
  const emphasisLabel = (point: unknown) => {
    const city = cityOfPoint(point)
    return city === undefined
      ? ''
      : `${nameOf(city)}  ${t('figures.highTechFirms')} ${formatCount(city.figures.highTechFirms, language)}`
  }

  const option = cityMapOption(cities, layout, {
    data: cities.map((city) => ({
      code: city.code,
      name: nameOf(city),
      value: [city.longitude, city.latitude, city.figures.highTechFirms],
      symbolSize: sizeOf(city),
    })),
    itemStyle: { color: '#1561c9', opacity: 0.85, borderColor: '#ffffff', borderWidth: 2 },
    emphasis: {
      scale: 1.15,
      itemStyle: { color: '#f5a623' },
      label: { formatter: emphasisLabel },
    },
  })
  const label = t('mapLabel', {
    cities: cities
      .map((city) => `${nameOf(city)} ${formatCount(city.figures.highTechFirms, language)}`)
      .join(', '),
  })

  return (
    <EChart
      option={option}
      label={label}
      testId="home-map"
      frame={{ aspectRatio: String(cityMapAspectRatio(cities, layout)), maxHeight: 620 }}
      onEvents={{
        click: (parameters: unknown) => {
          if (isCityPoint(parameters)) void navigate(`/cities/${encodeURIComponent(parameters.data.code)}`)
        },
        finished: () => {
          window.__g60MapDrawn = true
        },
      }}
    />
  )
}
