import { useCallback } from 'react'
import { useSearchParams } from 'react-router'

export type FilterValue = string | boolean | undefined

/** A page's filters live in the address, so a filtered page can be bookmarked, shared and reloaded. */
export function useUrlFilters() {
  const [parameters, setParameters] = useSearchParams()

  const setFilter = useCallback(
    (name: string, value: FilterValue) =>
      setParameters(
        (previous) => {
          const next = new URLSearchParams(previous)
          if (value === undefined || value === '' || value === false) next.delete(name)
          else next.set(name, String(value))
          return next
        },
        { replace: true },
      ),
    [setParameters],
  )

  const clearFilters = useCallback(
    () => setParameters(new URLSearchParams(), { replace: true }),
    [setParameters],
  )

  return {
    /** a text filter, undefined when absent or empty */
    text: (name: string) => {
      const value = parameters.get(name)
      return value === null || value === '' ? undefined : value
    },
    /** a yes-only filter: present means true */
    flag: (name: string) => (parameters.get(name) === 'true' ? true : undefined),
    /** one of a fixed list of values */
    choice: <Value extends string>(name: string, choices: readonly Value[]) => {
      const value = parameters.get(name)
      return choices.find((choice) => choice === value)
    },
    hasAny: parameters.size > 0,
    setFilter,
    clearFilters,
  }
}

export type UrlFilters = ReturnType<typeof useUrlFilters>
