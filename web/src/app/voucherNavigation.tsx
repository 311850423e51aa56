// The side menu's innovation voucher entries: each role sees the pages of its part in them (the group is hidden
// from roles that have none).
import {
  AccountBookOutlined,
  AuditOutlined,
  FileDoneOutlined,
  HeatMapOutlined,
  ProfileOutlined,
  SafetyCertificateOutlined,
  ShoppingCartOutlined,
  SolutionOutlined,
  TagsOutlined,
  WalletOutlined,
} from '@ant-design/icons'
import { pageAccess } from './access'
import type { NavigationEntry } from './navigation'

export const voucherEntries: NavigationEntry[] = [
  {
    key: 'voucher-wallet',
    labelKey: 'nav.voucherWallet',
    icon: <WalletOutlined />,
    path: '/vouchers/wallet',
    roles: pageAccess.voucherWallet,
  },
  {
    key: 'voucher-claims',
    labelKey: 'nav.voucherClaims',
    icon: <FileDoneOutlined />,
    path: '/vouchers/claims',
    roles: pageAccess.voucherWallet,
  },
  {
    key: 'voucher-review',
    labelKey: 'nav.voucherReview',
    icon: <AuditOutlined />,
    path: '/vouchers/review',
    roles: pageAccess.voucherDecisions,
  },
  {
    key: 'voucher-schemes',
    labelKey: 'nav.voucherSchemes',
    icon: <ProfileOutlined />,
    path: '/vouchers/schemes',
    roles: pageAccess.voucherDecisions,
  },
  {
    key: 'redemptions-officer',
    labelKey: 'nav.redemptionReview',
    icon: <SafetyCertificateOutlined />,
    path: '/vouchers/redemptions',
    roles: pageAccess.voucherDecisions,
  },
  {
    key: 'settlements',
    labelKey: 'nav.settlements',
    icon: <AccountBookOutlined />,
    path: '/vouchers/settlements',
    roles: pageAccess.voucherDecisions,
  },
  {
    key: 'clearing',
    labelKey: 'nav.clearing',
    icon: <HeatMapOutlined />,
    path: '/vouchers/clearing',
    roles: pageAccess.voucherDecisions,
  },
  {
    key: 'provider-admissions',
    labelKey: 'nav.providerAdmissions',
    icon: <SolutionOutlined />,
    path: '/vouchers/admissions',
    roles: pageAccess.voucherDecisions,
  },
  {
    key: 'redemptions-firm',
    labelKey: 'nav.redemptionConfirmations',
    icon: <SafetyCertificateOutlined />,
    path: '/vouchers/redemptions',
    roles: pageAccess.voucherWallet,
  },
  {
    key: 'service-products',
    labelKey: 'nav.serviceProducts',
    icon: <TagsOutlined />,
    path: '/vouchers/products',
    roles: pageAccess.serviceProducts,
  },
  {
    key: 'service-orders',
    labelKey: 'nav.serviceOrders',
    icon: <ShoppingCartOutlined />,
    path: '/vouchers/orders',
    roles: pageAccess.serviceProducts,
  },
  {
    key: 'redemptions-provider',
    labelKey: 'nav.redemptionClaims',
    icon: <SafetyCertificateOutlined />,
    path: '/vouchers/redemptions',
    roles: pageAccess.serviceProducts,
  },
]
