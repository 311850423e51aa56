import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
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

/** An alliance's members as a file, with the list's kind and order. */
export const allianceMembersExportPath = (allianceId: string) =>
  `/api/alliances/${encodeURIComponent(allianceId)}/members/export`

/** An alliance's members sort by the day they joined (AllianceMembersQuery's sort). */
export const memberSortKeys = ['joinedOn'] as const
export type MemberSort = SortOf<(typeof memberSortKeys)[number]>

export const allianceMemberPages = pagedSource(
  ['registry', 'alliances', 'members'],
  ({ id, kind, sort }: { id: string; kind: MemberKind | undefined; sort: MemberSort }, page, signal) =>
    unwrap(
      api.GET('/api/alliances/{id}/members', {
        params: { path: { id }, query: { kind, sort, ...page } },
        signal,
      }),
    ),
)

/** Every alliance of the 1+7+N tree in one list, parents before children. */
export function flattenAlliances(tree: AllianceTree): Alliance[] {
  return tree.roots.flatMap((root) => [root, ...root.children.flatMap((child) => [child, ...child.children])])
}
