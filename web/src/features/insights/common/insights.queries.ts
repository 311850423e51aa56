// The insights API as queries and mutations: the flow matrices and a cell's records, the index and its weights,
// the division of labour, indicators, the fund and open data. Figures change only at a refresh, so they stay fresh
// for a minute; every change refreshes everything under ['insights'].
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import type { paths } from '../../../shared/api/schema'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { pagedSource } from '../../../shared/list/usePagedList'
import type {
  ExitBody,
  FlowKind,
  FlowRecord,
  FollowOnBody,
  ImportBody,
  InvestBody,
  Investment,
  InvestmentQuery,
  LabourBasis,
  ValueBody,
  WeightsBody,
} from './insights.types'

export const insightsQueryKey = ['insights'] as const
const figuresStaleMs = 60_000
const invalidatesInsights = { invalidates: { queryKey: insightsQueryKey } }

export interface MatrixFilters {
  period?: string
  kind?: FlowKind
  city?: string
}

export const flowsQuery = (filters: MatrixFilters) =>
  queryOptions({
    queryKey: [...insightsQueryKey, 'flows', filters],
    queryFn: ({ signal }) => unwrap(api.GET('/api/insights/flows', { params: { query: filters }, signal })),
    staleTime: figuresStaleMs,
    placeholderData: keepPreviousData,
  })

export function useFlows(filters: MatrixFilters) {
  return useQuery(flowsQuery(filters))
}

/** The records behind one cell (or one city's, or one kind's), as the caller may see them. */
export interface RecordFilters {
  kind: FlowKind
  period?: string
  from?: string
  to?: string
  city?: string
}

export const flowRecordsSource = pagedSource<RecordFilters, FlowRecord & { id: string }>(
  [...insightsQueryKey, 'records'],
  async (filters, page, signal) => {
    const data = await unwrap(
      api.GET('/api/insights/flows/records', {
        params: { query: { ...filters, limit: page.limit, cursor: page.cursor } },
        signal,
      }),
    )
    return {
      items: data.items.map((item) => ({ ...item, id: item.recordId })),
      nextCursor: data.nextCursor,
      total: data.totals.records,
      totalIsExact: true,
    }
  },
)

/** The count and sum of a cell's records (the first record fetched with them). */
export function useRecordTotals(filters: RecordFilters) {
  return useQuery({
    queryKey: [...insightsQueryKey, 'records-totals', filters],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/insights/flows/records', { params: { query: { ...filters, limit: 1 } }, signal })),
    select: (data) => data.totals,
    staleTime: figuresStaleMs,
    retry: false,
  })
}

/** Every page of a cell's records, up to `recordsMax`, for an export of what the filters hold. */
export function useIndexSeries(filters: { period?: string; scope?: string }) {
  return useQuery({
    queryKey: [...insightsQueryKey, 'index', filters],
    queryFn: ({ signal }) => unwrap(api.GET('/api/insights/index', { params: { query: filters }, signal })),
    staleTime: figuresStaleMs,
    placeholderData: keepPreviousData,
  })
}

export function useSetWeights() {
  return useIdempotentMutation(
    (body: WeightsBody, key: string) =>
      unwrap(api.POST('/api/insights/index/weights', { body, headers: idempotencyHeader(key) })),
    invalidatesInsights,
  )
}

export function useDivisionOfLabour(basis: LabourBasis) {
  return useQuery({
    queryKey: [...insightsQueryKey, 'labour', basis],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/insights/division-of-labour', { params: { query: { basis } }, signal })),
    staleTime: figuresStaleMs,
    placeholderData: keepPreviousData,
  })
}

export function useIndicators() {
  return useQuery({
    queryKey: [...insightsQueryKey, 'indicators'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/insights/indicators', { signal })),
    select: (data) => data.items,
    staleTime: figuresStaleMs,
  })
}

export function useAddIndicatorValue() {
  return useIdempotentMutation(
    (body: ValueBody, key: string) =>
      unwrap(api.POST('/api/insights/indicator-values', { body, headers: idempotencyHeader(key) })),
    invalidatesInsights,
  )
}

export function useImportIndicatorValues() {
  return useIdempotentMutation(
    (body: ImportBody, key: string) =>
      unwrap(api.POST('/api/insights/indicator-values/import', { body, headers: idempotencyHeader(key) })),
    invalidatesInsights,
  )
}

export function useFundFigures() {
  return useQuery({
    queryKey: [...insightsQueryKey, 'fund'],
    queryFn: ({ signal }) => unwrap(api.GET('/api/insights/fund', { signal })),
    staleTime: figuresStaleMs,
  })
}

export type InvestmentFilters = Omit<InvestmentQuery, 'limit' | 'cursor'>

/** The columns the investments list sorts by, as the API takes them (InvestmentQuery's sort). */
export const investmentSortKeys = ['investedOn', 'amountFen'] as const

/** The investments list as a file, with the list's filters and order. */
export const investmentExportPath = '/api/insights/fund/investments/export'

/** Where each figure's table downloads from: the server writes it with the figure's own filters. */
export const figureExportPaths = {
  flows: '/api/insights/flows/export',
  records: '/api/insights/flows/records/export',
  index: '/api/insights/index/export',
  indexScopes: '/api/insights/index/scopes/export',
  quotients: '/api/insights/division-of-labour/quotients/export',
  krugman: '/api/insights/division-of-labour/krugman/export',
  krugmanTrend: '/api/insights/division-of-labour/trend/export',
  fundBackers: '/api/insights/fund/backers/export',
  fundPortfolio: '/api/insights/fund/portfolio/export',
  fundStages: '/api/insights/fund/stages/export',
} as const satisfies Record<string, keyof paths>

const indicatorExportRoute: keyof paths = '/api/insights/indicators/{code}/export'

export function indicatorExportPath(code: string): string {
  return indicatorExportRoute.replace('{code}', encodeURIComponent(code))
}

export const investmentsSource = pagedSource<InvestmentFilters, Investment>(
  [...insightsQueryKey, 'investments'],
  (filters, page, signal) =>
    unwrap(
      api.GET('/api/insights/fund/investments', {
        params: { query: { ...filters, limit: page.limit, cursor: page.cursor } },
        signal,
      }),
    ),
)

export function useInvestment(id: string | undefined) {
  return useQuery({
    queryKey: [...insightsQueryKey, 'investment', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/insights/fund/investments/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: id !== undefined,
  })
}

/** What the office's picker of waiting equity referrals narrows by: part of a firm's name or its credit code. */
export interface EquityReferralFilters {
  q?: string | undefined
}

/** Equity referrals waiting for an investment, oldest decision first, a page at a time. */
export const equityReferralPages = pagedSource(
  [...insightsQueryKey, 'equity-referrals'],
  (filters: EquityReferralFilters, page, signal) =>
    unwrap(
      api.GET('/api/insights/fund/equity-referrals', { params: { query: { ...filters, ...page } }, signal }),
    ),
)

export function useInvest() {
  return useIdempotentMutation(
    (body: InvestBody, key: string) =>
      unwrap(api.POST('/api/insights/fund/investments', { body, headers: idempotencyHeader(key) })),
    invalidatesInsights,
  )
}

export function useFollowOn(id: string) {
  return useIdempotentMutation(
    (body: FollowOnBody, key: string) =>
      unwrap(
        api.POST('/api/insights/fund/investments/{id}/follow-ons', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    invalidatesInsights,
  )
}

export function useExit(id: string) {
  return useIdempotentMutation(
    (body: ExitBody, key: string) =>
      unwrap(
        api.POST('/api/insights/fund/investments/{id}/exit', {
          params: { path: { id } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    invalidatesInsights,
  )
}

export const openDataQuery = queryOptions({
  queryKey: [...insightsQueryKey, 'open-data'],
  queryFn: ({ signal }) => unwrap(api.GET('/api/open-data', { signal })),
  staleTime: 10 * 60_000,
})

export function useOpenData() {
  return useQuery(openDataQuery)
}

/** A data set's download, with the filters chosen that it honours. */
export function openDataUrl(path: string, filters: Record<string, string | undefined>): string {
  const query = new URLSearchParams()
  for (const [name, value] of Object.entries(filters))
    if (value !== undefined && value !== '') query.set(name, value)
  const text = query.toString()
  return text === '' ? path : `${path}?${text}`
}
