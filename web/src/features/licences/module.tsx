// E-licences (电子证照), under /licences: a firm's wallet, the licences an officer's city issued (which it suspends,
// reinstates or revokes), every licence for the corridor office, a licence's page with its QR code and its printable
// page, and the issuers' public keys. The verify page (/verify) is public: whoever holds a licence's QR code or its
// credential checks it there without signing in.
import { FileProtectOutlined, KeyOutlined, SafetyCertificateOutlined } from '@ant-design/icons'
import type { Role, User } from '../../shared/api/types'
import { defineFeatureModule, type NavigationEntry } from '../../shared/module/featureModule'
import { lazyPage } from '../../shared/module/lazyPage'
import { recordCrumb } from '../../shared/module/recordCrumb'
import { LicenceName, WalletCrumb } from './common/names'
import { translations } from './i18n'

const WalletPage = lazyPage(() => import('./wallet/WalletPage'), 'WalletPage')
const LicencePage = lazyPage(() => import('./licence/LicencePage'), 'LicencePage')
const KeysPage = lazyPage(() => import('./keys/KeysPage'), 'KeysPage')
const PrintPage = lazyPage(() => import('./print/PrintPage'), 'PrintPage')
const VerifyPage = lazyPage(() => import('./verify/VerifyPage'), 'VerifyPage')

const access = {
  /** a firm's own licences, an officer's city's, every licence for the office (the server narrows each list) */
  wallet: ['firm', 'city_officer', 'corridor_admin'],
  /** the issuers' public keys */
  keys: ['corridor_admin', 'city_officer'],
} as const satisfies Record<string, readonly Role[]>

const icon = <SafetyCertificateOutlined />

/** The menu's entry: the wallet under the role's own name; the office's also the issuers' keys. */
function licencesEntry(user: User): NavigationEntry | null {
  switch (user.role) {
    case 'firm':
      return { key: 'licences', labelKey: 'licences:nav.wallet', icon, path: '/licences' }
    case 'city_officer':
      return { key: 'licences', labelKey: 'licences:nav.cityLicences', icon, path: '/licences' }
    case 'corridor_admin':
      return {
        key: 'licences',
        labelKey: 'licences:nav.group',
        icon,
        children: [
          {
            key: 'licence-list',
            labelKey: 'licences:nav.allLicences',
            icon: <FileProtectOutlined />,
            path: '/licences',
          },
          {
            key: 'licence-keys',
            labelKey: 'licences:nav.keys',
            icon: <KeyOutlined />,
            path: '/licences/keys',
          },
        ],
      }
    default:
      return null
  }
}

export const licencesModule = defineFeatureModule({
  id: 'licences',
  translations,
  access,
  routes: [
    {
      path: 'licences',
      crumb: () => <WalletCrumb />,
      children: [
        { index: true, page: WalletPage, roles: access.wallet },
        { path: 'keys', crumb: 'licences:nav.keys', page: KeysPage, roles: access.keys },
        { path: ':id', crumb: recordCrumb(LicenceName), page: LicencePage, roles: access.wallet },
      ],
    },
  ],
  // outside the console's frame: the verify page needs no session; the printable page is a bare sheet (its API
  // call needs the session, and a 401 sends the user to sign in and back)
  publicRoutes: [
    { path: '/verify', page: VerifyPage },
    { path: '/licences/:id/print', page: PrintPage },
  ],
  menu: [{ order: 46, entry: licencesEntry }],
})
