// The signed-in user: GET /api/me, sign-in and sign-out.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, expectNoContent, unwrap } from '../api/client'

export const sessionQueryKey = ['session', 'me'] as const

export function useSessionQuery() {
  return useQuery({
    queryKey: sessionQueryKey,
    queryFn: ({ signal }) => unwrap(api.GET('/api/me', { signal })),
    staleTime: 5 * 60_000,
    // an ended session is noticed within minutes, or as soon as the user comes back to the tab
    refetchInterval: 5 * 60_000,
    refetchOnWindowFocus: true,
  })
}

/** The platform's mode: demo mode shows that its data is synthetic. */
export function useHealth() {
  return useQuery({
    queryKey: ['platform', 'health'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/health', { signal })),
    staleTime: Infinity,
  })
}

export function useSignIn() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (credentials: { username: string; password: string }) =>
      unwrap(api.POST('/api/auth/login', { body: credentials })),
    onSuccess: ({ user }) => {
      queryClient.clear()
      queryClient.setQueryData(sessionQueryKey, user)
    },
  })
}

export function useSignOut() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: () => expectNoContent(api.POST('/api/auth/logout')),
    onSettled: () => queryClient.clear(),
  })
}
