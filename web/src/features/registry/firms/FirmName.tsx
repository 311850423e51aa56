import { RecordName, type NameProps } from '../../../shared/ui/RecordName'
import { useFirm } from './firms.queries'

/** A firm's name in the current language, fetched by id. */
export function FirmName({ id, linked = false, fallback = id }: NameProps) {
  return <RecordName record={useFirm(id).data} fallback={fallback} to={linked ? `/firms/${id}` : undefined} />
}
