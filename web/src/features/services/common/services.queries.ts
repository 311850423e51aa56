// The one-stop services' reads and moves: the catalogue, the cases (each view a paged source), a case with its
// timeline and the moves the caller may take, the figures and the talent cards. Every move refetches every
// services query: a case moves between the applicant's list, a window's queue and a deciding queue at once.
import type { QueryFilters } from '@tanstack/react-query'
import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { multipart, type FilePart } from '../../../shared/api/multipart'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'
import type { SortOf } from '../../../shared/list/sorting'
import type {
  Application,
  CaseQuery,
  DecideBody,
  ItemBody,
  ItemQuery,
  RatingBody,
  Supplement,
} from './services.types'

export const servicesQueryKey = ['services'] as const
export const serviceQueries: QueryFilters = { queryKey: servicesQueryKey }
const catalogueStaleMs = 5 * 60_000

export type ItemFilters = Omit<ItemQuery, 'cursor' | 'limit'>
export type CaseFilters = Omit<CaseQuery, 'cursor' | 'limit'>

/** The columns the catalogue sorts by, as the API takes them (ItemQuery's sort). */
export const itemSortKeys = ['code', 'promisedDays', 'feeFen'] as const

/** The catalogue as a file, with its filters and order. */
export const itemExportPath = '/api/service-items/export'

export const itemPages = pagedSource(
  [...servicesQueryKey, 'items', 'page'],
  (filters: ItemFilters, page, signal) =>
    unwrap(api.GET('/api/service-items', { params: { query: { ...filters, ...page } }, signal })),
)

export const itemQuery = (code: string) =>
  queryOptions({
    queryKey: [...servicesQueryKey, 'items', code],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/service-items/{code}', { params: { path: { code } }, signal })),
    staleTime: catalogueStaleMs,
  })

export function useItem(code: string) {
  return useQuery(itemQuery(code))
}

export function useItemVersions(code: string, enabled: boolean) {
  return useQuery({
    queryKey: [...servicesQueryKey, 'items', code, 'versions'],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/service-items/{code}/versions', { params: { path: { code } }, signal })),
    enabled,
  })
}

export function useDepartments() {
  return useQuery({
    queryKey: [...servicesQueryKey, 'departments'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/service-departments', { signal })),
    staleTime: catalogueStaleMs,
    select: (answer) => answer.items,
  })
}

/** The columns a case list sorts by, as the API takes them (CaseQuery's sort). */
export const caseSortKeys = ['submittedAt', 'dueOn', 'status'] as const
export type CaseSort = SortOf<(typeof caseSortKeys)[number]>

/** The cases list as a file, with the list's view, filters and order. */
export const caseExportPath = '/api/service-cases/export'

export const casePages = pagedSource(
  [...servicesQueryKey, 'cases', 'page'],
  (filters: CaseFilters, page, signal) =>
    unwrap(api.GET('/api/service-cases', { params: { query: { ...filters, ...page } }, signal })),
)

export const caseQuery = (id: string) =>
  queryOptions({
    queryKey: [...servicesQueryKey, 'cases', id],
    queryFn: ({ signal }) => unwrap(api.GET('/api/service-cases/{id}', { params: { path: { id } }, signal })),
  })

export function useCase(id: string) {
  return useQuery(caseQuery(id))
}

/** Where a material's file downloads from (the session's cookie goes with it). */
export const materialFilePath = (caseId: string, materialId: string) =>
  `/api/service-cases/${encodeURIComponent(caseId)}/materials/${encodeURIComponent(materialId)}`

export function useServiceFigures(periodStart: string, periodEnd: string) {
  return useQuery({
    queryKey: [...servicesQueryKey, 'figures', periodStart, periodEnd],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/service-figures', { params: { query: { periodStart, periodEnd } }, signal })),
  })
}

export function useTalentCards() {
  return useQuery({
    queryKey: [...servicesQueryKey, 'talent-cards'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/me/talent-cards', { signal })),
    select: (answer) => answer.items,
  })
}

/** The corridor office's edit of an item: a new version, seen in the catalogue and the item's versions at once. */
export function useEditItem(code: string) {
  return useIdempotentMutation(
    (body: ItemBody, key: string) =>
      unwrap(
        api.PUT('/api/service-items/{code}', {
          params: { path: { code } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: serviceQueries },
  )
}

/** The office stops an item taking applications, or restores it, with the reason. */
export function useSetItemActive(code: string) {
  return useIdempotentMutation(
    (body: { active: boolean; reason: string }, key: string) =>
      unwrap(
        api.PUT('/api/service-items/{code}/active', {
          params: { path: { code } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: serviceQueries },
  )
}

// ---- moves ----

const moveOptions = { invalidates: serviceQueries }

/** Files a case: the application as JSON and a file part for each uploaded material. */
export function useFileCase() {
  return useIdempotentMutation(
    ({ application, files }: { application: Application; files: FilePart[] }, key: string) =>
      unwrap(
        api.POST('/api/service-cases', { ...multipart(application, files), headers: idempotencyHeader(key) }),
      ),
    moveOptions,
  )
}

/** Hands in more materials: to the window (supplement) or to the deciding office (resume). */
export function useAddMaterials() {
  return useIdempotentMutation(
    (
      {
        id,
        move,
        application,
        files,
      }: { id: string; move: 'supplement' | 'resume'; application: Supplement; files: FilePart[] },
      key: string,
    ) => {
      const options = {
        params: { path: { id } },
        ...multipart(application, files),
        headers: idempotencyHeader(key),
      }
      return unwrap(
        move === 'supplement'
          ? api.POST('/api/service-cases/{id}/supplement', options)
          : api.POST('/api/service-cases/{id}/resume', options),
      )
    },
    moveOptions,
  )
}

/** A move that takes a note or a reason in words (or nothing). */
export type WordedMove = 'accept' | 'request-materials' | 'not-accept' | 'pause' | 'withdraw'

export function useWordedMove() {
  return useIdempotentMutation(
    ({ id, move, text }: { id: string; move: WordedMove; text: string | undefined }, key: string) => {
      const common = { params: { path: { id } }, headers: idempotencyHeader(key) }
      switch (move) {
        case 'accept':
          return unwrap(
            api.POST('/api/service-cases/{id}/accept', {
              ...common,
              body: text === undefined ? {} : { note: text },
            }),
          )
        case 'request-materials':
          return unwrap(
            api.POST('/api/service-cases/{id}/request-materials', { ...common, body: { note: text ?? '' } }),
          )
        case 'pause':
          return unwrap(api.POST('/api/service-cases/{id}/pause', { ...common, body: { note: text ?? '' } }))
        case 'not-accept':
          return unwrap(
            api.POST('/api/service-cases/{id}/not-accept', { ...common, body: { reason: text ?? '' } }),
          )
        case 'withdraw':
          return unwrap(
            api.POST('/api/service-cases/{id}/withdraw', {
              ...common,
              body: text === undefined ? {} : { reason: text },
            }),
          )
      }
    },
    moveOptions,
  )
}

export function useDecide() {
  return useIdempotentMutation(
    ({ id, body }: { id: string; body: DecideBody }, key: string) =>
      unwrap(
        api.POST('/api/service-cases/{id}/decide', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    moveOptions,
  )
}

export function useRateCase() {
  return useIdempotentMutation(
    ({ id, body }: { id: string; body: RatingBody }, key: string) =>
      unwrap(
        api.POST('/api/service-cases/{id}/rating', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    moveOptions,
  )
}
