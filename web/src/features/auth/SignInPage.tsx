// Sign-in: clear errors in the user's language, and the sign-in rate limit shown as a countdown for that username.
import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Navigate, useNavigate, useSearchParams } from 'react-router'
import { safeReturnPath } from '../../shared/session/signInPath'
import { isApiError } from '../../shared/api/errors'
import { LanguageSwitch } from '../../shared/layout/LanguageSwitch'
import { useHealth, useSessionQuery, useSignIn } from '../../shared/session/session.queries'
import { useErrorText } from '../../shared/ui/errorText'
import { ChangePasswordForm } from './ChangePasswordForm'
import { useRetryCountdown } from './useRetryCountdown'
import './sign-in.css'

interface Credentials {
  username: string
  password: string
}

const fallbackRetrySeconds = 900

function retryAfterSeconds(error: unknown): number {
  if (!isApiError(error, 429)) return 0
  const seconds = error.details.retryAfterSeconds
  return typeof seconds === 'number' && seconds > 0 ? seconds : fallbackRetrySeconds
}

function formatWait(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`
}

export function SignInPage() {
  const { t } = useTranslation('auth')
  const navigate = useNavigate()
  const [parameters] = useSearchParams()
  const [form] = Form.useForm<Credentials>()
  const username = Form.useWatch('username', form) ?? ''
  const [failure, setFailure] = useState<unknown>(null)
  const countdown = useRetryCountdown()
  const errorText = useErrorText()
  const session = useSessionQuery()
  const health = useHealth()
  const signIn = useSignIn()
  const returnPath = safeReturnPath(parameters.get('returnTo'))
  const reason = parameters.get('reason')
  const waitSeconds = countdown.secondsLeft(username.trim())

  const mustChangePassword = session.data?.passwordChangeRequired === true
  if (session.isSuccess && !mustChangePassword) return <Navigate to={returnPath} replace />

  const onFinish = (credentials: Credentials) => {
    setFailure(null)
    const trimmed = { username: credentials.username.trim(), password: credentials.password }
    signIn.mutate(trimmed, {
      // a user whose password was reset stays here to choose a new one (the session says so)
      onSuccess: (answer) => {
        if (!answer.passwordChangeRequired) void navigate(returnPath, { replace: true })
      },
      onError: (error) => {
        setFailure(error)
        const seconds = retryAfterSeconds(error)
        if (seconds > 0) countdown.start(trimmed.username, seconds)
        form.setFieldValue('password', '')
      },
    })
  }

  return (
    <main className="g60-sign-in">
      <div className="g60-sign-in-language">
        <LanguageSwitch />
      </div>
      <Card className="g60-sign-in-card">
        <Flex vertical gap="middle">
          <div>
            <span className="g60-sign-in-mark" aria-hidden>
              G60
            </span>
            <Typography.Title level={1} style={{ fontSize: 24, margin: '12px 0 4px' }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('subtitle')}</Typography.Text>
          </div>
          {reason === 'expired' && failure === null && (
            <Alert type="warning" showIcon title={t('sessionExpired')} />
          )}
          {reason === 'signed_out' && failure === null && (
            <Alert type="success" showIcon title={t('signedOut')} />
          )}
          {failure !== null && (
            <Alert
              type="error"
              showIcon
              role="alert"
              data-testid="sign-in-error"
              title={errorText(failure)}
              description={waitSeconds > 0 ? t('retryIn', { time: formatWait(waitSeconds) }) : undefined}
            />
          )}
          {mustChangePassword ? (
            <ChangePasswordForm onChanged={() => void navigate(returnPath, { replace: true })} />
          ) : (
            <Form<Credentials>
              form={form}
              layout="vertical"
              requiredMark={false}
              onFinish={onFinish}
              disabled={signIn.isPending}
            >
              <Form.Item
                name="username"
                label={t('username')}
                rules={[{ required: true, whitespace: true, message: t('usernameRequired') }]}
              >
                <Input prefix={<UserOutlined aria-hidden />} autoComplete="username" autoFocus size="large" />
              </Form.Item>
              <Form.Item
                name="password"
                label={t('password')}
                rules={[{ required: true, message: t('passwordRequired') }]}
              >
                <Input.Password
                  prefix={<LockOutlined aria-hidden />}
                  autoComplete="current-password"
                  size="large"
                />
              </Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                size="large"
                block
                loading={signIn.isPending}
                disabled={waitSeconds > 0}
              >
                {waitSeconds > 0 ? t('waitToRetry', { time: formatWait(waitSeconds) }) : t('submit')}
              </Button>
            </Form>
          )}
          {health.data?.mode === 'demo' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="demo-note">
              {t('syntheticNote')}
            </Typography.Text>
          )}
        </Flex>
      </Card>
    </main>
  )
}
