// The corridor registry: the nine cities, parks, alliances, firms, financial institutions and providers, each a
// list and a detail page open to every signed-in role; and the menu entry of the user's own organisation.
import {
  ApartmentOutlined,
  AppstoreOutlined,
  BankOutlined,
  BuildOutlined,
  EnvironmentOutlined,
  ExperimentOutlined,
  IdcardOutlined,
  ShopOutlined,
} from '@ant-design/icons'
import type { ComponentType } from 'react'
import type { User } from '../../shared/api/types'
import {
  defineFeatureModule,
  type ConsoleRoute,
  type Crumb,
  type NavigationEntry,
} from '../../shared/module/featureModule'
import { lazyPage } from '../../shared/module/lazyPage'
import { recordCrumb } from '../../shared/module/recordCrumb'
import { CityName } from '../../shared/reference/CityName'
import { AllianceName } from './alliances/AllianceName'
import { FirmName } from './firms/FirmName'
import { translations } from './i18n'
import { InstitutionName } from './institutions/InstitutionName'
import { ParkName } from './parks/ParkName'
import { ProviderName } from './providers/ProviderName'

const CitiesPage = lazyPage(() => import('./cities/CitiesPage'), 'CitiesPage')
const CityPage = lazyPage(() => import('./cities/CityPage'), 'CityPage')
const ParksPage = lazyPage(() => import('./parks/ParksPage'), 'ParksPage')
const ParkPage = lazyPage(() => import('./parks/ParkPage'), 'ParkPage')
const AlliancesPage = lazyPage(() => import('./alliances/AlliancesPage'), 'AlliancesPage')
const AlliancePage = lazyPage(() => import('./alliances/AlliancePage'), 'AlliancePage')
const FirmsPage = lazyPage(() => import('./firms/FirmsPage'), 'FirmsPage')
const FirmPage = lazyPage(() => import('./firms/FirmPage'), 'FirmPage')
const InstitutionsPage = lazyPage(() => import('./institutions/InstitutionsPage'), 'InstitutionsPage')
const InstitutionPage = lazyPage(() => import('./institutions/InstitutionPage'), 'InstitutionPage')
const ProvidersPage = lazyPage(() => import('./providers/ProvidersPage'), 'ProvidersPage')
const ProviderPage = lazyPage(() => import('./providers/ProviderPage'), 'ProviderPage')

/** A list page at `path` and the detail page of one record at `path/:param`. */
function listAndDetail(
  path: string,
  listCrumb: Crumb,
  List: ComponentType,
  Detail: ComponentType,
  param: string,
  detailCrumb: Crumb,
): ConsoleRoute {
  return {
    path,
    crumb: listCrumb,
    children: [
      { index: true, page: List },
      { path: `:${param}`, page: Detail, crumb: detailCrumb },
    ],
  }
}

const registryEntries: NavigationEntry[] = [
  { key: 'cities', labelKey: 'registry:nav.cities', icon: <EnvironmentOutlined />, path: '/cities' },
  { key: 'parks', labelKey: 'registry:nav.parks', icon: <BuildOutlined />, path: '/parks' },
  { key: 'alliances', labelKey: 'registry:nav.alliances', icon: <ApartmentOutlined />, path: '/alliances' },
  { key: 'firms', labelKey: 'registry:nav.firms', icon: <ShopOutlined />, path: '/firms' },
  {
    key: 'institutions',
    labelKey: 'registry:nav.institutions',
    icon: <BankOutlined />,
    path: '/institutions',
  },
  { key: 'providers', labelKey: 'registry:nav.providers', icon: <ExperimentOutlined />, path: '/providers' },
]

/** The page of the user's own organisation, for roles that act for one. */
function ownOrganisationEntry(user: User): NavigationEntry | null {
  if (user.organisationId === null) return null
  const icon = <IdcardOutlined />
  switch (user.role) {
    case 'firm':
      return { key: 'my-firm', labelKey: 'registry:nav.myFirm', icon, path: `/firms/${user.organisationId}` }
    case 'provider':
      return {
        key: 'my-provider',
        labelKey: 'registry:nav.myProvider',
        icon,
        path: `/providers/${user.organisationId}`,
      }
    case 'financier':
      return {
        key: 'my-institution',
        labelKey: 'registry:nav.myInstitution',
        icon,
        path: `/institutions/${user.organisationId}`,
      }
    default:
      return null
  }
}

export const registryModule = defineFeatureModule({
  id: 'registry',
  translations,
  routes: [
    listAndDetail('cities', 'registry:nav.cities', CitiesPage, CityPage, 'code', (params) => (
      <CityName code={params.code ?? ''} />
    )),
    listAndDetail('parks', 'registry:nav.parks', ParksPage, ParkPage, 'id', recordCrumb(ParkName)),
    listAndDetail(
      'alliances',
      'registry:nav.alliances',
      AlliancesPage,
      AlliancePage,
      'id',
      recordCrumb(AllianceName),
    ),
    listAndDetail('firms', 'registry:nav.firms', FirmsPage, FirmPage, 'id', recordCrumb(FirmName)),
    listAndDetail(
      'institutions',
      'registry:nav.institutions',
      InstitutionsPage,
      InstitutionPage,
      'id',
      recordCrumb(InstitutionName),
    ),
    listAndDetail(
      'providers',
      'registry:nav.providers',
      ProvidersPage,
      ProviderPage,
      'id',
      recordCrumb(ProviderName),
    ),
  ],
  menu: [
    { order: 10, entry: ownOrganisationEntry },
    {
      order: 50,
      entry: {
        key: 'registry',
        labelKey: 'registry:nav.group',
        icon: <AppstoreOutlined />,
        children: registryEntries,
      },
    },
  ],
})
