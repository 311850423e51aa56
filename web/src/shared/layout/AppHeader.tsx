import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons'
import { App, Button, Flex, Layout } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { signInPathFor } from '../session/signInPath'
import { useSignOut } from '../session/session.queries'
import { useErrorText } from '../ui/errorText'
import { CurrentUser } from './CurrentUser'
import { InboxBadge } from './InboxBadge'
import { LanguageSwitch } from './LanguageSwitch'

export function AppHeader({
  menuCollapsed,
  onToggleMenu,
}: {
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
          icon={menuCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          onClick={onToggleMenu}
          aria-label={menuCollapsed ? t('header.expandMenu') : t('header.collapseMenu')}
          aria-expanded={!menuCollapsed}
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
