// The signed-in user's inbox as the header shows it: unread notifications and open tasks, counted by the server.
// The badge asks again every minute and after every change the console sends (useIdempotentMutation invalidates
// every inbox query), so a task another user created, or one a move just resolved, shows without a reload.
import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../api/client'
import { inboxQueryKey } from './inboxKeys'

export const inboxSummaryRefreshMs = 60_000

export function useInboxSummary() {
  return useQuery({
    queryKey: [...inboxQueryKey, 'summary'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/me/inbox/summary', { signal })),
    staleTime: inboxSummaryRefreshMs / 2,
    refetchInterval: inboxSummaryRefreshMs,
  })
}

/** A count as the badge writes it: at the server's cap, "cap+" (the count is exact only below it). */
export function badgeCount(count: number, countMax: number): string {
  return count >= countMax ? `${countMax}+` : String(count)
}
