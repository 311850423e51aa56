// Shared large instruments, under /instruments: the catalogue and each instrument's page (everyone signed in), a
// booker's bookings and violations, an owner's instruments and its booking desk, and the sharing statistics.
import {
  BarChartOutlined,
  CalendarOutlined,
  DatabaseOutlined,
  ScheduleOutlined,
  SearchOutlined,
  ToolOutlined,
  WarningOutlined,
} from '@ant-design/icons'
import type { Role } from '../../shared/api/types'
import { defineFeatureModule, type NavigationEntry } from '../../shared/module/featureModule'
import { lazyPage } from '../../shared/module/lazyPage'
import { recordCrumb } from '../../shared/module/recordCrumb'
import { InstrumentName } from './common/InstrumentName'
import { translations } from './i18n'

const InstrumentSearchPage = lazyPage(() => import('./search/InstrumentSearchPage'), 'InstrumentSearchPage')
const InstrumentPage = lazyPage(() => import('./detail/InstrumentPage'), 'InstrumentPage')
const NewInstrumentPage = lazyPage(() => import('./owner/NewInstrumentPage'), 'NewInstrumentPage')
const EditInstrumentPage = lazyPage(() => import('./owner/EditInstrumentPage'), 'EditInstrumentPage')
const MyInstrumentsPage = lazyPage(() => import('./owner/MyInstrumentsPage'), 'MyInstrumentsPage')
const ProviderQueuePage = lazyPage(() => import('./bookings/ProviderQueuePage'), 'ProviderQueuePage')
const MyBookingsPage = lazyPage(() => import('./bookings/MyBookingsPage'), 'MyBookingsPage')
const ViolationsPage = lazyPage(() => import('./bookings/ViolationsPage'), 'ViolationsPage')
const StatsPage = lazyPage(() => import('./stats/StatsPage'), 'StatsPage')

const access = {
  /** booking shared instruments: firms, and providers booking other owners' instruments */
  instrumentBooking: ['firm', 'provider'],
  /** an owner's instruments and the bookings of them */
  instrumentOwner: ['provider'],
  /** editing an instrument: its owner, its city's officers, the corridor office */
  instrumentEditing: ['provider', 'city_officer', 'corridor_admin'],
  /** sharing statistics: the offices for every city, a provider for its own instruments */
  instrumentStatistics: ['corridor_admin', 'city_officer', 'provider'],
} as const satisfies Record<string, readonly Role[]>

const instrumentEntries: NavigationEntry[] = [
  {
    key: 'instrument-search',
    labelKey: 'instruments:nav.search',
    icon: <SearchOutlined />,
    path: '/instruments',
  },
  {
    key: 'instrument-bookings',
    labelKey: 'instruments:nav.myBookings',
    icon: <CalendarOutlined />,
    path: '/instruments/bookings',
    roles: access.instrumentBooking,
  },
  {
    key: 'instrument-violations',
    labelKey: 'instruments:nav.violations',
    icon: <WarningOutlined />,
    path: '/instruments/violations',
    roles: access.instrumentBooking,
  },
  {
    key: 'instrument-mine',
    labelKey: 'instruments:nav.mine',
    icon: <DatabaseOutlined />,
    path: '/instruments/mine',
    roles: access.instrumentOwner,
  },
  {
    key: 'instrument-queue',
    labelKey: 'instruments:nav.queue',
    icon: <ScheduleOutlined />,
    path: '/instruments/queue',
    roles: access.instrumentOwner,
  },
  {
    key: 'instrument-stats',
    labelKey: 'instruments:nav.stats',
    icon: <BarChartOutlined />,
    path: '/instruments/stats',
    roles: access.instrumentStatistics,
  },
]

export const instrumentsModule = defineFeatureModule({
  id: 'instruments',
  translations,
  access,
  routes: [
    {
      path: 'instruments',
      crumb: 'instruments:nav.group',
      children: [
        { index: true, page: InstrumentSearchPage },
        {
          path: 'mine',
          crumb: 'instruments:nav.mine',
          children: [
            { index: true, page: MyInstrumentsPage, roles: access.instrumentOwner },
            {
              path: 'new',
              crumb: 'instruments:editor.newTitle',
              page: NewInstrumentPage,
              roles: access.instrumentOwner,
            },
          ],
        },
        {
          path: 'queue',
          crumb: 'instruments:nav.queue',
          page: ProviderQueuePage,
          roles: access.instrumentOwner,
        },
        {
          path: 'bookings',
          crumb: 'instruments:nav.myBookings',
          page: MyBookingsPage,
          roles: access.instrumentBooking,
        },
        {
          path: 'violations',
          crumb: 'instruments:nav.violations',
          page: ViolationsPage,
          roles: access.instrumentBooking,
        },
        {
          path: 'stats',
          crumb: 'instruments:nav.stats',
          page: StatsPage,
          roles: access.instrumentStatistics,
        },
        {
          path: ':id',
          crumb: recordCrumb(InstrumentName),
          children: [
            { index: true, page: InstrumentPage },
            {
              path: 'edit',
              crumb: 'instruments:detail.edit',
              page: EditInstrumentPage,
              roles: access.instrumentEditing,
            },
          ],
        },
      ],
    },
  ],
  menu: [
    {
      order: 30,
      entry: {
        key: 'instruments',
        labelKey: 'instruments:nav.group',
        icon: <ToolOutlined />,
        children: instrumentEntries,
      },
    },
  ],
})
