import { RecordName, type NameProps } from '../../../shared/ui/RecordName'
import { useScheme } from '../schemes/schemes.queries'

/** A scheme's name in the current language, fetched by id. */
export function SchemeName({ id, linked = false, fallback = id }: NameProps) {
  const to = linked ? `/vouchers/schemes/${id}` : undefined
  return <RecordName record={useScheme(id).data} fallback={fallback} to={to} />
}
