// What the administration does to one user of the list: disable or re-enable it (after a confirmation), reset its
// password, or change its role and scope. Nobody acts on their own account here.
import { EditOutlined, KeyOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons'
import { Button, Flex } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { ConfirmButton } from '../../../shared/ui/ConfirmButton'
import { EditScopeDialog } from './EditScopeDialog'
import { ResetPasswordDialog } from './ResetPasswordDialog'
import { useDisableUser, useEnableUser, type ListedUser } from './users.queries'

export function UserActions({ user }: { user: ListedUser }) {
  const { t } = useTranslation('admin')
  const session = useCurrentUser()
  const disable = useDisableUser()
  const enable = useEnableUser()
  const [dialog, setDialog] = useState<'reset' | 'edit' | null>(null)
  const self = session.id === user.id
  const names = { username: user.username }
  return (
    <Flex gap="small" wrap>
      {user.disabled ? (
        <ConfirmButton
          size="small"
          icon={<UndoOutlined />}
          question={t('users.confirm.enable', names)}
          send={() => enable.mutateAsync(user.id)}
          pending={enable.isPending}
          done={t('users.done.enabled', names)}
        >
          {t('users.actions.enable')}
        </ConfirmButton>
      ) : (
        <ConfirmButton
          size="small"
          danger
          okDanger
          icon={<StopOutlined />}
          disabled={self}
          question={t('users.confirm.disable', names)}
          description={t('users.confirm.disableEffect')}
          send={() => disable.mutateAsync(user.id)}
          pending={disable.isPending}
          done={t('users.done.disabled', names)}
        >
          {t('users.actions.disable')}
        </ConfirmButton>
      )}
      <Button size="small" icon={<KeyOutlined />} onClick={() => setDialog('reset')}>
        {t('users.actions.reset')}
      </Button>
      <Button size="small" icon={<EditOutlined />} disabled={self} onClick={() => setDialog('edit')}>
        {t('users.actions.edit')}
      </Button>
      {dialog === 'reset' && <ResetPasswordDialog user={user} onClose={() => setDialog(null)} />}
      {dialog === 'edit' && <EditScopeDialog user={user} onClose={() => setDialog(null)} />}
    </Flex>
  )
}
