import { Link } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useFirm } from './firms.queries'

/** A firm's name in the current language, fetched by id (its id until then). */
export function FirmName({ id, linked = false }: { id: string; linked?: boolean }) {
  const { nameOf } = useLanguage()
  const firm = useFirm(id)
  const name = firm.data === undefined ? id : nameOf(firm.data)
  return linked ? <Link to={`/firms/${id}`}>{name}</Link> : <>{name}</>
}
