// The home page's map: the shared corridor map with each city sized by its high-tech firms; a click opens the city.
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { City } from '../../shared/api/types'
import { CorridorMap as SharedCorridorMap } from '../../shared/charts/CorridorMap'
import { formatCount } from '../../shared/format/format'
import { useLanguage } from '../../shared/i18n/useLanguage'

declare global {
  interface Window {
    /** set once the home map has been drawn: the console benchmark and the browser tests wait for it */
    __g60MapDrawn?: boolean
  }
}

export function CorridorMap({ cities }: { cities: City[] }) {
  const { t } = useTranslation('home')
  const { language, nameOf } = useLanguage()
  const navigate = useNavigate()
  const firmsOf = (code: string) => cities.find((city) => city.code === code)?.figures.highTechFirms ?? 0
  const describe = (code: string) => {
    const city = cities.find((candidate) => candidate.code === code)
    return city === undefined
      ? ''
      : t('mapTooltip', { city: nameOf(city), firms: formatCount(firmsOf(code), language) })
  }
  const label = t('mapLabel', {
    cities: cities
      .map((city) => `${nameOf(city)} ${formatCount(city.figures.highTechFirms, language)}`)
      .join(', '),
  })
  return (
    <SharedCorridorMap
      cities={cities.map((city) => ({
        code: city.code,
        name: nameOf(city),
        longitude: city.longitude,
        latitude: city.latitude,
        value: city.figures.highTechFirms,
      }))}
      describe={describe}
      label={label}
      testId="home-map"
      fontSize={13}
      onSelect={(code) => void navigate(`/cities/${encodeURIComponent(code)}`)}
      onDrawn={() => {
        window.__g60MapDrawn = true
      }}
    />
  )
}
