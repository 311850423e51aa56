// The frame every signed-in page sits in: side menu, header, breadcrumbs, and the page (loaded when opened).
import { Layout } from 'antd'
import { Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, ScrollRestoration } from 'react-router'
import { PageLoading } from '../ui/PageLoading'
import { AppHeader } from './AppHeader'
import { Breadcrumbs } from './Breadcrumbs'
import { SideMenu, type NavigationFor } from './SideMenu'
import './layout.css'

export function ConsoleLayout({ navigation }: { navigation: NavigationFor }) {
  const { t } = useTranslation()
  const [collapsed, setCollapsed] = useState(false)
  return (
    <Layout className="g60-shell">
      {/* a new page starts at its top; a filter change (same path) keeps the scroll position */}
      <ScrollRestoration getKey={(location) => location.pathname} />
      <a className="g60-skip-link" href="#main-content">
        {t('nav.skipToContent')}
      </a>
      <Layout.Sider
        width={224}
        collapsedWidth={64}
        breakpoint="lg"
        collapsible
        trigger={null}
        collapsed={collapsed}
        onCollapse={setCollapsed}
        className="g60-sider"
      >
        <Link to="/" className="g60-brand" aria-label={t('app.name')}>
          <span className="g60-brand-mark" aria-hidden>
            G60
          </span>
          {!collapsed && <span className="g60-brand-name">{t('app.shortName')}</span>}
        </Link>
        <SideMenu navigation={navigation} />
      </Layout.Sider>
      <Layout>
        <AppHeader menuCollapsed={collapsed} onToggleMenu={() => setCollapsed((value) => !value)} />
        <Layout.Content className="g60-content" id="main-content" tabIndex={-1}>
          <Breadcrumbs />
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
        <Layout.Footer className="g60-footer">
          <span className="g60-muted">{t('app.footer')}</span>
        </Layout.Footer>
      </Layout>
    </Layout>
  )
}
