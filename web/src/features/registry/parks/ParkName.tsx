import { Link } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { usePark } from './parks.queries'

/** A park's name in the current language, fetched by id (its id until then). */
export function ParkName({ id, linked = false }: { id: string; linked?: boolean }) {
  const { nameOf } = useLanguage()
  const park = usePark(id)
  const name = park.data === undefined ? id : nameOf(park.data)
  return linked ? <Link to={`/parks/${id}`}>{name}</Link> : <>{name}</>
}
