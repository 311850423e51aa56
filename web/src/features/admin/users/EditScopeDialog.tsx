// A user's role, city and organisation, changed together and checked as a new user's would be; the server refuses
// what a city officer may not grant (the corridor office's role, another city).
import { Col, Form, Row, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Role } from '../../../shared/api/types'
import { enumOptions, useCityOptions } from '../../../shared/reference/options'
import { FormDialog } from '../../../shared/ui/ActionDialog'
import { OrganisationPicker } from '../../../shared/ui/OrganisationPicker'
import { roles } from '../../../shared/ui/enums'
import { organisationKindOf, rolesWithCity } from './roleScope'
import { useChangeUserScope, type ListedUser } from './users.queries'

interface ScopeValues {
  role: Role
  cityCode?: string | null
  organisationId?: string | null
}

export function EditScopeDialog({ user, onClose }: { user: ListedUser; onClose: () => void }) {
  const { t } = useTranslation('admin')
  const [form] = Form.useForm<ScopeValues>()
  const role = Form.useWatch('role', form) ?? user.role
  const city = Form.useWatch('cityCode', form) ?? undefined
  const cities = useCityOptions()
  const change = useChangeUserScope()
  const organisationKind = organisationKindOf(role)
  const current =
    user.organisationId !== null && user.organisationNameZh !== null && user.organisationNameEn !== null
      ? { id: user.organisationId, nameZh: user.organisationNameZh, nameEn: user.organisationNameEn }
      : null

  const onFinish = (values: ScopeValues) =>
    change.mutate(
      {
        id: user.id,
        change: {
          role: values.role,
          cityCode: values.cityCode ?? null,
          organisationId: organisationKind === undefined ? null : (values.organisationId ?? null),
        },
      },
      { onSuccess: onClose },
    )

  return (
    <FormDialog<ScopeValues>
      form={form}
      onFinish={onFinish}
      title={t('users.edit.title', { username: user.username })}
      okText={t('users.edit.submit')}
      onClose={onClose}
      mutation={change}
      testId="edit-user-scope"
      initialValues={{ role: user.role, cityCode: user.cityCode, organisationId: user.organisationId }}
    >
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="role" label={t('users.fields.role')} rules={[{ required: true }]}>
            <Select options={enumOptions(roles, (value) => t(`enums.role.${value}`))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="cityCode"
            label={t('users.fields.city')}
            rules={[{ required: rolesWithCity.includes(role), message: t('users.validation.cityRequired') }]}
          >
            <Select
              allowClear
              options={cities.options}
              loading={cities.loading}
              placeholder={t('common.none')}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="organisationId"
            label={t('users.fields.organisation')}
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
                current={current}
                placeholder={t('users.placeholders.organisation')}
              />
            )}
          </Form.Item>
        </Col>
      </Row>
    </FormDialog>
  )
}
