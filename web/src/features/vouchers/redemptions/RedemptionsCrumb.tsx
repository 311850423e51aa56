import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { viewOf } from './redemptionView'

/** The page is named after what the role does with claims: file them, confirm them, or decide them. */
export function RedemptionsCrumb() {
  const { t } = useTranslation('vouchers')
  const user = useCurrentUser()
  return <>{t(`redemptions.title.${viewOf(user.role)}`)}</>
}
