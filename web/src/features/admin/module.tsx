// Administration: the corridor office creates the platform's users and keeps the working-day calendar.
import { CalendarOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons'
import type { Role } from '../../shared/api/types'
import { defineFeatureModule } from '../../shared/module/featureModule'
import { lazyPage } from '../../shared/module/lazyPage'
import { translations } from './i18n'

const UsersPage = lazyPage(() => import('./users/UsersPage'), 'UsersPage')
const CalendarPage = lazyPage(() => import('./calendar/CalendarPage'), 'CalendarPage')

const access = {
  administration: ['corridor_admin'],
  // city officers administer their own city's users (the server keeps them to it)
  users: ['corridor_admin', 'city_officer'],
} as const satisfies Record<string, readonly Role[]>

export const adminModule = defineFeatureModule({
  id: 'admin',
  translations,
  access,
  routes: [
    {
      path: 'admin',
      crumb: 'admin:nav.group',
      crumbLinked: false,
      children: [
        { path: 'users', crumb: 'admin:nav.users', page: UsersPage, roles: access.users },
        { path: 'calendar', crumb: 'admin:nav.calendar', page: CalendarPage, roles: access.administration },
      ],
    },
  ],
  menu: [
    {
      order: 90,
      entry: {
        key: 'administration',
        labelKey: 'admin:nav.group',
        icon: <SettingOutlined />,
        roles: access.users,
        children: [
          { key: 'users', labelKey: 'admin:nav.users', icon: <TeamOutlined />, path: '/admin/users' },
          {
            key: 'calendar',
            labelKey: 'admin:nav.calendar',
            icon: <CalendarOutlined />,
            path: '/admin/calendar',
            roles: access.administration,
          },
        ],
      },
    },
  ],
})
