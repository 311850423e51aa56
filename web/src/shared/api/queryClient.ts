import { QueryClient } from '@tanstack/react-query'
import { isApiError } from './errors'

const retriesMax = 2

/** Client errors (4xx) are answers, not glitches: they are shown at once instead of retried. */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) =>
        !(isApiError(error) && error.status >= 400 && error.status < 500) && failureCount < retriesMax,
    },
    mutations: { retry: false },
  },
})
