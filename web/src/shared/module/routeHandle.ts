import type { Crumb } from './featureModule'

/** What a route object carries for the breadcrumbs (built by the app from a module's ConsoleRoute). */
export interface RouteHandle {
  crumb: Crumb
  /** false when the crumb has no page of its own to link to */
  linked?: boolean
}

export function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === 'object' && handle !== null && 'crumb' in handle
}
