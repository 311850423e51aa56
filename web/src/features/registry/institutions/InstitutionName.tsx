import { RecordName, type NameProps } from '../../../shared/ui/RecordName'
import { useInstitution } from './institutions.queries'

/** An institution's name in the current language, fetched by id. */
export function InstitutionName({ id, fallback = id }: NameProps) {
  return <RecordName record={useInstitution(id).data} fallback={fallback} />
}
