import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { Alliance, AllianceTree } from '../../../shared/api/types'

export function useAllianceTree() {
  return useQuery({
    queryKey: ['registry', 'alliances', 'tree'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/alliances', { signal })),
    staleTime: 5 * 60_000,
  })
}

export function useAlliance(id: string) {
  return useQuery({
    queryKey: ['registry', 'alliances', 'one', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/alliances/{id}', { params: { path: { id } }, signal })),
  })
}

export type MemberKind = 'park' | 'firm'

export const allianceMemberPages = pagedSource(
  ['registry', 'alliances', 'members'],
  ({ id, kind }: { id: string; kind: MemberKind | undefined }, page, signal) =>
    unwrap(
      api.GET('/api/alliances/{id}/members', { params: { path: { id }, query: { kind, ...page } }, signal }),
    ),
)

/** Every alliance of the 1+7+N tree in one list, parents before children. */
export function flattenAlliances(tree: AllianceTree): Alliance[] {
  return tree.roots.flatMap((root) => [root, ...root.children.flatMap((child) => [child, ...child.children])])
}
