// Creates a user through POST /api/users. The form checks what it can before sending; what the server refuses
// comes back in the user's language and is shown on the field it concerns (or above the form).
import { Alert, Button, Col, Form, Input, Row, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../shared/api/errors'
import type { CreateUserBody, Role, User } from '../../../shared/api/types'
import { roles } from '../../../shared/ui/enums'
import { useErrorText } from '../../../shared/ui/errorText'
import { useCityOptions, enumOptions } from '../../../shared/reference/options'
import { OrganisationPicker } from '../../../shared/ui/OrganisationPicker'
import { fieldsOf } from './fieldErrors'
import { organisationKindOf, rolesWithCity } from './roleScope'
import { useCreateUser } from './users.queries'

interface UserFormValues {
  username: string
  password: string
  displayNameZh: string
  displayNameEn: string
  role: Role
  cityCode?: string
  organisationId?: string | null
}

const usernamePattern = /^[a-z0-9][a-z0-9._-]*$/
const passwordLengthMin = 10

export function CreateUserForm({ onCreated }: { onCreated: (user: User) => void }) {
  const { t } = useTranslation('admin')
  const [form] = Form.useForm<UserFormValues>()
  const role = Form.useWatch('role', form)
  const createUser = useCreateUser()
  const errorText = useErrorText()
  const [formError, setFormError] = useState<string | null>(null)

  const onFinish = (values: UserFormValues) => {
    setFormError(null)
    const body: CreateUserBody = {
      username: values.username.trim(),
      password: values.password,
      displayNameZh: values.displayNameZh.trim(),
      displayNameEn: values.displayNameEn.trim(),
      role: values.role,
      cityCode: values.cityCode ?? null,
      organisationId: values.organisationId ?? null,
    }
    createUser.mutate(body, {
      onSuccess: (user) => {
        form.resetFields()
        onCreated(user)
      },
      onError: (error) => {
        const message = errorText(error)
        const fields = error instanceof ApiError ? fieldsOf(error) : []
        if (fields.length === 0) setFormError(message)
        else form.setFields(fields.map((name) => ({ name, errors: [message] })))
      },
    })
  }

  return (
    <Form<UserFormValues> form={form} layout="vertical" onFinish={onFinish} data-testid="create-user-form">
      {formError !== null && (
        <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={16}>
        <AccountFields />
        <RoleFields role={role} />
      </Row>
      <Button type="primary" htmlType="submit" loading={createUser.isPending}>
        {t('users.submit')}
      </Button>
    </Form>
  )
}

/** Who the user is: the name to sign in with, the first password, the names shown. */
function AccountFields() {
  const { t } = useTranslation('admin')
  return (
    <>
      <Col xs={24} md={12}>
        <Form.Item
          name="username"
          label={t('users.fields.username')}
          extra={t('users.hints.username')}
          rules={[
            { required: true, message: t('users.validation.required') },
            { min: 3, max: 64, message: t('users.validation.usernameLength') },
            { pattern: usernamePattern, message: t('users.validation.usernamePattern') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="password"
          label={t('users.fields.password')}
          extra={t('users.hints.password')}
          rules={[
            { required: true, message: t('users.validation.required') },
            {
              min: passwordLengthMin,
              message: t('users.validation.passwordLength', { length: passwordLengthMin }),
            },
            { max: 200, message: t('users.validation.tooLong') },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="displayNameZh"
          label={t('users.fields.displayNameZh')}
          rules={[
            { required: true, whitespace: true, message: t('users.validation.required') },
            { max: 100, message: t('users.validation.tooLong') },
          ]}
        >
          <Input lang="zh-CN" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name="displayNameEn"
          label={t('users.fields.displayNameEn')}
          rules={[
            { required: true, whitespace: true, message: t('users.validation.required') },
            { max: 100, message: t('users.validation.tooLong') },
          ]}
        >
          <Input lang="en" />
        </Form.Item>
      </Col>
    </>
  )
}

/** What the user does: a role, and for some roles the city or organisation it acts for. */
function RoleFields({ role }: { role: Role | undefined }) {
  const { t } = useTranslation('admin')
  const cities = useCityOptions()
  const city = Form.useWatch<string | undefined>('cityCode')
  const roleOptions = enumOptions(roles, (value) => t(`enums.role.${value}`))
  const organisationKind = organisationKindOf(role)
  return (
    <>
      <Col xs={24} md={8}>
        <Form.Item
          name="role"
          label={t('users.fields.role')}
          rules={[{ required: true, message: t('users.validation.required') }]}
        >
          <Select options={roleOptions} placeholder={t('users.placeholders.role')} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="cityCode"
          label={t('users.fields.city')}
          dependencies={['role']}
          rules={[
            {
              required: role !== undefined && rolesWithCity.includes(role),
              message: t('users.validation.cityRequired'),
            },
          ]}
        >
          <Select
            allowClear
            options={cities.options}
            loading={cities.loading}
            placeholder={t('common.none')}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item
          name="organisationId"
          label={t('users.fields.organisation')}
          extra={organisationKind === undefined ? undefined : t('users.hints.organisationSearch')}
          dependencies={['role']}
          rules={[
            {
              required: organisationKind !== undefined,
              message: t('users.validation.organisationRequired'),
            },
          ]}
        >
          {organisationKind === undefined ? (
            <Select disabled placeholder={t('common.none')} />
          ) : (
            <OrganisationPicker
              kind={organisationKind}
              city={city}
              placeholder={t('users.placeholders.organisation')}
            />
          )}
        </Form.Item>
      </Col>
    </>
  )
}
