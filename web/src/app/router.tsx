// Every page of the console: each feature module's pages (app/modules.ts), inside the console's frame for signed-in
// users, or outside it (sign-in); an address that names no page shows the 404 page.
import { createBrowserRouter } from 'react-router'
import { ConsoleLayout } from '../shared/layout/ConsoleLayout'
import { RouteErrorPage } from '../shared/layout/RouteErrorPage'
import type { RouteHandle } from '../shared/module/routeHandle'
import { RequireSession } from '../shared/session/RequireSession'
import { NotFoundPage } from '../shared/ui/NotFoundPage'
import { featureModules } from './modules'
import { navigationFor } from './navigation'
import { toPublicRouteObject, toRouteObject } from './routes'

const notFound = { crumb: 'errors.notFoundTitle' } satisfies RouteHandle

export const router = createBrowserRouter([
  ...featureModules
    .flatMap((module) => module.publicRoutes ?? [])
    .map((route) => ({ ...toPublicRouteObject(route), errorElement: <RouteErrorPage /> })),
  {
    path: '/',
    element: <RequireSession />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <ConsoleLayout navigation={navigationFor} />,
        children: [
          {
            errorElement: <RouteErrorPage />,
            children: [
              ...featureModules.flatMap((module) => module.routes ?? []).map(toRouteObject),
              { path: '*', element: <NotFoundPage />, handle: notFound },
            ],
          },
        ],
      },
    ],
  },
])
