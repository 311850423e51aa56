// The signed-in user's inbox: a page of notifications (all, unread, or tasks still open), marking one or all read.
import { api, unwrap } from '../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../shared/api/useIdempotentMutation'
import { inboxQueryKey } from '../../shared/inbox/inboxKeys'
import type { Ok, QueryOf } from '../../shared/api/schemaTypes'
import { pagedSource } from '../../shared/list/usePagedList'

export type Notification = Ok<'/api/me/inbox', 'get'>['items'][number]
export type InboxFilter = NonNullable<QueryOf<'/api/me/inbox'>['filter']>
export const inboxFilters = ['all', 'unread', 'tasks'] as const satisfies readonly InboxFilter[]

export const inboxPages = pagedSource(
  [...inboxQueryKey, 'page'],
  ({ filter }: { filter: InboxFilter }, page, signal) =>
    unwrap(api.GET('/api/me/inbox', { params: { query: { filter, ...page } }, signal })),
)

export function useMarkRead() {
  return useIdempotentMutation((id: string, key: string) =>
    unwrap(
      api.POST('/api/me/inbox/{id}/read', {
        params: { path: { id } },
        body: {},
        headers: idempotencyHeader(key),
      }),
    ),
  )
}

export function useMarkAllRead() {
  return useIdempotentMutation((_: undefined, key: string) =>
    unwrap(api.POST('/api/me/inbox/read-all', { body: {}, headers: idempotencyHeader(key) })),
  )
}
