import { RecordName, type NameProps } from '../../../shared/ui/RecordName'
import { useProvider } from './providers.queries'

/** A provider's name in the current language, fetched by id. */
export function ProviderName({ id, linked = false, fallback = id }: NameProps) {
  const to = linked ? `/providers/${encodeURIComponent(id)}` : undefined
  return <RecordName record={useProvider(id).data} fallback={fallback} to={to} />
}
