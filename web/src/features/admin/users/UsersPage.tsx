// Administration › Users (corridor office). There is no user list in the API yet: the page creates users and
// shows the ones created in this visit.
import { App, Card, Empty, Flex, Table, Tag, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { User } from '../../../shared/api/types'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { CityName } from '../../../shared/reference/CityName'
import { CreateUserForm } from './CreateUserForm'
import { tableScroll } from '../../../shared/ui/tables'

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
    {
      key: 'role',
      title: t('users.fields.role'),
      render: (_, user) => <Tag>{t(`enums.role.${user.role}`)}</Tag>,
    },
    {
      key: 'city',
      title: t('users.fields.city'),
      render: (_, user) => (user.cityCode === null ? t('common.none') : <CityName code={user.cityCode} />),
    },
    {
      key: 'organisation',
      title: t('users.fields.organisationId'),
      render: (_, user) => user.organisationId ?? t('common.none'),
    },
  ]

  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('users.title')} subtitle={t('users.subtitle')} />
      <Card title={t('users.createTitle')}>
        <CreateUserForm onCreated={onCreated} />
      </Card>
      <Card title={t('users.createdTitle')}>
        <Table<User>
          rowKey="id"
          columns={columns}
          dataSource={created}
          pagination={false}
          size="middle"
          scroll={tableScroll}
          locale={{ emptyText: <Empty description={t('users.noneCreated')} /> }}
          data-testid="created-users"
        />
      </Card>
    </Flex>
  )
}
