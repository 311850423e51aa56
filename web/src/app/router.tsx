// Every page of the console. A later module adds its pages here (lazy, with a crumb) and its menu entries in
// navigation.tsx; pages a role may not open are wrapped in <RequireRole>.
import { Suspense, type ComponentType } from 'react'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { NotFoundPage } from '../features/errors/NotFoundPage'
import { AllianceCrumb } from '../features/registry/alliances/AllianceCrumb'
import { CityCrumb } from '../features/registry/cities/CityCrumb'
import { FirmCrumb } from '../features/registry/firms/FirmCrumb'
import { InstitutionCrumb } from '../features/registry/institutions/InstitutionCrumb'
import { ParkCrumb } from '../features/registry/parks/ParkCrumb'
import { ProviderCrumb } from '../features/registry/providers/ProviderCrumb'
import { ConsoleLayout } from '../shared/layout/ConsoleLayout'
import { RouteErrorPage } from '../shared/layout/RouteErrorPage'
import { FullPageLoading } from '../shared/ui/PageLoading'
import { RequireRole } from '../shared/session/RequireRole'
import { RequireSession } from '../shared/session/RequireSession'
import { citiesQuery, registrySummaryQuery } from '../features/registry/reference/reference.queries'
import { pageAccess } from './access'
import { lazyPage } from './lazyPage'
import { queryClient } from './queryClient'
import type { RouteHandle } from './routeHandle'
import { voucherRoutes } from './voucherRoutes'
import { instrumentRoutes } from './instrumentRoutes'
import { financeRoutes } from './financeRoutes'

const SignInPage = lazyPage(() => import('../features/auth/SignInPage'), 'SignInPage')
const HomePage = lazyPage(() => import('../features/home/HomePage'), 'HomePage')
const CitiesPage = lazyPage(() => import('../features/registry/cities/CitiesPage'), 'CitiesPage')
const CityPage = lazyPage(() => import('../features/registry/cities/CityPage'), 'CityPage')
const ParksPage = lazyPage(() => import('../features/registry/parks/ParksPage'), 'ParksPage')
const ParkPage = lazyPage(() => import('../features/registry/parks/ParkPage'), 'ParkPage')
const AlliancesPage = lazyPage(() => import('../features/registry/alliances/AlliancesPage'), 'AlliancesPage')
const AlliancePage = lazyPage(() => import('../features/registry/alliances/AlliancePage'), 'AlliancePage')
const FirmsPage = lazyPage(() => import('../features/registry/firms/FirmsPage'), 'FirmsPage')
const FirmPage = lazyPage(() => import('../features/registry/firms/FirmPage'), 'FirmPage')
const InstitutionsPage = lazyPage(
  () => import('../features/registry/institutions/InstitutionsPage'),
  'InstitutionsPage',
)
const InstitutionPage = lazyPage(
  () => import('../features/registry/institutions/InstitutionPage'),
  'InstitutionPage',
)
const ProvidersPage = lazyPage(() => import('../features/registry/providers/ProvidersPage'), 'ProvidersPage')
const ProviderPage = lazyPage(() => import('../features/registry/providers/ProviderPage'), 'ProviderPage')
const UsersPage = lazyPage(() => import('../features/admin/users/UsersPage'), 'UsersPage')

const handle = (value: RouteHandle) => value

/** A list page at `path` and the detail page of one record at `path/:param`. */
function listAndDetail(
  path: string,
  listCrumb: RouteHandle['crumb'],
  List: ComponentType,
  Detail: ComponentType,
  param: string,
  detailCrumb: RouteHandle['crumb'],
): RouteObject {
  return {
    path,
    handle: handle({ crumb: listCrumb }),
    children: [
      { index: true, element: <List /> },
      { path: `:${param}`, element: <Detail />, handle: handle({ crumb: detailCrumb }) },
    ],
  }
}

/** The home page's code and data start loading with the navigation, alongside the session check. */
function preloadHome() {
  void HomePage.preload()
  void queryClient.prefetchQuery(registrySummaryQuery)
  void queryClient.prefetchQuery(citiesQuery)
  return null
}

const consolePages: RouteObject[] = [
  { index: true, element: <HomePage />, loader: preloadHome },
  listAndDetail('cities', 'nav.cities', CitiesPage, CityPage, 'code', (params) => (
    <CityCrumb code={params.code ?? ''} />
  )),
  listAndDetail('parks', 'nav.parks', ParksPage, ParkPage, 'id', (params) => (
    <ParkCrumb id={params.id ?? ''} />
  )),
  listAndDetail('alliances', 'nav.alliances', AlliancesPage, AlliancePage, 'id', (params) => (
    <AllianceCrumb id={params.id ?? ''} />
  )),
  listAndDetail('firms', 'nav.firms', FirmsPage, FirmPage, 'id', (params) => (
    <FirmCrumb id={params.id ?? ''} />
  )),
  listAndDetail('institutions', 'nav.institutions', InstitutionsPage, InstitutionPage, 'id', (params) => (
    <InstitutionCrumb id={params.id ?? ''} />
  )),
  listAndDetail('providers', 'nav.providers', ProvidersPage, ProviderPage, 'id', (params) => (
    <ProviderCrumb id={params.id ?? ''} />
  )),
  voucherRoutes,
  instrumentRoutes,
  financeRoutes,
  {
    path: 'admin',
    handle: handle({ crumb: 'nav.administration', linked: false }),
    children: [
      {
        path: 'users',
        handle: handle({ crumb: 'nav.users' }),
        element: (
          <RequireRole roles={pageAccess.administration}>
            <UsersPage />
          </RequireRole>
        ),
      },
    ],
  },
  { path: '*', element: <NotFoundPage />, handle: handle({ crumb: 'errors.notFoundTitle' }) },
]

export const router = createBrowserRouter([
  {
    path: '/login',
    element: (
      <Suspense fallback={<FullPageLoading />}>
        <SignInPage />
      </Suspense>
    ),
    errorElement: <RouteErrorPage />,
  },
  {
    path: '/',
    element: <RequireSession />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <ConsoleLayout />,
        children: [{ errorElement: <RouteErrorPage />, children: consolePages }],
      },
    ],
  },
])
