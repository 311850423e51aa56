import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useInstitution } from './institutions.queries'

export function InstitutionCrumb({ id }: { id: string }) {
  const { nameOf } = useLanguage()
  const institution = useInstitution(id)
  return <>{institution.data === undefined ? '…' : nameOf(institution.data)}</>
}
