import { Menu, type MenuProps } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'react-router'
import { navigationFor, selectedEntryKey, type NavigationEntry } from '../../app/navigation'
import { useCurrentUser } from '../session/SessionContext'

type MenuItem = NonNullable<MenuProps['items']>[number]

export function SideMenu() {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const { pathname } = useLocation()
  const entries = navigationFor(user)
  const selected = selectedEntryKey(entries, pathname)

  const toItem = (entry: NavigationEntry): MenuItem =>
    entry.children === undefined
      ? { key: entry.key, icon: entry.icon, label: <Link to={entry.path ?? '/'}>{t(entry.labelKey)}</Link> }
      : { key: entry.key, icon: entry.icon, label: t(entry.labelKey), children: entry.children.map(toItem) }

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
