// The contract of a feature module of the console. A module declares, in one file (features/<module>/module.tsx),
// its pages with their crumbs and the roles that open them, its side-menu entries, its role lists and its
// translations; the app loops over the list of modules (app/modules.ts) to build the router, the menu and i18n.
import type { ComponentType, ReactNode } from 'react'
import type { Params } from 'react-router'
import type { Role, User } from '../api/types'
import type { Translations } from '../i18n/i18n'
import type { TranslationKey } from '../i18n/keys'

/** What a route adds to the breadcrumbs: a translated label, or a component that names the record. */
export type Crumb = TranslationKey | ((params: Params) => ReactNode)

/** One page of a module, or a folder of pages (`children`); paths are relative to the parent's. */
export interface ConsoleRoute {
  path?: string
  /** the page shown at the parent's own path */
  index?: boolean
  crumb?: Crumb
  /** false when the crumb has no page of its own to link to */
  crumbLinked?: boolean
  /** the page, usually a lazyPage() so that it is its own chunk */
  page?: ComponentType
  /** the roles that may open the page (every signed-in role when absent); others see the 403 page */
  roles?: readonly Role[]
  /** runs as navigation starts: begins loading the page's code and data alongside the session check */
  preload?: () => void
  children?: ConsoleRoute[]
}

/** A side-menu entry: a leaf with a path, or a group with children. `roles` hides it from other roles. */
export interface NavigationEntry {
  key: string
  labelKey: TranslationKey
  icon: ReactNode
  path?: string
  children?: NavigationEntry[]
  roles?: readonly Role[]
}

/** Where a module's entry stands in the side menu (lower first), and the entry, or what it is for a user. */
export interface MenuPlacement {
  order: number
  entry: NavigationEntry | ((user: User) => NavigationEntry | null)
}

export interface FeatureModule {
  /** the module's name, also the i18n namespace of its texts */
  id: string
  /** the module's texts, in every language (features/<module>/i18n/<language>.json) */
  translations: Translations
  /** who may open which of its pages: convenience for the menu and the 403 page, the server decides every request */
  access?: Readonly<Record<string, readonly Role[]>>
  /** pages inside the console's frame, for signed-in users */
  routes?: readonly ConsoleRoute[]
  /** pages outside the frame that need no session (signing in) */
  publicRoutes?: readonly ConsoleRoute[]
  menu?: readonly MenuPlacement[]
}

/** Declares a module (an identity that checks the shape where the module is written). */
export function defineFeatureModule<Module extends FeatureModule>(module: Module): Module {
  return module
}
