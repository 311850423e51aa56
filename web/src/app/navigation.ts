// The side menu: each module's entries in their declared order, as the user's role may open them (the server
// still decides every request).
import type { User } from '../shared/api/types'
import type { MenuPlacement, NavigationEntry } from '../shared/module/featureModule'
import { visibleTo } from '../shared/module/navigation'
import { featureModules } from './modules'

export function navigationOf(placements: readonly MenuPlacement[], user: User): NavigationEntry[] {
  const entries = [...placements]
    .sort((first, second) => first.order - second.order)
    .flatMap(({ entry }) => {
      const resolved = typeof entry === 'function' ? entry(user) : entry
      return resolved === null ? [] : [resolved]
    })
  return visibleTo(user.role, entries)
}

const placements = featureModules.flatMap((module) => module.menu ?? [])

export function navigationFor(user: User): NavigationEntry[] {
  return navigationOf(placements, user)
}
