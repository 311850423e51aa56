// The user list's columns: names rather than ids (the city's and the organisation's, in the user's language), the
// status, and the actions. Creation and username sort on the server, as the address says.
import { Tag, Typography, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { sortable } from '../../../shared/list/sorting'
import { Timestamp } from '../../../shared/ui/Formatted'
import { UserActions } from './UserActions'
import type { ListedUser, UserListFilters } from './users.queries'

function StatusTags({ user }: { user: ListedUser }) {
  const { t } = useTranslation('admin')
  return (
    <>
      {user.disabled ? (
        <Tag color="red">{t('users.status.disabled')}</Tag>
      ) : (
        <Tag color="green">{t('users.status.enabled')}</Tag>
      )}
      {user.passwordChangeRequired && <Tag color="orange">{t('users.status.mustChange')}</Tag>}
    </>
  )
}

export function useUserColumns(filters: UserListFilters): TableColumnsType<ListedUser> {
  const { t } = useTranslation('admin')
  const { isChinese } = useLanguage()
  const none = t('common.none')
  const sort = filters.sort ?? '-createdAt'
  return [
    sortable<ListedUser>(
      { key: 'username', title: t('users.fields.username'), dataIndex: 'username' },
      'username',
      sort,
    ),
    {
      key: 'name',
      title: t('users.fields.name'),
      render: (_, user) => (
        <>
          {isChinese ? user.displayNameZh : user.displayNameEn}
          <br />
          <Typography.Text type="secondary">
            {isChinese ? user.displayNameEn : user.displayNameZh}
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'role',
      title: t('users.fields.role'),
      render: (_, user) => <Tag>{t(`enums.role.${user.role}`)}</Tag>,
    },
    {
      key: 'city',
      title: t('users.fields.city'),
      render: (_, user) => (isChinese ? user.cityNameZh : user.cityNameEn) ?? none,
    },
    {
      key: 'organisation',
      title: t('users.fields.organisation'),
      render: (_, user) => (isChinese ? user.organisationNameZh : user.organisationNameEn) ?? none,
    },
    { key: 'status', title: t('users.fields.status'), render: (_, user) => <StatusTags user={user} /> },
    sortable<ListedUser>(
      {
        key: 'createdAt',
        title: t('users.fields.createdAt'),
        render: (_, user) => <Timestamp at={user.createdAt} />,
      },
      'createdAt',
      sort,
    ),
    { key: 'actions', title: t('common.actions'), render: (_, user) => <UserActions user={user} /> },
  ]
}
