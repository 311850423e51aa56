// Tech finance, under /finance: a firm's score card, needs with their matches and its referrals; an institution's
// products and referral queue; the workstation's case board; the firm score cards and the figures for the offices;
// the corridor office's scoring parameters (the menu group is hidden from roles that have none).
import {
  AimOutlined,
  BankOutlined,
  BarChartOutlined,
  FileSearchOutlined,
  FundOutlined,
  InboxOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  SlidersOutlined,
  TrophyOutlined,
} from '@ant-design/icons'
import type { Role } from '../../shared/api/types'
import { defineFeatureModule, type NavigationEntry } from '../../shared/module/featureModule'
import { lazyPage } from '../../shared/module/lazyPage'
import { FinanceIndex } from './FinanceIndex'
import { recordCrumb } from '../../shared/module/recordCrumb'
import { FirmName } from '../registry/firms/FirmName'
import { FinanceProductName } from './common/names'
import { translations } from './i18n'

const MyScorePage = lazyPage(() => import('./score/ScorePages'), 'MyScorePage')
const FirmScorePage = lazyPage(() => import('./score/ScorePages'), 'FirmScorePage')
const FirmScoresPage = lazyPage(() => import('./score/FirmScoresPage'), 'FirmScoresPage')
const NeedsPage = lazyPage(() => import('./needs/NeedsPage'), 'NeedsPage')
const NewNeedPage = lazyPage(() => import('./needs/NewNeedPage'), 'NewNeedPage')
const NeedPage = lazyPage(() => import('./needs/NeedPage'), 'NeedPage')
const MyReferralsPage = lazyPage(() => import('./referrals/MyReferralsPage'), 'MyReferralsPage')
const QueuePage = lazyPage(() => import('./referrals/QueuePage'), 'QueuePage')
const ReferralPage = lazyPage(() => import('./referrals/ReferralPage'), 'ReferralPage')
const FinanceProductsPage = lazyPage(() => import('./products/ProductsPage'), 'FinanceProductsPage')
const FinanceProductPage = lazyPage(() => import('./products/FinanceProductPage'), 'FinanceProductPage')
const NewFinanceProductPage = lazyPage(() => import('./products/ProductEditorPages'), 'NewFinanceProductPage')
const EditFinanceProductPage = lazyPage(
  () => import('./products/ProductEditorPages'),
  'EditFinanceProductPage',
)
const CaseBoardPage = lazyPage(() => import('./cases/CaseBoardPage'), 'CaseBoardPage')
const FiguresPage = lazyPage(() => import('./figures/FiguresPage'), 'FiguresPage')
const ParametersPage = lazyPage(() => import('./parameters/ParametersPage'), 'ParametersPage')
const NewParametersPage = lazyPage(() => import('./parameters/NewParametersPage'), 'NewParametersPage')

const access = {
  /** tech finance: a firm's own score, needs and referrals */
  financeFirm: ['firm'],
  /** financing needs and their matches: the firm's own, its city's for the workstation and officers */
  financeNeeds: ['firm', 'workstation', 'city_officer', 'corridor_admin'],
  /** a firm's score card: its city's officers and workstation, the corridor office */
  financeFirmScores: ['workstation', 'city_officer', 'corridor_admin'],
  /** an institution's products and referral queue */
  financeInstitution: ['financier'],
  /** the workstation case board (officers read it) */
  financeCases: ['workstation', 'city_officer', 'corridor_admin'],
  /** tech-finance figures per city */
  financeFigures: ['corridor_admin', 'city_officer', 'workstation'],
  /** the innovation-points scoring parameters */
  financeParameters: ['corridor_admin'],
} as const satisfies Record<string, readonly Role[]>

const financeEntries: NavigationEntry[] = [
  {
    key: 'finance-score',
    labelKey: 'finance:nav.myScore',
    icon: <TrophyOutlined />,
    path: '/finance/score',
    roles: access.financeFirm,
  },
  {
    key: 'finance-needs',
    labelKey: 'finance:nav.needs',
    icon: <AimOutlined />,
    path: '/finance/needs',
    roles: access.financeNeeds,
  },
  {
    key: 'finance-referrals',
    labelKey: 'finance:nav.myReferrals',
    icon: <SafetyCertificateOutlined />,
    path: '/finance/referrals',
    roles: access.financeFirm,
  },
  {
    key: 'finance-products',
    labelKey: 'finance:nav.products',
    icon: <FundOutlined />,
    path: '/finance/products',
    roles: access.financeInstitution,
  },
  {
    key: 'finance-queue',
    labelKey: 'finance:nav.queue',
    icon: <InboxOutlined />,
    path: '/finance/queue',
    roles: access.financeInstitution,
  },
  {
    key: 'finance-cases',
    labelKey: 'finance:nav.cases',
    icon: <ProjectOutlined />,
    path: '/finance/cases',
    roles: access.financeCases,
  },
  {
    key: 'finance-firms',
    labelKey: 'finance:nav.firmScores',
    icon: <FileSearchOutlined />,
    path: '/finance/firms',
    roles: access.financeFirmScores,
  },
  {
    key: 'finance-figures',
    labelKey: 'finance:nav.figures',
    icon: <BarChartOutlined />,
    path: '/finance/figures',
    roles: access.financeFigures,
  },
  {
    key: 'finance-parameters',
    labelKey: 'finance:nav.parameters',
    icon: <SlidersOutlined />,
    path: '/finance/parameters',
    roles: access.financeParameters,
  },
]

export const financeModule = defineFeatureModule({
  id: 'finance',
  translations,
  access,
  routes: [
    {
      path: 'finance',
      crumb: 'finance:nav.group',
      crumbLinked: false,
      children: [
        { index: true, page: FinanceIndex },
        {
          path: 'score',
          crumb: 'finance:nav.myScore',
          page: MyScorePage,
          roles: access.financeFirm,
        },
        {
          path: 'firms',
          crumb: 'finance:nav.firmScores',
          children: [
            { index: true, page: FirmScoresPage, roles: access.financeFirmScores },
            {
              path: ':id',
              crumb: recordCrumb(FirmName),
              page: FirmScorePage,
              roles: access.financeFirmScores,
            },
          ],
        },
        {
          path: 'needs',
          crumb: 'finance:nav.needs',
          children: [
            { index: true, page: NeedsPage, roles: access.financeNeeds },
            {
              path: 'new',
              crumb: 'finance:needs.new',
              page: NewNeedPage,
              roles: access.financeFirm,
            },
            {
              path: ':id',
              crumb: 'finance:needs.crumb',
              page: NeedPage,
              roles: access.financeNeeds,
            },
          ],
        },
        {
          path: 'referrals',
          crumb: 'finance:nav.myReferrals',
          page: MyReferralsPage,
          roles: access.financeFirm,
        },
        {
          path: 'products',
          crumb: 'finance:nav.products',
          children: [
            { index: true, page: FinanceProductsPage, roles: access.financeInstitution },
            {
              path: 'new',
              crumb: 'finance:products.new',
              page: NewFinanceProductPage,
              roles: access.financeInstitution,
            },
            {
              path: ':id',
              crumb: recordCrumb(FinanceProductName),
              children: [
                { index: true, page: FinanceProductPage, roles: access.financeInstitution },
                {
                  path: 'edit',
                  crumb: 'finance:products.edit',
                  page: EditFinanceProductPage,
                  roles: access.financeInstitution,
                },
              ],
            },
          ],
        },
        {
          path: 'queue',
          crumb: 'finance:nav.queue',
          children: [
            { index: true, page: QueuePage, roles: access.financeInstitution },
            {
              path: ':id',
              crumb: 'finance:queue.crumb',
              page: ReferralPage,
              roles: access.financeInstitution,
            },
          ],
        },
        {
          path: 'cases',
          crumb: 'finance:nav.cases',
          page: CaseBoardPage,
          roles: access.financeCases,
        },
        {
          path: 'figures',
          crumb: 'finance:nav.figures',
          page: FiguresPage,
          roles: access.financeFigures,
        },
        {
          path: 'parameters',
          crumb: 'finance:nav.parameters',
          children: [
            { index: true, page: ParametersPage, roles: access.financeParameters },
            {
              path: 'new',
              crumb: 'finance:parameters.new',
              page: NewParametersPage,
              roles: access.financeParameters,
            },
          ],
        },
      ],
    },
  ],
  menu: [
    {
      order: 40,
      entry: {
        key: 'finance',
        labelKey: 'finance:nav.group',
        icon: <BankOutlined />,
        children: financeEntries,
      },
    },
  ],
})
