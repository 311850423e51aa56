// The pages of tech finance, under /finance: a firm's score card, needs with their matches and its referrals; an
// institution's products and referral queue; the workstation's case board; the firm score cards and the figures
// for the offices; the corridor office's scoring parameters. Each page is wrapped in the roles that use it.
import type { ReactNode } from 'react'
import type { RouteObject } from 'react-router'
import { FinanceIndex } from '../features/finance/FinanceIndex'
import { FinanceProductCrumb } from '../features/finance/common/names'
import { FirmCrumb } from '../features/registry/firms/FirmCrumb'
import type { Role } from '../shared/api/types'
import { RequireRole } from '../shared/session/RequireRole'
import { pageAccess } from './access'
import { lazyPage } from './lazyPage'
import type { RouteHandle } from './routeHandle'

const MyScorePage = lazyPage(() => import('../features/finance/score/ScorePages'), 'MyScorePage')
const FirmScorePage = lazyPage(() => import('../features/finance/score/ScorePages'), 'FirmScorePage')
const FirmScoresPage = lazyPage(() => import('../features/finance/score/FirmScoresPage'), 'FirmScoresPage')
const NeedsPage = lazyPage(() => import('../features/finance/needs/NeedsPage'), 'NeedsPage')
const NewNeedPage = lazyPage(() => import('../features/finance/needs/NewNeedPage'), 'NewNeedPage')
const NeedPage = lazyPage(() => import('../features/finance/needs/NeedPage'), 'NeedPage')
const MyReferralsPage = lazyPage(
  () => import('../features/finance/referrals/MyReferralsPage'),
  'MyReferralsPage',
)
const QueuePage = lazyPage(() => import('../features/finance/referrals/QueuePage'), 'QueuePage')
const ReferralPage = lazyPage(() => import('../features/finance/referrals/ReferralPage'), 'ReferralPage')
const FinanceProductsPage = lazyPage(
  () => import('../features/finance/products/ProductsPage'),
  'FinanceProductsPage',
)
const FinanceProductPage = lazyPage(
  () => import('../features/finance/products/FinanceProductPage'),
  'FinanceProductPage',
)
const NewFinanceProductPage = lazyPage(
  () => import('../features/finance/products/ProductEditorPages'),
  'NewFinanceProductPage',
)
const EditFinanceProductPage = lazyPage(
  () => import('../features/finance/products/ProductEditorPages'),
  'EditFinanceProductPage',
)
const CaseBoardPage = lazyPage(() => import('../features/finance/cases/CaseBoardPage'), 'CaseBoardPage')
const FiguresPage = lazyPage(() => import('../features/finance/figures/FiguresPage'), 'FiguresPage')
const ParametersPage = lazyPage(
  () => import('../features/finance/parameters/ParametersPage'),
  'ParametersPage',
)
const NewParametersPage = lazyPage(
  () => import('../features/finance/parameters/NewParametersPage'),
  'NewParametersPage',
)

const crumb = (value: RouteHandle['crumb']): RouteHandle => ({ crumb: value })
const only = (roles: readonly Role[], page: ReactNode) => <RequireRole roles={roles}>{page}</RequireRole>

export const financeRoutes: RouteObject = {
  path: 'finance',
  handle: { crumb: 'finance.nav.group', linked: false } satisfies RouteHandle,
  children: [
    { index: true, element: <FinanceIndex /> },
    {
      path: 'score',
      handle: crumb('finance.nav.myScore'),
      element: only(pageAccess.financeFirm, <MyScorePage />),
    },
    {
      path: 'firms',
      handle: crumb('finance.nav.firmScores'),
      children: [
        { index: true, element: only(pageAccess.financeFirmScores, <FirmScoresPage />) },
        {
          path: ':id',
          handle: crumb((params) => <FirmCrumb id={params.id ?? ''} />),
          element: only(pageAccess.financeFirmScores, <FirmScorePage />),
        },
      ],
    },
    {
      path: 'needs',
      handle: crumb('finance.nav.needs'),
      children: [
        { index: true, element: only(pageAccess.financeNeeds, <NeedsPage />) },
        {
          path: 'new',
          handle: crumb('finance.needs.new'),
          element: only(pageAccess.financeFirm, <NewNeedPage />),
        },
        {
          path: ':id',
          handle: crumb('finance.needs.crumb'),
          element: only(pageAccess.financeNeeds, <NeedPage />),
        },
      ],
    },
    {
      path: 'referrals',
      handle: crumb('finance.nav.myReferrals'),
      element: only(pageAccess.financeFirm, <MyReferralsPage />),
    },
    {
      path: 'products',
      handle: crumb('finance.nav.products'),
      children: [
        { index: true, element: only(pageAccess.financeInstitution, <FinanceProductsPage />) },
        {
          path: 'new',
          handle: crumb('finance.products.new'),
          element: only(pageAccess.financeInstitution, <NewFinanceProductPage />),
        },
        {
          path: ':id',
          handle: crumb((params) => <FinanceProductCrumb id={params.id ?? ''} />),
          children: [
            { index: true, element: only(pageAccess.financeInstitution, <FinanceProductPage />) },
            {
              path: 'edit',
              handle: crumb('finance.products.edit'),
              element: only(pageAccess.financeInstitution, <EditFinanceProductPage />),
            },
          ],
        },
      ],
    },
    {
      path: 'queue',
      handle: crumb('finance.nav.queue'),
      children: [
        { index: true, element: only(pageAccess.financeInstitution, <QueuePage />) },
        {
          path: ':id',
          handle: crumb('finance.queue.crumb'),
          element: only(pageAccess.financeInstitution, <ReferralPage />),
        },
      ],
    },
    {
      path: 'cases',
      handle: crumb('finance.nav.cases'),
      element: only(pageAccess.financeCases, <CaseBoardPage />),
    },
    {
      path: 'figures',
      handle: crumb('finance.nav.figures'),
      element: only(pageAccess.financeFigures, <FiguresPage />),
    },
    {
      path: 'parameters',
      handle: crumb('finance.nav.parameters'),
      children: [
        { index: true, element: only(pageAccess.financeParameters, <ParametersPage />) },
        {
          path: 'new',
          handle: crumb('finance.parameters.new'),
          element: only(pageAccess.financeParameters, <NewParametersPage />),
        },
      ],
    },
  ],
}
