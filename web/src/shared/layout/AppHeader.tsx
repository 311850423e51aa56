import { LogoutOutlined, MenuFoldOutlined, MenuOutlined, MenuUnfoldOutlined } from '@ant-design/icons'
import { App, Button, Flex, Layout } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { signInPathFor } from '../session/signInPath'
import { useSignOut } from '../session/session.queries'
import { useErrorText } from '../ui/errorText'
import { CurrentUser } from './CurrentUser'
import { InboxBadge } from './InboxBadge'
import { LanguageSwitch } from './LanguageSwitch'

/** On a phone the menu button opens the menu's drawer; elsewhere it folds the side menu to its icons and back. */
export function AppHeader({
  phone,
  menuCollapsed,
  onToggleMenu,
}: {
  phone: boolean
  menuCollapsed: boolean
  onToggleMenu: () => void
}) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { notification } = App.useApp()
  const errorText = useErrorText()
  const signOut = useSignOut()

  const onSignOut = () =>
    signOut.mutate(undefined, {
      onSuccess: () => void navigate(signInPathFor('/', 'signed_out'), { replace: true }),
      onError: (error) =>
        notification.error({ title: t('header.signOutFailed'), description: errorText(error) }),
    })

  return (
    <Layout.Header className="g60-header">
      <Flex align="center" className="g60-header-bar" style={{ height: '100%' }}>
        <Button
          type="text"
          icon={phone ? <MenuOutlined /> : menuCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={onToggleMenu}
          aria-label={
            phone ? t('header.openMenu') : menuCollapsed ? t('header.expandMenu') : t('header.collapseMenu')
          }
          aria-expanded={!menuCollapsed}
          data-testid="menu-button"
        />
        <div style={{ flex: 1 }} />
        <InboxBadge />
        <LanguageSwitch />
        <CurrentUser />
        <Button
          icon={<LogoutOutlined />}
          onClick={onSignOut}
          loading={signOut.isPending}
          aria-label={t('header.signOut')}
          data-testid="sign-out"
        >
          <span className="g60-hide-phone">{t('header.signOut')}</span>
        </Button>
      </Flex>
    </Layout.Header>
  )
}
