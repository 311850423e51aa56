import { Menu, type MenuProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import type { User } from '../api/types'
import { useTranslateKey } from '../i18n/keys'
import type { NavigationEntry } from '../module/featureModule'
import { selectedEntryKey } from '../module/navigation'
import { useCurrentUser } from '../session/SessionContext'

type MenuItem = NonNullable<MenuProps['items']>[number]

/** The menu entries a user sees (the app builds them from the feature modules). */
export type NavigationFor = (user: User) => NavigationEntry[]

export function SideMenu({ navigation }: { navigation: NavigationFor }) {
  const { t } = useTranslation()
  const translateKey = useTranslateKey()
  const user = useCurrentUser()
  const { pathname } = useLocation()
  const entries = navigation(user)
  const selected = selectedEntryKey(entries, pathname)

  const toItem = (entry: NavigationEntry): MenuItem =>
    entry.children === undefined
      ? {
          key: entry.key,
          icon: entry.icon,
          label: <Link to={entry.path ?? '/'}>{translateKey(entry.labelKey)}</Link>,
        }
      : {
          key: entry.key,
          icon: entry.icon,
          label: translateKey(entry.labelKey),
          children: entry.children.map(toItem),
        }

  return (
    <nav aria-label={t('nav.label')} data-testid="side-menu">
      <Menu
        theme="dark"
        mode="inline"
        items={entries.map(toItem)}
        selectedKeys={selected === undefined ? [] : [selected]}
        defaultOpenKeys={entries.filter((entry) => entry.children !== undefined).map((entry) => entry.key)}
      />
    </nav>
  )
}
