import { RecordName, type NameProps } from '../../../shared/ui/RecordName'
import { useAlliance } from './alliances.queries'

/** An alliance's name in the current language, fetched by id. */
export function AllianceName({ id, fallback = id }: NameProps) {
  return <RecordName record={useAlliance(id).data} fallback={fallback} />
}
