// What names the licences' pages in the breadcrumbs: the wallet by the role that opens it, a licence by its name.
import { useTranslation } from 'react-i18next'
import type { Role } from '../../../shared/api/types'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { RecordName, type NameProps } from '../../../shared/ui/RecordName'
import { useLicence } from './licences.queries'

/** The wallet's name for a role: a firm's own licences, an officer's city's, or all of them. */
export function walletTitleKey(role: Role) {
  if (role === 'firm') return 'nav.wallet' as const
  if (role === 'city_officer') return 'nav.cityLicences' as const
  return 'nav.allLicences' as const
}

export function WalletCrumb() {
  const { t } = useTranslation('licences')
  return <>{t(walletTitleKey(useCurrentUser().role))}</>
}

/** A licence's name in the current language, fetched by its id. */
export function LicenceName({ id, fallback = id }: NameProps) {
  const licence = useLicence(id).data
  return (
    <RecordName
      record={
        licence === undefined ? undefined : { nameZh: licence.licenceNameZh, nameEn: licence.licenceNameEn }
      }
      fallback={fallback}
    />
  )
}
