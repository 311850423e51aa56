// A module's ConsoleRoute as a route object of the router: the page wrapped in the roles that may open it, its
// crumb as the route's handle, its preload as the route's loader.
import { Suspense } from 'react'
import type { RouteObject } from 'react-router'
import type { ConsoleRoute } from '../shared/module/featureModule'
import type { RouteHandle } from '../shared/module/routeHandle'
import { RequireRole } from '../shared/session/RequireRole'
import { FullPageLoading } from '../shared/ui/PageLoading'

function handleOf(route: ConsoleRoute): RouteHandle | undefined {
  if (route.crumb === undefined) return undefined
  return route.crumbLinked === false ? { crumb: route.crumb, linked: false } : { crumb: route.crumb }
}

function elementOf({ page: Page, roles }: ConsoleRoute) {
  if (Page === undefined) return undefined
  return roles === undefined ? (
    <Page />
  ) : (
    <RequireRole roles={roles}>
      <Page />
    </RequireRole>
  )
}

function loaderOf(route: ConsoleRoute) {
  const { preload } = route
  if (preload === undefined) return undefined
  return () => {
    preload()
    return null
  }
}

/** A page inside the console's frame (which holds the Suspense boundary of its pages). */
export function toRouteObject(route: ConsoleRoute): RouteObject {
  const common = { handle: handleOf(route), element: elementOf(route), loader: loaderOf(route) }
  if (route.index === true) return { ...common, index: true }
  return { ...common, path: route.path, children: route.children?.map(toRouteObject) }
}

/** A page outside the frame: it shows the whole-page spinner while its code loads. */
export function toPublicRouteObject(route: ConsoleRoute): RouteObject {
  const element = elementOf(route)
  return {
    path: route.path,
    element:
      element === undefined ? undefined : <Suspense fallback={<FullPageLoading />}>{element}</Suspense>,
  }
}
