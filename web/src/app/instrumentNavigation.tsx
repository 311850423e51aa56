// The side menu's shared-instrument entries: everyone searches the catalogue; bookers see their bookings and
// violations, owners their instruments and booking desk, and the offices and owners the sharing statistics.
import {
  BarChartOutlined,
  CalendarOutlined,
  DatabaseOutlined,
  ScheduleOutlined,
  SearchOutlined,
  WarningOutlined,
} from '@ant-design/icons'
import { pageAccess } from './access'
import type { NavigationEntry } from './navigation'

export const instrumentEntries: NavigationEntry[] = [
  {
    key: 'instrument-search',
    labelKey: 'instruments.nav.search',
    icon: <SearchOutlined />,
    path: '/instruments',
  },
  {
    key: 'instrument-bookings',
    labelKey: 'instruments.nav.myBookings',
    icon: <CalendarOutlined />,
    path: '/instruments/bookings',
    roles: pageAccess.instrumentBooking,
  },
  {
    key: 'instrument-violations',
    labelKey: 'instruments.nav.violations',
    icon: <WarningOutlined />,
    path: '/instruments/violations',
    roles: pageAccess.instrumentBooking,
  },
  {
    key: 'instrument-mine',
    labelKey: 'instruments.nav.mine',
    icon: <DatabaseOutlined />,
    path: '/instruments/mine',
    roles: pageAccess.instrumentOwner,
  },
  {
    key: 'instrument-queue',
    labelKey: 'instruments.nav.queue',
    icon: <ScheduleOutlined />,
    path: '/instruments/queue',
    roles: pageAccess.instrumentOwner,
  },
  {
    key: 'instrument-stats',
    labelKey: 'instruments.nav.stats',
    icon: <BarChartOutlined />,
    path: '/instruments/stats',
    roles: pageAccess.instrumentStatistics,
  },
]
