// Resetting a user's password: the server generates a temporary one (shown here once, to hand over) or takes the
// one the office chose. Either way the user's sessions end and a new password is asked for at the next sign-in.
import { Alert, Form, Input, Radio, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ActionDialog } from '../../../shared/ui/ActionDialog'
import { useResetPassword, type ListedUser } from './users.queries'

const passwordLengthMin = 10

export function ResetPasswordDialog({ user, onClose }: { user: ListedUser; onClose: () => void }) {
  const { t } = useTranslation('admin')
  const reset = useResetPassword()
  const [mode, setMode] = useState<'generate' | 'choose'>('generate')
  const [chosen, setChosen] = useState('')
  const [shown, setShown] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const names = { username: user.username }

  const send = () =>
    reset.mutate(mode === 'generate' ? { id: user.id } : { id: user.id, temporaryPassword: chosen }, {
      onSuccess: (answer) => {
        setShown(answer.temporaryPassword)
        setDone(true)
      },
    })

  if (done) {
    return (
      <ActionDialog
        title={t('users.reset.title', names)}
        okText={t('users.reset.close')}
        onOk={onClose}
        onClose={onClose}
        mutation={{ isPending: false, error: null }}
      >
        {shown === null ? (
          <Alert type="success" showIcon title={t('users.reset.chosenDone', names)} />
        ) : (
          <Alert
            type="success"
            showIcon
            title={t('users.reset.shownOnce', names)}
            description={
              <>
                <Typography.Paragraph
                  copyable
                  code
                  style={{ fontSize: 18, margin: '8px 0' }}
                  data-testid="temporary-password"
                >
                  {shown}
                </Typography.Paragraph>
                {t('users.reset.handOver')}
              </>
            }
          />
        )}
      </ActionDialog>
    )
  }

  return (
    <ActionDialog
      title={t('users.reset.title', names)}
      okText={t('users.reset.submit')}
      onOk={send}
      onClose={onClose}
      mutation={reset}
      explained={t('users.reset.explained')}
      okDisabled={mode === 'choose' && chosen.length < passwordLengthMin}
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t('users.reset.how')}>
          <Radio.Group
            value={mode}
            onChange={(event) => setMode(event.target.value === 'choose' ? 'choose' : 'generate')}
          >
            <Radio value="generate">{t('users.reset.generate')}</Radio>
            <Radio value="choose">{t('users.reset.choose')}</Radio>
          </Radio.Group>
        </Form.Item>
        {mode === 'choose' && (
          <Form.Item
            label={t('users.reset.temporary')}
            htmlFor="reset-temporary-password"
            extra={t('users.validation.passwordLength', { length: passwordLengthMin })}
          >
            <Input.Password
              id="reset-temporary-password"
              autoComplete="new-password"
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
            />
          </Form.Item>
        )}
      </Form>
    </ActionDialog>
  )
}
