// Policy matching (政策兑现), under /policies: the policy library and an item's page with its rule in words and in
// CEL (where the issuing city's officers and the corridor office edit and test it), a firm's matches and near
// misses with the trace of each, the award lists an issuing city approves and pays, the calculator, and the
// figures with the office's matching runs. The calculator is also public (/policy-calculator): it decides on facts
// typed in, without signing in.
import {
  AuditOutlined,
  BarChartOutlined,
  BookOutlined,
  CalculatorOutlined,
  GiftOutlined,
  TrophyOutlined,
} from '@ant-design/icons'
import type { Role, User } from '../../shared/api/types'
import { defineFeatureModule, type NavigationEntry } from '../../shared/module/featureModule'
import { lazyPage } from '../../shared/module/lazyPage'
import { recordCrumb } from '../../shared/module/recordCrumb'
import { AwardListName, ItemName } from './common/names'
import { translations } from './i18n'

const LibraryPage = lazyPage(() => import('./library/LibraryPage'), 'LibraryPage')
const ItemPage = lazyPage(() => import('./library/ItemPage'), 'ItemPage')
const MatchesPage = lazyPage(() => import('./matches/MatchesPage'), 'MatchesPage')
const AwardListsPage = lazyPage(() => import('./awards/AwardListsPage'), 'AwardListsPage')
const AwardListPage = lazyPage(() => import('./awards/AwardListPage'), 'AwardListPage')
const CalculatorPage = lazyPage(() => import('./calculator/CalculatorPage'), 'CalculatorPage')
const PublicCalculatorPage = lazyPage(() => import('./calculator/CalculatorPage'), 'PublicCalculatorPage')
const FiguresPage = lazyPage(() => import('./figures/FiguresPage'), 'FiguresPage')

const access = {
  /** a firm's own matches, near misses and awards */
  matches: ['firm'],
  /** award lists and fast-apply awards: the issuing city's officers, the corridor office for every issuer */
  awardLists: ['city_officer', 'corridor_admin'],
  /** money paid, firms reached and days to payment, by city */
  figures: ['corridor_admin', 'city_officer', 'workstation'],
} as const satisfies Record<string, readonly Role[]>

const entries = {
  matches: {
    key: 'policy-matches',
    labelKey: 'policies:nav.matches',
    icon: <TrophyOutlined />,
    path: '/policies/matches',
  },
  library: {
    key: 'policy-library',
    labelKey: 'policies:nav.library',
    icon: <BookOutlined />,
    path: '/policies',
  },
  calculator: {
    key: 'policy-calculator',
    labelKey: 'policies:nav.calculator',
    icon: <CalculatorOutlined />,
    path: '/policies/calculator',
  },
  awardLists: {
    key: 'policy-award-lists',
    labelKey: 'policies:nav.awardLists',
    icon: <AuditOutlined />,
    path: '/policies/award-lists',
  },
  figures: {
    key: 'policy-figures',
    labelKey: 'policies:nav.figures',
    icon: <BarChartOutlined />,
    path: '/policies/figures',
  },
} satisfies Record<string, NavigationEntry>

/** The menu group: a firm's matches first, the deciders' award lists first, the workstations' figures first. */
function policiesEntry(user: User): NavigationEntry | null {
  const group = (children: NavigationEntry[]): NavigationEntry => ({
    key: 'policies',
    labelKey: 'policies:nav.group',
    icon: <GiftOutlined />,
    children,
  })
  switch (user.role) {
    case 'firm':
      return group([entries.matches, entries.library, entries.calculator])
    case 'city_officer':
    case 'corridor_admin':
      return group([entries.awardLists, entries.library, entries.figures])
    case 'workstation':
      return group([entries.figures, entries.library])
    default:
      return null
  }
}

export const policiesModule = defineFeatureModule({
  id: 'policies',
  translations,
  access,
  routes: [
    {
      path: 'policies',
      crumb: 'policies:nav.group',
      children: [
        // the library and the calculator are open to every signed-in role
        { index: true, page: LibraryPage },
        { path: 'items/:id', crumb: recordCrumb(ItemName), page: ItemPage },
        { path: 'matches', crumb: 'policies:nav.matches', page: MatchesPage, roles: access.matches },
        {
          path: 'award-lists',
          crumb: 'policies:nav.awardLists',
          children: [
            { index: true, page: AwardListsPage, roles: access.awardLists },
            { path: ':id', crumb: recordCrumb(AwardListName), page: AwardListPage, roles: access.awardLists },
          ],
        },
        { path: 'calculator', crumb: 'policies:nav.calculator', page: CalculatorPage },
        { path: 'figures', crumb: 'policies:nav.figures', page: FiguresPage, roles: access.figures },
      ],
    },
  ],
  // outside the console's frame: the calculator on typed facts needs no session
  publicRoutes: [{ path: '/policy-calculator', page: PublicCalculatorPage }],
  menu: [{ order: 47, entry: policiesEntry }],
})
