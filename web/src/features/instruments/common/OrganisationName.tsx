// A booker's or owner's organisation by id: firms and providers both book, and their ids say which they are.
import { Link } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FirmName } from '../../registry/firms/FirmName'
import { useProvider } from '../../registry/providers/providers.queries'

/** A provider's name in the current language (the fallback, else its id, until it has loaded). */
export function OwnerName({
  id,
  fallback,
  linked = false,
}: {
  id: string
  fallback?: string
  linked?: boolean
}) {
  const { nameOf } = useLanguage()
  const provider = useProvider(id)
  const name = provider.data === undefined ? (fallback ?? id) : nameOf(provider.data)
  return linked ? <Link to={`/providers/${encodeURIComponent(id)}`}>{name}</Link> : <>{name}</>
}

export function OrganisationName({ id, linked = false }: { id: string; linked?: boolean }) {
  return id.startsWith('prov_') ? <OwnerName id={id} linked={linked} /> : <FirmName id={id} linked={linked} />
}
