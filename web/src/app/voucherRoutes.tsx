// The pages of innovation vouchers, under /vouchers: a firm's wallet and claims, the officers' review queue,
// schemes, settlement runs and clearing, a provider's products and orders, and the redemption claims every party
// takes part in. Each page is wrapped in the roles that use it.
import type { ReactNode } from 'react'
import type { RouteObject } from 'react-router'
import { VouchersIndex } from '../features/vouchers/VouchersIndex'
import { ProductCrumb } from '../features/vouchers/products/ProductCrumb'
import { RedemptionsCrumb } from '../features/vouchers/redemptions/RedemptionsCrumb'
import { SchemeCrumb } from '../features/vouchers/schemes/SchemeCrumb'
import { SettlementCrumb } from '../features/vouchers/settlements/SettlementCrumb'
import { VoucherCrumb } from '../features/vouchers/wallet/VoucherCrumb'
import type { Role } from '../shared/api/types'
import { RequireRole } from '../shared/session/RequireRole'
import { pageAccess } from './access'
import { lazyPage } from './lazyPage'
import type { RouteHandle } from './routeHandle'

const WalletPage = lazyPage(() => import('../features/vouchers/wallet/WalletPage'), 'WalletPage')
const VoucherPage = lazyPage(() => import('../features/vouchers/wallet/VoucherPage'), 'VoucherPage')
const SpendPage = lazyPage(() => import('../features/vouchers/spend/SpendPage'), 'SpendPage')
const ClaimsPage = lazyPage(() => import('../features/vouchers/claims/ClaimsPage'), 'ClaimsPage')
const NewClaimPage = lazyPage(() => import('../features/vouchers/claims/NewClaimPage'), 'NewClaimPage')
const ReviewPage = lazyPage(() => import('../features/vouchers/review/ReviewPage'), 'ReviewPage')
const SchemesPage = lazyPage(() => import('../features/vouchers/schemes/SchemesPage'), 'SchemesPage')
const SchemePage = lazyPage(() => import('../features/vouchers/schemes/SchemePage'), 'SchemePage')
const NewSchemePage = lazyPage(() => import('../features/vouchers/schemes/NewSchemePage'), 'NewSchemePage')
const EditSchemePage = lazyPage(() => import('../features/vouchers/schemes/EditSchemePage'), 'EditSchemePage')
const ProductsPage = lazyPage(() => import('../features/vouchers/products/ProductsPage'), 'ProductsPage')
const NewProductPage = lazyPage(
  () => import('../features/vouchers/products/NewProductPage'),
  'NewProductPage',
)
const EditProductPage = lazyPage(
  () => import('../features/vouchers/products/EditProductPage'),
  'EditProductPage',
)
const ProviderOrdersPage = lazyPage(
  () => import('../features/vouchers/orders/ProviderOrdersPage'),
  'ProviderOrdersPage',
)

const RedemptionsPage = lazyPage(
  () => import('../features/vouchers/redemptions/RedemptionsPage'),
  'RedemptionsPage',
)
const SettlementsPage = lazyPage(
  () => import('../features/vouchers/settlements/SettlementsPage'),
  'SettlementsPage',
)
const SettlementPage = lazyPage(
  () => import('../features/vouchers/settlements/SettlementPage'),
  'SettlementPage',
)
const AdmissionsPage = lazyPage(
  () => import('../features/vouchers/admissions/AdmissionsPage'),
  'AdmissionsPage',
)
const ClearingPage = lazyPage(() => import('../features/vouchers/clearing/ClearingPage'), 'ClearingPage')

const crumb = (value: RouteHandle['crumb']): RouteHandle => ({ crumb: value })
const only = (roles: readonly Role[], page: ReactNode) => <RequireRole roles={roles}>{page}</RequireRole>
const firm = (page: ReactNode) => only(pageAccess.voucherWallet, page)
const officer = (page: ReactNode) => only(pageAccess.voucherDecisions, page)
const provider = (page: ReactNode) => only(pageAccess.serviceProducts, page)

export const voucherRoutes: RouteObject = {
  path: 'vouchers',
  handle: { crumb: 'nav.vouchers', linked: false } satisfies RouteHandle,
  children: [
    { index: true, element: <VouchersIndex /> },
    {
      path: 'wallet',
      handle: crumb('nav.voucherWallet'),
      children: [
        { index: true, element: firm(<WalletPage />) },
        {
          path: ':id',
          handle: crumb((params) => <VoucherCrumb id={params.id ?? ''} />),
          children: [
            { index: true, element: firm(<VoucherPage />) },
            { path: 'spend', handle: crumb('vouchers.spend.crumb'), element: firm(<SpendPage />) },
          ],
        },
      ],
    },
    {
      path: 'claims',
      handle: crumb('nav.voucherClaims'),
      children: [
        { index: true, element: firm(<ClaimsPage />) },
        { path: 'new', handle: crumb('vouchers.claims.new'), element: firm(<NewClaimPage />) },
      ],
    },
    { path: 'review', handle: crumb('nav.voucherReview'), element: officer(<ReviewPage />) },
    {
      path: 'schemes',
      handle: crumb('nav.voucherSchemes'),
      children: [
        { index: true, element: officer(<SchemesPage />) },
        { path: 'new', handle: crumb('vouchers.schemes.new'), element: officer(<NewSchemePage />) },
        {
          path: ':id',
          handle: crumb((params) => <SchemeCrumb id={params.id ?? ''} />),
          children: [
            { index: true, element: officer(<SchemePage />) },
            { path: 'edit', handle: crumb('vouchers.schemes.edit'), element: officer(<EditSchemePage />) },
          ],
        },
      ],
    },
    {
      path: 'products',
      handle: crumb('nav.serviceProducts'),
      children: [
        { index: true, element: provider(<ProductsPage />) },
        { path: 'new', handle: crumb('vouchers.products.new'), element: provider(<NewProductPage />) },
        {
          path: ':id/edit',
          handle: crumb((params) => <ProductCrumb id={params.id ?? ''} />),
          element: provider(<EditProductPage />),
        },
      ],
    },
    { path: 'orders', handle: crumb('nav.serviceOrders'), element: provider(<ProviderOrdersPage />) },
    {
      path: 'redemptions',
      handle: crumb(() => <RedemptionsCrumb />),
      element: only(pageAccess.redemptions, <RedemptionsPage />),
    },
    {
      path: 'settlements',
      handle: crumb('nav.settlements'),
      children: [
        { index: true, element: officer(<SettlementsPage />) },
        {
          path: ':id',
          handle: crumb((params) => <SettlementCrumb id={params.id ?? ''} />),
          element: officer(<SettlementPage />),
        },
      ],
    },
    { path: 'clearing', handle: crumb('nav.clearing'), element: officer(<ClearingPage />) },
    { path: 'admissions', handle: crumb('nav.providerAdmissions'), element: officer(<AdmissionsPage />) },
  ],
}
