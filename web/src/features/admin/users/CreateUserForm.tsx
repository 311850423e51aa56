// Creates a user through POST /api/users. The form checks what it can before sending; what the server refuses
// comes back in the user's language and is shown on the field it concerns (or above the form).
import { Alert, Button, Col, Form, Input, Row, Select } from 'antd'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../shared/api/errors'
import type { CreateUserBody, Role, User } from '../../../shared/api/types'
import { roles } from '../../../shared/ui/enums'
import { useErrorText } from '../../../shared/ui/errorText'
import { useCityOptions, useEnumOptions } from '../../registry/reference/options'
import { fieldsOf } from './fieldErrors'
import { newIdempotencyKey, useCreateUser } from './users.queries'

interface UserFormValues {
  username: string
  password: string
  displayNameZh: string
  displayNameEn: string
  role: Role
  cityCode?: string
  organisationId?: string
}

const usernamePattern = /^[a-z0-9][a-z0-9._-]*$/
const passwordLengthMin = 10
const rolesWithCity: readonly Role[] = ['city_officer', 'workstation']
const organisationPrefixes: Partial<Record<Role, string>> = {
  firm: 'firm_',
  provider: 'prov_',
  financier: 'inst_',
}

export function CreateUserForm({ onCreated }: { onCreated: (user: User) => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<UserFormValues>()
  const role = Form.useWatch('role', form)
  const cities = useCityOptions()
  const roleOptions = useEnumOptions(roles, (value) => `enums.role.${value}`)
  const createUser = useCreateUser()
  const errorText = useErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const idempotencyKey = useRef(newIdempotencyKey())
  const organisationPrefix = role === undefined ? undefined : organisationPrefixes[role]

  const onFinish = (values: UserFormValues) => {
    setFormError(null)
    const body: CreateUserBody = {
      username: values.username.trim(),
      password: values.password,
      displayNameZh: values.displayNameZh.trim(),
      displayNameEn: values.displayNameEn.trim(),
      role: values.role,
      cityCode: values.cityCode ?? null,
      organisationId: values.organisationId?.trim() || null,
    }
    createUser.mutate(
      { body, idempotencyKey: idempotencyKey.current },
      {
        onSuccess: (user) => {
          idempotencyKey.current = newIdempotencyKey()
          form.resetFields()
          onCreated(user)
        },
        onError: (error) => {
          const message = errorText(error)
          const fields = error instanceof ApiError ? fieldsOf(error) : []
          if (fields.length === 0) setFormError(message)
          else form.setFields(fields.map((name) => ({ name, errors: [message] })))
          // a corrected form is a new request, so it gets a new key
          idempotencyKey.current = newIdempotencyKey()
        },
      },
    )
  }

  return (
    <Form<UserFormValues> form={form} layout="vertical" onFinish={onFinish} data-testid="create-user-form">
      {formError !== null && (
        <Alert type="error" showIcon role="alert" title={formError} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item
            name="username"
            label={t('admin.users.fields.username')}
            extra={t('admin.users.hints.username')}
            rules={[
              { required: true, message: t('admin.users.validation.required') },
              { min: 3, max: 64, message: t('admin.users.validation.usernameLength') },
              { pattern: usernamePattern, message: t('admin.users.validation.usernamePattern') },
            ]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="password"
            label={t('admin.users.fields.password')}
            extra={t('admin.users.hints.password')}
            rules={[
              { required: true, message: t('admin.users.validation.required') },
              {
                min: passwordLengthMin,
                message: t('admin.users.validation.passwordLength', { length: passwordLengthMin }),
              },
              { max: 200, message: t('admin.users.validation.tooLong') },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="displayNameZh"
            label={t('admin.users.fields.displayNameZh')}
            rules={[
              { required: true, whitespace: true, message: t('admin.users.validation.required') },
              { max: 100, message: t('admin.users.validation.tooLong') },
            ]}
          >
            <Input lang="zh-CN" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="displayNameEn"
            label={t('admin.users.fields.displayNameEn')}
            rules={[
              { required: true, whitespace: true, message: t('admin.users.validation.required') },
              { max: 100, message: t('admin.users.validation.tooLong') },
            ]}
          >
            <Input lang="en" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="role"
            label={t('admin.users.fields.role')}
            rules={[{ required: true, message: t('admin.users.validation.required') }]}
          >
            <Select options={roleOptions} placeholder={t('admin.users.placeholders.role')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            name="cityCode"
            label={t('admin.users.fields.city')}
            dependencies={['role']}
            rules={[
              {
                required: role !== undefined && rolesWithCity.includes(role),
                message: t('admin.users.validation.cityRequired'),
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
            label={t('admin.users.fields.organisationId')}
            extra={
              organisationPrefix === undefined
                ? undefined
                : t('admin.users.hints.organisation', { prefix: organisationPrefix })
            }
            dependencies={['role']}
            rules={[
              {
                required: organisationPrefix !== undefined,
                message: t('admin.users.validation.organisationRequired'),
              },
              {
                validator: async (_rule, value: unknown) => {
                  if (organisationPrefix === undefined || typeof value !== 'string' || value === '') return
                  if (!value.trim().startsWith(organisationPrefix)) {
                    throw new Error(
                      t('admin.users.validation.organisationPrefix', { prefix: organisationPrefix }),
                    )
                  }
                },
              },
              { max: 64, message: t('admin.users.validation.tooLong') },
            ]}
          >
            <Input
              autoComplete="off"
              placeholder={organisationPrefix === undefined ? t('common.none') : `${organisationPrefix}…`}
            />
          </Form.Item>
        </Col>
      </Row>
      <Button type="primary" htmlType="submit" loading={createUser.isPending}>
        {t('admin.users.submit')}
      </Button>
    </Form>
  )
}
