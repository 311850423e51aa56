// One-stop cross-city services (一网通办), under /services: the catalogue of service items and their pages, applying
// with materials, the applicant's cases, a window city's intake queue, a competent city's deciding queue, the
// dashboard of cases by city pair, on-time share and ratings, and the G60 talent window for professionals.
import {
  AppstoreOutlined,
  AuditOutlined,
  BarChartOutlined,
  FileSearchOutlined,
  FolderOpenOutlined,
  GlobalOutlined,
  IdcardOutlined,
  InboxOutlined,
} from '@ant-design/icons'
import type { Role } from '../../shared/api/types'
import { defineFeatureModule, type NavigationEntry } from '../../shared/module/featureModule'
import { lazyPage } from '../../shared/module/lazyPage'
import { recordCrumb } from '../../shared/module/recordCrumb'
import { CasesCrumb } from './cases/CasesCrumb'
import { CaseNumber, ItemName } from './common/names'
import { ServicesIndex } from './ServicesIndex'
import { translations } from './i18n'

const CataloguePage = lazyPage(() => import('./catalogue/CataloguePage'), 'CataloguePage')
const ItemPage = lazyPage(() => import('./catalogue/ItemPage'), 'ItemPage')
const ApplyPage = lazyPage(() => import('./apply/ApplyPage'), 'ApplyPage')
const MyCasesPage = lazyPage(() => import('./cases/MyCasesPage'), 'MyCasesPage')
const CasePage = lazyPage(() => import('./cases/CasePage'), 'CasePage')
const IntakePage = lazyPage(() => import('./intake/IntakePage'), 'IntakePage')
const DecidingPage = lazyPage(() => import('./deciding/DecidingPage'), 'DecidingPage')
const DashboardPage = lazyPage(() => import('./dashboard/DashboardPage'), 'DashboardPage')
const TalentWindowPage = lazyPage(() => import('./talent/TalentWindowPage'), 'TalentWindowPage')

const access = {
  /** firms apply for enterprise items, professionals for talent items; each follows its own cases */
  applicants: ['firm', 'professional'],
  /** the talent window */
  talent: ['professional'],
  /** a window's intake and a competent city's decisions: city officers, the corridor office for every city */
  officers: ['city_officer', 'corridor_admin'],
  /** a case is read by its applicant and the officers of its two cities (the server checks which) */
  caseReaders: ['firm', 'professional', 'city_officer', 'corridor_admin'],
  /** the catalogue is public: everyone signed in reads it */
  catalogue: [
    'firm',
    'professional',
    'city_officer',
    'corridor_admin',
    'provider',
    'financier',
    'workstation',
  ],
} as const satisfies Record<string, readonly Role[]>

const serviceEntries: NavigationEntry[] = [
  {
    key: 'talent-window',
    labelKey: 'services:nav.talent',
    icon: <IdcardOutlined />,
    path: '/services/talent',
    roles: access.talent,
  },
  {
    key: 'service-catalogue',
    labelKey: 'services:nav.catalogue',
    icon: <AppstoreOutlined />,
    path: '/services/catalogue',
    roles: ['firm', 'city_officer', 'corridor_admin'],
  },
  {
    key: 'my-service-cases',
    labelKey: 'services:nav.myCases',
    icon: <FolderOpenOutlined />,
    path: '/services/cases',
    roles: access.applicants,
  },
  {
    key: 'service-intake',
    labelKey: 'services:nav.intake',
    icon: <InboxOutlined />,
    path: '/services/intake',
    roles: access.officers,
  },
  {
    key: 'service-deciding',
    labelKey: 'services:nav.deciding',
    icon: <AuditOutlined />,
    path: '/services/deciding',
    roles: access.officers,
  },
  {
    key: 'service-city-cases',
    labelKey: 'services:nav.cityCases',
    icon: <FileSearchOutlined />,
    path: '/services/cases',
    roles: access.officers,
  },
  {
    key: 'service-dashboard',
    labelKey: 'services:nav.dashboard',
    icon: <BarChartOutlined />,
    path: '/services/dashboard',
    roles: access.officers,
  },
]

export const servicesModule = defineFeatureModule({
  id: 'services',
  translations,
  access,
  routes: [
    {
      path: 'services',
      crumb: 'services:nav.group',
      crumbLinked: false,
      children: [
        { index: true, page: ServicesIndex },
        {
          path: 'catalogue',
          crumb: 'services:nav.catalogue',
          children: [
            { index: true, page: CataloguePage, roles: access.catalogue },
            {
              path: ':code',
              crumb: recordCrumb(ItemName, 'code'),
              children: [
                { index: true, page: ItemPage, roles: access.catalogue },
                { path: 'apply', crumb: 'services:apply.crumb', page: ApplyPage, roles: access.applicants },
              ],
            },
          ],
        },
        {
          path: 'cases',
          crumb: () => <CasesCrumb />,
          children: [
            { index: true, page: MyCasesPage, roles: access.caseReaders },
            { path: ':id', crumb: recordCrumb(CaseNumber), page: CasePage, roles: access.caseReaders },
          ],
        },
        { path: 'intake', crumb: 'services:nav.intake', page: IntakePage, roles: access.officers },
        { path: 'deciding', crumb: 'services:nav.deciding', page: DecidingPage, roles: access.officers },
        { path: 'dashboard', crumb: 'services:nav.dashboard', page: DashboardPage, roles: access.officers },
        { path: 'talent', crumb: 'services:nav.talent', page: TalentWindowPage, roles: access.talent },
      ],
    },
  ],
  menu: [
    {
      order: 45,
      entry: {
        key: 'services',
        labelKey: 'services:nav.group',
        icon: <GlobalOutlined />,
        children: serviceEntries,
      },
    },
  ],
})
