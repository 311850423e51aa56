// The side menu. A later module adds its entries here; `roles` hides an entry from other roles (the server
// still decides every request).
import {
  ApartmentOutlined,
  AppstoreOutlined,
  BankOutlined,
  CreditCardOutlined,
  EnvironmentOutlined,
  ExperimentOutlined,
  HomeOutlined,
  IdcardOutlined,
  SettingOutlined,
  ShopOutlined,
  TeamOutlined,
  BuildOutlined,
  ToolOutlined,
} from '@ant-design/icons'
import type { ParseKeys } from 'i18next'
import type { ReactNode } from 'react'
import type { Role, User } from '../shared/api/types'
import { mayOpen, pageAccess } from './access'
import { voucherEntries } from './voucherNavigation'
import { instrumentEntries } from './instrumentNavigation'
import { financeEntries } from './financeNavigation'

export interface NavigationEntry {
  key: string
  labelKey: ParseKeys
  icon: ReactNode
  /** leaves have a path; groups have children */
  path?: string
  children?: NavigationEntry[]
  roles?: readonly Role[]
}

const registryEntries: NavigationEntry[] = [
  { key: 'cities', labelKey: 'nav.cities', icon: <EnvironmentOutlined />, path: '/cities' },
  { key: 'parks', labelKey: 'nav.parks', icon: <BuildOutlined />, path: '/parks' },
  { key: 'alliances', labelKey: 'nav.alliances', icon: <ApartmentOutlined />, path: '/alliances' },
  { key: 'firms', labelKey: 'nav.firms', icon: <ShopOutlined />, path: '/firms' },
  { key: 'institutions', labelKey: 'nav.institutions', icon: <BankOutlined />, path: '/institutions' },
  { key: 'providers', labelKey: 'nav.providers', icon: <ExperimentOutlined />, path: '/providers' },
]

/** The page of the user's own organisation, for roles that act for one. */
function ownOrganisationEntry(user: User): NavigationEntry | null {
  if (user.organisationId === null) return null
  const icon = <IdcardOutlined />
  switch (user.role) {
    case 'firm':
      return { key: 'my-firm', labelKey: 'nav.myFirm', icon, path: `/firms/${user.organisationId}` }
    case 'provider':
      return {
        key: 'my-provider',
        labelKey: 'nav.myProvider',
        icon,
        path: `/providers/${user.organisationId}`,
      }
    case 'financier':
      return {
        key: 'my-institution',
        labelKey: 'nav.myInstitution',
        icon,
        path: `/institutions/${user.organisationId}`,
      }
    default:
      return null
  }
}

function allEntries(user: User): NavigationEntry[] {
  const own = ownOrganisationEntry(user)
  return [
    { key: 'home', labelKey: 'nav.home', icon: <HomeOutlined />, path: '/' },
    ...(own === null ? [] : [own]),
    { key: 'vouchers', labelKey: 'nav.vouchers', icon: <CreditCardOutlined />, children: voucherEntries },
    {
      key: 'instruments',
      labelKey: 'instruments.nav.group',
      icon: <ToolOutlined />,
      children: instrumentEntries,
    },
    { key: 'finance', labelKey: 'finance.nav.group', icon: <BankOutlined />, children: financeEntries },
    { key: 'registry', labelKey: 'nav.registry', icon: <AppstoreOutlined />, children: registryEntries },
    {
      key: 'administration',
      labelKey: 'nav.administration',
      icon: <SettingOutlined />,
      roles: pageAccess.administration,
      children: [{ key: 'users', labelKey: 'nav.users', icon: <TeamOutlined />, path: '/admin/users' }],
    },
  ]
}

function visibleTo(role: Role, entries: NavigationEntry[]): NavigationEntry[] {
  return entries
    .filter((entry) => mayOpen(role, entry.roles))
    .map((entry) =>
      entry.children === undefined ? entry : { ...entry, children: visibleTo(role, entry.children) },
    )
    .filter((entry) => entry.children === undefined || entry.children.length > 0)
}

export function navigationFor(user: User): NavigationEntry[] {
  return visibleTo(user.role, allEntries(user))
}

function leaves(entries: NavigationEntry[]): NavigationEntry[] {
  return entries.flatMap((entry) => (entry.children === undefined ? [entry] : leaves(entry.children)))
}

/** The menu entry of a location: an exact match first, else the longest path that contains it. */
export function selectedEntryKey(entries: NavigationEntry[], pathname: string): string | undefined {
  const candidates = leaves(entries).filter((entry) => entry.path !== undefined)
  const exact = candidates.find((entry) => entry.path === pathname)
  if (exact !== undefined) return exact.key
  const containing = candidates
    .filter(
      (entry) => entry.path !== '/' && entry.path !== undefined && pathname.startsWith(`${entry.path}/`),
    )
    .sort((first, second) => (second.path?.length ?? 0) - (first.path?.length ?? 0))
  return containing[0]?.key
}
