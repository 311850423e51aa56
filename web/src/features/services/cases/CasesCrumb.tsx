import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { isApplicant } from '../common/applicant'

/** The cases' crumb: the applicant's own, or the city's. */
export function CasesCrumb() {
  const { t } = useTranslation('services')
  const user = useCurrentUser()
  return <>{isApplicant(user.role) ? t('nav.myCases') : t('nav.cityCases')}</>
}
