import { Link } from 'react-router'
import { useLanguage } from '../i18n/useLanguage'
import { useCities } from './reference.queries'

/** A city's name in the current language (its code until the list has loaded). */
export function CityName({ code, linked = false }: { code: string; linked?: boolean }) {
  const { nameOf } = useLanguage()
  const cities = useCities()
  const city = cities.data?.find((candidate) => candidate.code === code)
  const name = city === undefined ? code : nameOf(city)
  return linked ? <Link to={`/cities/${encodeURIComponent(code)}`}>{name}</Link> : <>{name}</>
}
