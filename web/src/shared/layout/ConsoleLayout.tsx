// The frame every signed-in page sits in: side menu, header, breadcrumbs, and the page (loaded when opened). Below
// the md breakpoint (a phone) the menu leaves the page's side for a drawer that the header's menu button opens.
import { Drawer, Grid, Layout } from 'antd'
import { Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router'
import { PageLoading } from '../ui/PageLoading'
import { AppHeader } from './AppHeader'
import { useFocusableScrollRegions } from './focusableScrollRegions'
import { Breadcrumbs } from './Breadcrumbs'
import { SideMenu, type NavigationFor } from './SideMenu'
import './layout.css'

const siderWidth = 224

function Brand({ showName }: { showName: boolean }) {
  const { t } = useTranslation()
  return (
    // named by its words when they show (a name that differs from the words read fails WCAG 2.5.3), by the platform's
    // name when only the mark does
    <Link to="/" className="g60-brand" aria-label={showName ? undefined : t('app.name')}>
      <span className="g60-brand-mark" aria-hidden>
        G60
      </span>
      {showName && <span className="g60-brand-name">{t('app.shortName')}</span>}
    </Link>
  )
}

/** The menu in a drawer, closed again once a page is chosen (the drawer remembers the path it was opened on). */
function MenuDrawer({
  navigation,
  openedOn,
  onClose,
}: {
  navigation: NavigationFor
  openedOn: string | null
  onClose: () => void
}) {
  const { pathname } = useLocation()
  return (
    <Drawer
      open={openedOn === pathname}
      onClose={onClose}
      placement="left"
      size={siderWidth}
      closable={false}
      className="g60-menu-drawer"
      styles={{ body: { padding: 0 } }}
    >
      <Brand showName />
      <SideMenu navigation={navigation} />
    </Drawer>
  )
}

export function ConsoleLayout({ navigation }: { navigation: NavigationFor }) {
  const { t } = useTranslation()
  const { pathname } = useLocation()
  const [collapsed, setCollapsed] = useState(false)
  // the path the drawer was opened on: a move to another page closes it without an effect
  const [drawerOpenedOn, setDrawerOpenedOn] = useState<string | null>(null)
  const phone = Grid.useBreakpoint().md === false
  useFocusableScrollRegions()
  return (
    <Layout className="g60-shell">
      {/* a new page starts at its top; a filter change (same path) keeps the scroll position */}
      <ScrollRestoration getKey={(location) => location.pathname} />
      <a className="g60-skip-link" href="#main-content">
        {t('nav.skipToContent')}
      </a>
      {phone ? (
        <MenuDrawer
          navigation={navigation}
          openedOn={drawerOpenedOn}
          onClose={() => setDrawerOpenedOn(null)}
        />
      ) : (
        <Layout.Sider
          width={siderWidth}
          collapsedWidth={64}
          breakpoint="lg"
          collapsible
          trigger={null}
          collapsed={collapsed}
          onCollapse={setCollapsed}
          className="g60-sider"
        >
          <Brand showName={!collapsed} />
          <SideMenu navigation={navigation} />
        </Layout.Sider>
      )}
      <Layout>
        <AppHeader
          phone={phone}
          menuCollapsed={phone ? drawerOpenedOn !== pathname : collapsed}
          onToggleMenu={() =>
            phone
              ? setDrawerOpenedOn((openedOn) => (openedOn === pathname ? null : pathname))
              : setCollapsed((value) => !value)
          }
        />
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
