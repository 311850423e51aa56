// Hooks under test get what the console gives them: a query client (no retries) and a router at a given address.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { MemoryRouter, useLocation, type Location } from 'react-router'

export function testQueryClient() {
  return new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } })
}

/** Renders a hook at `address`; `location()` tells the address the hook has moved to since. */
export function renderHookAt<Result>(hook: () => Result, address = '/', queryClient = testQueryClient()) {
  const seen: { location?: Location } = {}
  function LocationProbe() {
    seen.location = useLocation()
    return null
  }
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={[address]}>
        <LocationProbe />
        {children}
      </MemoryRouter>
    </QueryClientProvider>
  )
  const rendered = renderHook(hook, { wrapper })
  return {
    ...rendered,
    queryClient,
    location: (): Location => {
      if (seen.location === undefined) throw new Error('the router has not rendered')
      return seen.location
    },
  }
}
