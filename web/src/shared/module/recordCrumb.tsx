import type { ComponentType } from 'react'
import type { Crumb } from './featureModule'

/** The crumb of a record's page: the record's name, fetched by the id in the address ('…' until it has loaded). */
export function recordCrumb(Name: ComponentType<{ id: string; fallback?: string }>, param = 'id'): Crumb {
  return (params) => <Name id={params[param] ?? ''} fallback="…" />
}
