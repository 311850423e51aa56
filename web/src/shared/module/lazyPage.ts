import { lazy, type ComponentType } from 'react'

/**
 * React.lazy for a named export: each page is its own chunk, loaded when first opened. `preload` starts loading
 * it earlier (a route does so as soon as navigation starts, alongside the session check and the page's data).
 */
export function lazyPage<Name extends string, Module extends Record<Name, ComponentType>>(
  load: () => Promise<Module>,
  name: Name,
) {
  let loading: Promise<Module> | undefined
  const preload = () => (loading ??= load())
  const Page = lazy(async () => ({ default: (await preload())[name] }))
  return Object.assign(Page, { preload })
}
