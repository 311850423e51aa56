import type { Role } from '../api/types'
import { mayOpen } from '../session/access'
import type { NavigationEntry } from './featureModule'

/** The entries a role may open; a group left without entries is hidden. */
export function visibleTo(role: Role, entries: readonly NavigationEntry[]): NavigationEntry[] {
  return entries
    .filter((entry) => mayOpen(role, entry.roles))
    .map((entry) =>
      entry.children === undefined ? entry : { ...entry, children: visibleTo(role, entry.children) },
    )
    .filter((entry) => entry.children === undefined || entry.children.length > 0)
}

function leaves(entries: readonly NavigationEntry[]): NavigationEntry[] {
  return entries.flatMap((entry) => (entry.children === undefined ? [entry] : leaves(entry.children)))
}

/** The menu entry of a location: an exact match first, else the longest path that contains it. */
export function selectedEntryKey(entries: readonly NavigationEntry[], pathname: string): string | undefined {
  const candidates = leaves(entries).filter((entry) => entry.path !== undefined)
  const exact = candidates.find((entry) => entry.path === pathname)
  if (exact !== undefined) return exact.key
  const containing = candidates
    .filter(
      (entry) => entry.path !== '/' && entry.path !== undefined && pathname.startsWith(`${entry.path}/`),
    )
    .sort((first, second) => (second.path?.length ?? 0) - (first.path?.length ?? 0))
  return containing[0]?.key
}
