import { Link } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useScheme } from '../schemes/schemes.queries'

/** A scheme's name in the current language, fetched by id (its id until then). */
export function SchemeName({ id, linked = false }: { id: string; linked?: boolean }) {
  const { nameOf } = useLanguage()
  const scheme = useScheme(id)
  const name = scheme.data === undefined ? id : nameOf(scheme.data)
  return linked ? <Link to={`/vouchers/schemes/${id}`}>{name}</Link> : <>{name}</>
}
