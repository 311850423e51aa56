// The nine cities in the corridor's order, with their names in the user's language: the axes of the matrices and
// heat maps, and a city's name from its code (never the code itself once the cities are in).
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCities } from '../../../shared/reference/reference.queries'

export interface CityAxis {
  codes: string[]
  names: string[]
  nameOf: (code: string) => string
}

export function useCityAxis(): CityAxis & { ready: boolean } {
  const { nameOf } = useLanguage()
  const cities = useCities()
  const list = cities.data ?? []
  return {
    ready: cities.data !== undefined,
    codes: list.map((city) => city.code),
    names: list.map((city) => nameOf(city)),
    nameOf: (code) => {
      const found = list.find((city) => city.code === code)
      return found === undefined ? code : nameOf(found)
    },
  }
}
