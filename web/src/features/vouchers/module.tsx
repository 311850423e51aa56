// Innovation vouchers, under /vouchers: a firm's wallet and claims, the officers' review queue, schemes, settlement
// runs and clearing, a provider's products and orders, and the redemption claims every party takes part in. Each
// role sees the pages of its part in them (the menu group is hidden from roles that have none).
import {
  AccountBookOutlined,
  AuditOutlined,
  CreditCardOutlined,
  FileDoneOutlined,
  HeatMapOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ShoppingCartOutlined,
  SolutionOutlined,
  TagsOutlined,
  WalletOutlined,
} from '@ant-design/icons'
import type { Role } from '../../shared/api/types'
import { defineFeatureModule, type NavigationEntry } from '../../shared/module/featureModule'
import { lazyPage } from '../../shared/module/lazyPage'
import { VouchersIndex } from './VouchersIndex'
import { ProductName } from './common/ProductName'
import { SchemeName } from './common/SchemeName'
import { recordCrumb } from '../../shared/module/recordCrumb'
import { RedemptionsCrumb } from './redemptions/RedemptionsCrumb'
import { SettlementCrumb } from './settlements/SettlementCrumb'
import { VoucherCrumb } from './wallet/VoucherCrumb'
import { translations } from './i18n'

const WalletPage = lazyPage(() => import('./wallet/WalletPage'), 'WalletPage')
const VoucherPage = lazyPage(() => import('./wallet/VoucherPage'), 'VoucherPage')
const SpendPage = lazyPage(() => import('./spend/SpendPage'), 'SpendPage')
const ClaimsPage = lazyPage(() => import('./claims/ClaimsPage'), 'ClaimsPage')
const NewClaimPage = lazyPage(() => import('./claims/NewClaimPage'), 'NewClaimPage')
const ReviewPage = lazyPage(() => import('./review/ReviewPage'), 'ReviewPage')
const SchemesPage = lazyPage(() => import('./schemes/SchemesPage'), 'SchemesPage')
const SchemePage = lazyPage(() => import('./schemes/SchemePage'), 'SchemePage')
const NewSchemePage = lazyPage(() => import('./schemes/NewSchemePage'), 'NewSchemePage')
const EditSchemePage = lazyPage(() => import('./schemes/EditSchemePage'), 'EditSchemePage')
const ProductsPage = lazyPage(() => import('./products/ProductsPage'), 'ProductsPage')
const NewProductPage = lazyPage(() => import('./products/NewProductPage'), 'NewProductPage')
const EditProductPage = lazyPage(() => import('./products/EditProductPage'), 'EditProductPage')
const ProviderOrdersPage = lazyPage(() => import('./orders/ProviderOrdersPage'), 'ProviderOrdersPage')
const RedemptionsPage = lazyPage(() => import('./redemptions/RedemptionsPage'), 'RedemptionsPage')
const SettlementsPage = lazyPage(() => import('./settlements/SettlementsPage'), 'SettlementsPage')
const SettlementPage = lazyPage(() => import('./settlements/SettlementPage'), 'SettlementPage')
const AdmissionsPage = lazyPage(() => import('./admissions/AdmissionsPage'), 'AdmissionsPage')
const ClearingPage = lazyPage(() => import('./clearing/ClearingPage'), 'ClearingPage')

const access = {
  /** a firm's vouchers, claims and orders */
  voucherWallet: ['firm'],
  /** deciding claims and running schemes: a city's officers, the corridor office for every city */
  voucherDecisions: ['city_officer', 'corridor_admin'],
  /** a provider's service products and the orders placed with it */
  serviceProducts: ['provider'],
  /** redemption claims: the provider files, the firm confirms, the issuing city decides */
  redemptions: ['provider', 'firm', 'city_officer', 'corridor_admin'],
} as const satisfies Record<string, readonly Role[]>

const voucherEntries: NavigationEntry[] = [
  {
    key: 'voucher-wallet',
    labelKey: 'vouchers:nav.voucherWallet',
    icon: <WalletOutlined />,
    path: '/vouchers/wallet',
    roles: access.voucherWallet,
  },
  {
    key: 'voucher-claims',
    labelKey: 'vouchers:nav.voucherClaims',
    icon: <FileDoneOutlined />,
    path: '/vouchers/claims',
    roles: access.voucherWallet,
  },
  {
    key: 'voucher-review',
    labelKey: 'vouchers:nav.voucherReview',
    icon: <AuditOutlined />,
    path: '/vouchers/review',
    roles: access.voucherDecisions,
  },
  {
    key: 'voucher-schemes',
    labelKey: 'vouchers:nav.voucherSchemes',
    icon: <ProfileOutlined />,
    path: '/vouchers/schemes',
    roles: access.voucherDecisions,
  },
  {
    key: 'redemptions-officer',
    labelKey: 'vouchers:nav.redemptionReview',
    icon: <SafetyCertificateOutlined />,
    path: '/vouchers/redemptions',
    roles: access.voucherDecisions,
  },
  {
    key: 'settlements',
    labelKey: 'vouchers:nav.settlements',
    icon: <AccountBookOutlined />,
    path: '/vouchers/settlements',
    roles: access.voucherDecisions,
  },
  {
    key: 'clearing',
    labelKey: 'vouchers:nav.clearing',
    icon: <HeatMapOutlined />,
    path: '/vouchers/clearing',
    roles: access.voucherDecisions,
  },
  {
    key: 'provider-admissions',
    labelKey: 'vouchers:nav.providerAdmissions',
    icon: <SolutionOutlined />,
    path: '/vouchers/admissions',
    roles: access.voucherDecisions,
  },
  {
    key: 'redemptions-firm',
    labelKey: 'vouchers:nav.redemptionConfirmations',
    icon: <SafetyCertificateOutlined />,
    path: '/vouchers/redemptions',
    roles: access.voucherWallet,
  },
  {
    key: 'service-products',
    labelKey: 'vouchers:nav.serviceProducts',
    icon: <TagsOutlined />,
    path: '/vouchers/products',
    roles: access.serviceProducts,
  },
  {
    key: 'service-orders',
    labelKey: 'vouchers:nav.serviceOrders',
    icon: <ShoppingCartOutlined />,
    path: '/vouchers/orders',
    roles: access.serviceProducts,
  },
  {
    key: 'redemptions-provider',
    labelKey: 'vouchers:nav.redemptionClaims',
    icon: <SafetyCertificateOutlined />,
    path: '/vouchers/redemptions',
    roles: access.serviceProducts,
  },
]

export const vouchersModule = defineFeatureModule({
  id: 'vouchers',
  translations,
  access,
  routes: [
    {
      path: 'vouchers',
      crumb: 'vouchers:nav.group',
      crumbLinked: false,
      children: [
        { index: true, page: VouchersIndex },
        {
          path: 'wallet',
          crumb: 'vouchers:nav.voucherWallet',
          children: [
            { index: true, page: WalletPage, roles: access.voucherWallet },
            {
              path: ':id',
              crumb: (params) => <VoucherCrumb id={params.id ?? ''} />,
              children: [
                { index: true, page: VoucherPage, roles: access.voucherWallet },
                {
                  path: 'spend',
                  crumb: 'vouchers:spend.crumb',
                  page: SpendPage,
                  roles: access.voucherWallet,
                },
              ],
            },
          ],
        },
        {
          path: 'claims',
          crumb: 'vouchers:nav.voucherClaims',
          children: [
            { index: true, page: ClaimsPage, roles: access.voucherWallet },
            { path: 'new', crumb: 'vouchers:claims.new', page: NewClaimPage, roles: access.voucherWallet },
          ],
        },
        {
          path: 'review',
          crumb: 'vouchers:nav.voucherReview',
          page: ReviewPage,
          roles: access.voucherDecisions,
        },
        {
          path: 'schemes',
          crumb: 'vouchers:nav.voucherSchemes',
          children: [
            { index: true, page: SchemesPage, roles: access.voucherDecisions },
            {
              path: 'new',
              crumb: 'vouchers:schemes.new',
              page: NewSchemePage,
              roles: access.voucherDecisions,
            },
            {
              path: ':id',
              crumb: recordCrumb(SchemeName),
              children: [
                { index: true, page: SchemePage, roles: access.voucherDecisions },
                {
                  path: 'edit',
                  crumb: 'vouchers:schemes.edit',
                  page: EditSchemePage,
                  roles: access.voucherDecisions,
                },
              ],
            },
          ],
        },
        {
          path: 'products',
          crumb: 'vouchers:nav.serviceProducts',
          children: [
            { index: true, page: ProductsPage, roles: access.serviceProducts },
            {
              path: 'new',
              crumb: 'vouchers:products.new',
              page: NewProductPage,
              roles: access.serviceProducts,
            },
            {
              path: ':id/edit',
              crumb: recordCrumb(ProductName),
              page: EditProductPage,
              roles: access.serviceProducts,
            },
          ],
        },
        {
          path: 'orders',
          crumb: 'vouchers:nav.serviceOrders',
          page: ProviderOrdersPage,
          roles: access.serviceProducts,
        },
        {
          path: 'redemptions',
          crumb: () => <RedemptionsCrumb />,
          page: RedemptionsPage,
          roles: access.redemptions,
        },
        {
          path: 'settlements',
          crumb: 'vouchers:nav.settlements',
          children: [
            { index: true, page: SettlementsPage, roles: access.voucherDecisions },
            {
              path: ':id',
              crumb: (params) => <SettlementCrumb id={params.id ?? ''} />,
              page: SettlementPage,
              roles: access.voucherDecisions,
            },
          ],
        },
        {
          path: 'clearing',
          crumb: 'vouchers:nav.clearing',
          page: ClearingPage,
          roles: access.voucherDecisions,
        },
        {
          path: 'admissions',
          crumb: 'vouchers:nav.providerAdmissions',
          page: AdmissionsPage,
          roles: access.voucherDecisions,
        },
      ],
    },
  ],
  menu: [
    {
      order: 20,
      entry: {
        key: 'vouchers',
        labelKey: 'vouchers:nav.group',
        icon: <CreditCardOutlined />,
        children: voucherEntries,
      },
    },
  ],
})
