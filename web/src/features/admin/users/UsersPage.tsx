// Administration › Users (corridor office). There is no user list in the API yet: the page creates users and
// shows the ones created in this visit.
import { App, Card, Flex, Tag, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column } from '../../../shared/ui/columns'
import type { User } from '../../../shared/api/types'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { CityName } from '../../../shared/reference/CityName'
import { CreateUserForm } from './CreateUserForm'

export function UsersPage() {
  const { t } = useTranslation('admin')
  const { notification } = App.useApp()
  const [created, setCreated] = useState<User[]>([])

  const onCreated = (user: User) => {
    setCreated((users) => [user, ...users])
    notification.success({ title: t('users.created', { username: user.username }) })
  }

  const columns: TableColumnsType<User> = [
    { key: 'username', title: t('users.fields.username'), dataIndex: 'username' },
    { key: 'nameZh', title: t('users.fields.displayNameZh'), dataIndex: 'displayNameZh' },
    { key: 'nameEn', title: t('users.fields.displayNameEn'), dataIndex: 'displayNameEn' },
    column('role', t('users.fields.role'), (user) => <Tag>{t(`enums.role.${user.role}`)}</Tag>),
    column('city', t('users.fields.city'), (user) =>
      user.cityCode === null ? t('common.none') : <CityName code={user.cityCode} />,
    ),
    column(
      'organisation',
      t('users.fields.organisationId'),
      (user) => user.organisationId ?? t('common.none'),
    ),
  ]

  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('users.title')} subtitle={t('users.subtitle')} />
      <Card title={t('users.createTitle')}>
        <CreateUserForm onCreated={onCreated} />
      </Card>
      <Card title={t('users.createdTitle')}>
        <DataTable<User>
          rows={created}
          columns={columns}
          data-testid="created-users"
          emptyText={t('users.noneCreated')}
        />
      </Card>
    </Flex>
  )
}
