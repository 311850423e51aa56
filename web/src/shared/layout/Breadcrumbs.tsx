import { Breadcrumb } from 'antd'
import { useTranslation } from 'react-i18next'
import { Link, useMatches } from 'react-router'
import { useTranslateKey } from '../i18n/keys'
import { isRouteHandle } from '../module/routeHandle'

/** Home › section › record, from the crumbs the routes declare. */
export function Breadcrumbs() {
  const { t } = useTranslation()
  const translateKey = useTranslateKey()
  const crumbs = useMatches().flatMap((match) =>
    isRouteHandle(match.handle) ? [{ match, handle: match.handle }] : [],
  )
  const items = [
    { key: 'home', title: crumbs.length === 0 ? t('nav.home') : <Link to="/">{t('nav.home')}</Link> },
    ...crumbs.map(({ match, handle }, index) => {
      const label = typeof handle.crumb === 'string' ? translateKey(handle.crumb) : handle.crumb(match.params)
      const linked = handle.linked !== false && index < crumbs.length - 1
      return { key: match.id, title: linked ? <Link to={match.pathname}>{label}</Link> : label }
    }),
  ]
  return (
    <nav aria-label={t('nav.breadcrumbs')}>
      <Breadcrumb items={items} style={{ marginBottom: 16 }} />
    </nav>
  )
}
