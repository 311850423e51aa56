import { useMutation, useQueryClient } from '@tanstack/react-query'
import { api, expectNoContent } from '../../shared/api/client'
import { sessionQueryKey } from '../../shared/session/session.queries'

/** POST /api/me/password; the session is read again, now without the pending change. */
export function useChangePassword() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      expectNoContent(api.POST('/api/me/password', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionQueryKey }),
  })
}
