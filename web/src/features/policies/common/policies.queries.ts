// Policy matching's reads and moves: the library (a paged source), an item with its rule's versions, the facts a
// rule reads, the calculator and a draft rule's test (neither stores anything, so neither carries an
// Idempotency-Key), a new rule version, a firm's matches and a decision's replay, award lists and awards with their
// moves, the figures and the office's matching runs.
import { queryOptions, useMutation, useQuery, type QueryFilters } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type { AwardListQuery, AwardQuery, CalculatorBody, PolicyQuery, RuleDraft } from './policies.types'

export const policiesQueryKey = ['policies'] as const
const policyQueries: QueryFilters = { queryKey: policiesQueryKey }

export type PolicyFilters = Omit<PolicyQuery, 'cursor' | 'limit'>
export type AwardListFilters = Omit<AwardListQuery, 'cursor' | 'limit'>
export type AwardFilters = Omit<AwardQuery, 'cursor' | 'limit'>

export const libraryPath = '/policies'
export const itemPath = (id: string) => `/policies/items/${encodeURIComponent(id)}`
export const matchesPath = '/policies/matches'
export const awardListsPath = '/policies/award-lists'
export const awardListPath = (id: string) => `${awardListsPath}/${encodeURIComponent(id)}`
export const calculatorPath = '/policies/calculator'
export const publicCalculatorPath = '/policy-calculator'
export const figuresPath = '/policies/figures'

/** The orders of the library, as the API takes them (PolicyQuery's sort); it opens on the policies published last. */
export const policySortKeys = ['publishedOn', 'code'] as const
export type PolicySort = SortOf<(typeof policySortKeys)[number]>
export const policySortDefault: PolicySort = '-publishedOn'

export const policyPages = pagedSource(
  [...policiesQueryKey, 'library'],
  (filters: PolicyFilters, page, signal) =>
    unwrap(api.GET('/api/policies', { params: { query: { ...filters, ...page } }, signal })),
)

export const policyItemQuery = (id: string) =>
  queryOptions({
    queryKey: [...policiesQueryKey, 'item', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/policy-items/{id}', { params: { path: { id } }, signal })),
  })

export function usePolicyItem(id: string) {
  return useQuery(policyItemQuery(id))
}

/** The facts a rule reads, as declared by the server: they change only with a release. */
export function usePolicyFacts() {
  return useQuery({
    queryKey: [...policiesQueryKey, 'facts'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/policy-facts', { signal })),
    staleTime: Infinity,
  })
}

/** Every item in force decided on typed facts (public), or on a firm's own registered facts. */
export function useCalculation() {
  return useMutation({
    mutationFn: (body: CalculatorBody) => unwrap(api.POST('/api/policy-calculator', { body })),
  })
}

/** A draft rule evaluated on one firm today: nothing is stored. */
export function useRuleTest(itemId: string) {
  return useMutation({
    mutationFn: ({ draft, firmId }: { draft: Omit<RuleDraft, 'effectiveFrom' | 'note'>; firmId: string }) =>
      unwrap(
        api.POST('/api/policy-items/{id}/rule-test', {
          params: { path: { id: itemId } },
          body: { ...draft, firmId },
        }),
      ),
  })
}

/** A new version of an item's rule, from a day on. */
export function useSaveRuleVersion(itemId: string) {
  return useIdempotentMutation(
    (draft: RuleDraft, key: string) =>
      unwrap(
        api.POST('/api/policy-items/{id}/rule-versions', {
          params: { path: { id: itemId } },
          body: draft,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: policyQueries },
  )
}

/** The signed-in firm's qualified and near items, with their awards. */
export function useMatches() {
  return useQuery({
    queryKey: [...policiesQueryKey, 'matches'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/policy-matches', { signal })),
  })
}

/** A decision evaluated again on its rule version and recorded facts. */
export function useReplay(decisionId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...policiesQueryKey, 'replay', decisionId],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/policy-decisions/{id}/replay', { params: { path: { id: decisionId } }, signal })),
    enabled,
  })
}

/** The columns the award-list index sorts by (AwardListQuery's sort); newest first unless a header says otherwise. */
export const awardListSortKeys = ['createdAt'] as const
export const awardListSortDefault: SortOf<(typeof awardListSortKeys)[number]> = '-createdAt'

export const awardListPages = pagedSource(
  [...policiesQueryKey, 'award-lists'],
  (filters: AwardListFilters, page, signal) =>
    unwrap(api.GET('/api/policy-award-lists', { params: { query: { ...filters, ...page } }, signal })),
)

export function useAwardList(id: string) {
  return useQuery({
    queryKey: [...policiesQueryKey, 'award-list', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/policy-award-lists/{id}', { params: { path: { id } }, signal })),
  })
}

/** The columns an awards list sorts by, as the API takes them (AwardQuery's sort). */
export const awardSortKeys = ['createdAt', 'amountFen', 'status'] as const
export type AwardSort = SortOf<(typeof awardSortKeys)[number]>

/** The awards list as a file, with the list's filters and order. */
export const awardExportPath = '/api/policy-awards/export'

export const awardPages = pagedSource(
  [...policiesQueryKey, 'awards'],
  (filters: AwardFilters, page, signal) =>
    unwrap(api.GET('/api/policy-awards', { params: { query: { ...filters, ...page } }, signal })),
)

/** The issuing city approves an award list: every listed award is paid at once. */
export function useApproveList() {
  return useIdempotentMutation(
    (id: string, key: string) =>
      unwrap(
        api.POST('/api/policy-award-lists/{id}/approve', {
          params: { path: { id } },
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: policyQueries },
  )
}

/** Takes a firm off an award list (or withdraws an offer), with the reason. */
export function useRemoveAward() {
  return useIdempotentMutation(
    ({ id, reason }: { id: string; reason: string }, key: string) =>
      unwrap(
        api.POST('/api/policy-awards/{id}/remove', {
          params: { path: { id } },
          body: { reason },
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: policyQueries },
  )
}

/** The firm confirms a fast-apply award: the promised working-day clock starts. */
export function useConfirmAward() {
  return useIdempotentMutation(
    (id: string, key: string) =>
      unwrap(
        api.POST('/api/policy-awards/{id}/confirm', {
          params: { path: { id } },
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: policyQueries },
  )
}

/** The issuing city pays a confirmed fast-apply award. */
export function usePayAward() {
  return useIdempotentMutation(
    (id: string, key: string) =>
      unwrap(
        api.POST('/api/policy-awards/{id}/pay', {
          params: { path: { id } },
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: policyQueries },
  )
}

export function usePolicyFigures() {
  return useQuery({
    queryKey: [...policiesQueryKey, 'figures'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/policy-figures', { signal })),
  })
}

const runPollMs = 3000

/** The latest corridor runs, polled while one is running. */
export function useMatchingRuns(enabled: boolean) {
  return useQuery({
    queryKey: [...policiesQueryKey, 'runs'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/policy-runs', { signal })),
    select: (answer) => answer.items,
    enabled,
    refetchInterval: (query) =>
      query.state.data?.items.some((run) => run.status === 'running') === true ? runPollMs : false,
  })
}

/** The office runs matching across the corridor now. */
export function useRunMatching() {
  return useIdempotentMutation(
    (_: undefined, key: string) => unwrap(api.POST('/api/policy-runs', { headers: idempotencyHeader(key) })),
    { invalidates: policyQueries },
  )
}
