// The e-licences' reads and moves: the wallet (a paged source), a licence with its credential, the issuers' public
// keys, the issuing city's suspend / reinstate / revoke, and the public verification (of a credential, or of the
// licence a QR code's link names).
import { queryOptions, useMutation, useQuery, type QueryFilters } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type { LicenceMove, LicenceQuery, VerifyTarget } from './licences.types'

export const licencesQueryKey = ['licences'] as const
const licenceQueries: QueryFilters = { queryKey: licencesQueryKey }

export type LicenceFilters = Omit<LicenceQuery, 'cursor' | 'limit'>

export const licencePath = (id: string) => `/licences/${encodeURIComponent(id)}`
export const licencePrintPath = (id: string) => `${licencePath(id)}/print`
export const verifyPath = '/verify'

/** The columns a licence list sorts by, as the API takes them (LicenceQuery's sort). */
export const licenceSortKeys = ['validFrom', 'validUntil', 'status'] as const
export type LicenceSort = SortOf<(typeof licenceSortKeys)[number]>

/** The licences list as a file, with the list's filters and order. */
export const licenceExportPath = '/api/licences/export'

export const licencePages = pagedSource(
  [...licencesQueryKey, 'page'],
  (filters: LicenceFilters, page, signal) =>
    unwrap(api.GET('/api/licences', { params: { query: { ...filters, ...page } }, signal })),
)

export const licenceQuery = (id: string) =>
  queryOptions({
    queryKey: [...licencesQueryKey, 'detail', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/licences/{id}', { params: { path: { id } }, signal })),
  })

export function useLicence(id: string) {
  return useQuery(licenceQuery(id))
}

export function useLicenceKeys() {
  return useQuery({
    queryKey: [...licencesQueryKey, 'keys'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/licence-keys', { signal })),
    select: (answer) => answer.items,
  })
}

/** The issuing city's move on a licence: a suspension and a revocation say why, a reinstatement may. */
export function useLicenceMove() {
  return useIdempotentMutation(
    ({ id, move, reason }: { id: string; move: LicenceMove; reason: string | undefined }, key: string) => {
      const common = { params: { path: { id } }, headers: idempotencyHeader(key) }
      switch (move) {
        case 'suspend':
          return unwrap(api.POST('/api/licences/{id}/suspend', { ...common, body: { reason: reason ?? '' } }))
        case 'reinstate':
          return unwrap(
            api.POST('/api/licences/{id}/reinstate', {
              ...common,
              body: reason === undefined ? {} : { reason },
            }),
          )
        case 'revoke':
          return unwrap(api.POST('/api/licences/{id}/revoke', { ...common, body: { reason: reason ?? '' } }))
      }
    },
    { invalidates: licenceQueries },
  )
}

/**
 * The public verification: a licence named by a link is first fetched as its signed credential (public, like the
 * link), then the credential is checked against the issuers' published documents. It changes nothing on the
 * server (no Idempotency-Key), and needs no session.
 */
export function useVerify() {
  return useMutation({
    mutationFn: async (target: VerifyTarget) => {
      const credential =
        target.kind === 'credential'
          ? target.text
          : await unwrap(api.GET('/api/licences/{id}/credential', { params: { path: { id: target.id } } }))
      return unwrap(api.POST('/api/verify', { body: { credential } }))
    },
  })
}
