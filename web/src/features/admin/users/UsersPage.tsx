// Administration › Users: every user the caller administers (the corridor office: all; a city officer: its city's),
// searchable by username, name and organisation, filtered by role, city and status, sortable by creation and
// username (newest first unless sorted otherwise), with the total; each row's actions; and, for the office, the
// form that opens a new account.
import { App, Card, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import type { User } from '../../../shared/api/types'
import { PagedTable } from '../../../shared/list/PagedRows'
import { sortChange, sortFilter } from '../../../shared/list/sorting'
import { usePagedList } from '../../../shared/list/usePagedList'
import type { UrlFilters } from '../../../shared/list/useUrlFilters'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { CityFilter, SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { enumOptions } from '../../../shared/reference/options'
import { roles } from '../../../shared/ui/enums'
import { CreateUserForm } from './CreateUserForm'
import { useUserColumns } from './userColumns'
import { userPages, type ListedUser, type UserListFilters } from './users.queries'

const sorts = ['createdAt', 'username'] as const
const statuses = ['enabled', 'disabled'] as const

function readFilters(url: UrlFilters): UserListFilters {
  const filters: UserListFilters = {}
  const q = url.text('q')
  const role = url.choice('role', roles)
  const city = url.text('city')
  const status = url.choice('status', statuses)
  // newest first unless a header says otherwise
  const sort = sortFilter(url, sorts, '-createdAt')
  if (q !== undefined) filters.q = q
  if (role !== undefined) filters.role = role
  if (city !== undefined) filters.city = city
  if (status !== undefined) filters.status = status
  filters.sort = sort
  return filters
}

export function UsersPage() {
  const { t } = useTranslation('admin')
  const { notification } = App.useApp()
  const me = useCurrentUser()
  const list = usePagedList(userPages, readFilters)
  const columns = useUserColumns(list.filters)
  const isOffice = me.role === 'corridor_admin'

  const onCreated = (user: User) =>
    notification.success({ title: t('users.created', { username: user.username }) })

  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('users.title')} subtitle={t(isOffice ? 'users.subtitle' : 'users.subtitleCity')} />
      <Card title={t('users.listTitle')}>
        <FilterBar url={list.url} values={list.filters} idPrefix="users">
          <SearchFilter label={t('users.search')} placeholder={t('users.searchPlaceholder')} />
          <SelectFilter
            name="role"
            label={t('users.fields.role')}
            options={enumOptions(roles, (value) => t(`enums.role.${value}`))}
          />
          {isOffice && <CityFilter label={t('users.fields.city')} />}
          <SelectFilter
            name="status"
            label={t('users.fields.status')}
            options={statuses.map((status) => ({ value: status, label: t(`users.status.${status}`) }))}
          />
        </FilterBar>
        <PagedTable<ListedUser>
          list={list}
          notice={false}
          columns={columns}
          rowKey="id"
          onChange={sortChange(list.url)}
          data-testid="users-table"
          emptyText={t('users.none')}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      {isOffice && (
        <Card title={t('users.createTitle')}>
          <CreateUserForm onCreated={onCreated} />
        </Card>
      )}
    </Flex>
  )
}
