import { RecordName, type NameProps } from '../../../shared/ui/RecordName'
import { usePark } from './parks.queries'

/** A park's name in the current language, fetched by id. */
export function ParkName({ id, linked = false, fallback = id }: NameProps) {
  return <RecordName record={usePark(id).data} fallback={fallback} to={linked ? `/parks/${id}` : undefined} />
}
