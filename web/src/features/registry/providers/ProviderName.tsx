import { Link } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useProvider } from './providers.queries'

/** A provider's name in the current language, fetched by id (its id until then). */
export function ProviderName({ id, linked = false }: { id: string; linked?: boolean }) {
  const { nameOf } = useLanguage()
  const provider = useProvider(id)
  const name = provider.data === undefined ? id : nameOf(provider.data)
  return linked ? <Link to={`/providers/${id}`}>{name}</Link> : <>{name}</>
}
