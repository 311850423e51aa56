// The pages of shared large instruments, under /instruments: the catalogue and each instrument's page
// (everyone signed in), a booker's bookings and violations, an owner's instruments and its booking desk, and
// the sharing statistics. Each page is wrapped in the roles that use it.
import type { ReactNode } from 'react'
import type { RouteObject } from 'react-router'
import { InstrumentCrumb } from '../features/instruments/common/InstrumentName'
import type { Role } from '../shared/api/types'
import { RequireRole } from '../shared/session/RequireRole'
import { pageAccess } from './access'
import { lazyPage } from './lazyPage'
import type { RouteHandle } from './routeHandle'

const InstrumentSearchPage = lazyPage(
  () => import('../features/instruments/search/InstrumentSearchPage'),
  'InstrumentSearchPage',
)
const InstrumentPage = lazyPage(
  () => import('../features/instruments/detail/InstrumentPage'),
  'InstrumentPage',
)
const NewInstrumentPage = lazyPage(
  () => import('../features/instruments/owner/NewInstrumentPage'),
  'NewInstrumentPage',
)
const EditInstrumentPage = lazyPage(
  () => import('../features/instruments/owner/EditInstrumentPage'),
  'EditInstrumentPage',
)
const MyInstrumentsPage = lazyPage(
  () => import('../features/instruments/owner/MyInstrumentsPage'),
  'MyInstrumentsPage',
)
const ProviderQueuePage = lazyPage(
  () => import('../features/instruments/bookings/ProviderQueuePage'),
  'ProviderQueuePage',
)
const MyBookingsPage = lazyPage(
  () => import('../features/instruments/bookings/MyBookingsPage'),
  'MyBookingsPage',
)
const ViolationsPage = lazyPage(
  () => import('../features/instruments/bookings/ViolationsPage'),
  'ViolationsPage',
)
const StatsPage = lazyPage(() => import('../features/instruments/stats/StatsPage'), 'StatsPage')

const crumb = (value: RouteHandle['crumb']): RouteHandle => ({ crumb: value })
const only = (roles: readonly Role[], page: ReactNode) => <RequireRole roles={roles}>{page}</RequireRole>

export const instrumentRoutes: RouteObject = {
  path: 'instruments',
  handle: crumb('instruments.nav.group'),
  children: [
    { index: true, element: <InstrumentSearchPage /> },
    {
      path: 'mine',
      handle: crumb('instruments.nav.mine'),
      children: [
        { index: true, element: only(pageAccess.instrumentOwner, <MyInstrumentsPage />) },
        {
          path: 'new',
          handle: crumb('instruments.editor.newTitle'),
          element: only(pageAccess.instrumentOwner, <NewInstrumentPage />),
        },
      ],
    },
    {
      path: 'queue',
      handle: crumb('instruments.nav.queue'),
      element: only(pageAccess.instrumentOwner, <ProviderQueuePage />),
    },
    {
      path: 'bookings',
      handle: crumb('instruments.nav.myBookings'),
      element: only(pageAccess.instrumentBooking, <MyBookingsPage />),
    },
    {
      path: 'violations',
      handle: crumb('instruments.nav.violations'),
      element: only(pageAccess.instrumentBooking, <ViolationsPage />),
    },
    {
      path: 'stats',
      handle: crumb('instruments.nav.stats'),
      element: only(pageAccess.instrumentStatistics, <StatsPage />),
    },
    {
      path: ':id',
      handle: crumb((params) => <InstrumentCrumb id={params.id ?? ''} />),
      children: [
        { index: true, element: <InstrumentPage /> },
        {
          path: 'edit',
          handle: crumb('instruments.detail.edit'),
          element: only(pageAccess.instrumentEditing, <EditInstrumentPage />),
        },
      ],
    },
  ],
}
