// The new password a user must choose after the office reset theirs: until then every page is refused, so sign-in
// asks for it at once, with the temporary password as the current one.
import { Alert, Button, Flex, Form, Input, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useErrorText } from '../../shared/ui/errorText'
import { useChangePassword } from './password.queries'

interface PasswordValues {
  currentPassword: string
  newPassword: string
  confirmation: string
}

const passwordLengthMin = 10

export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation('auth')
  const [form] = Form.useForm<PasswordValues>()
  const change = useChangePassword()
  const errorText = useErrorText()
  const [failure, setFailure] = useState<unknown>(null)

  const onFinish = (values: PasswordValues) => {
    setFailure(null)
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      { onSuccess: onChanged, onError: setFailure },
    )
  }

  return (
    <Flex vertical gap="middle" data-testid="change-password">
      <Alert type="warning" showIcon title={t('changeRequired')} description={t('changeRequiredHint')} />
      {failure !== null && <Alert type="error" showIcon role="alert" title={errorText(failure)} />}
      <Form<PasswordValues> form={form} layout="vertical" requiredMark={false} onFinish={onFinish}>
        <Form.Item
          name="currentPassword"
          label={t('currentPassword')}
          rules={[{ required: true, message: t('passwordRequired') }]}
        >
          <Input.Password autoComplete="current-password" size="large" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('newPassword')}
          extra={t('newPasswordHint', { length: passwordLengthMin })}
          rules={[
            { required: true, message: t('passwordRequired') },
            { min: passwordLengthMin, message: t('newPasswordHint', { length: passwordLengthMin }) },
            { max: 200, message: t('tooLong') },
          ]}
        >
          <Input.Password autoComplete="new-password" size="large" />
        </Form.Item>
        <Form.Item
          name="confirmation"
          label={t('confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('passwordRequired') },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: unknown) => {
                if (value !== getFieldValue('newPassword')) throw new Error(t('confirmationDiffers'))
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" size="large" />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={change.isPending}>
          {t('changeSubmit')}
        </Button>
      </Form>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('changeAfter')}
      </Typography.Text>
    </Flex>
  )
}
