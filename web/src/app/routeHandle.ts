import type { ParseKeys } from 'i18next'
import type { ReactNode } from 'react'
import type { Params } from 'react-router'

/** What a route adds to the breadcrumbs: a translated label, or a component that names the record. */
export interface RouteHandle {
  crumb: ParseKeys | ((params: Params) => ReactNode)
  /** false when the crumb has no page of its own to link to */
  linked?: boolean
}

export function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === 'object' && handle !== null && 'crumb' in handle
}
