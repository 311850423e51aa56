// The applicant's approved cases that issued a licence, by licence type: what a material that a licence stands in
// for (licence:<Type>) can point at instead of a file. The cases list names the item; the item names its licence.
import { useQueries, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { itemQuery, servicesQueryKey } from '../common/services.queries'
import type { ServiceCaseSummary } from '../common/services.types'

/** the most approved cases looked through (the API's page bound) */
const approvedCasesMax = 100

export interface LicenceCase {
  id: string
  number: string
  item: ServiceCaseSummary['item']
  decidedAt: string | null
}

/** Approved cases of the applicant by the licence type their item issues; `enabled` when a material asks. */
export function useLicenceCases(enabled: boolean): {
  byType: ReadonlyMap<string, LicenceCase[]>
  loading: boolean
} {
  const approved = useQuery({
    queryKey: [...servicesQueryKey, 'cases', 'approved-for-licences'],
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/service-cases', {
          params: { query: { view: 'mine', status: 'approved', limit: approvedCasesMax } },
          signal,
        }),
      ),
    enabled,
  })
  const cases = approved.data?.items ?? []
  const codes = [...new Set(cases.map((found) => found.item.code))]
  return useQueries({
    queries: codes.map((code) => ({ ...itemQuery(code), enabled })),
    combine: (items) => {
      const byType = new Map<string, LicenceCase[]>()
      items.forEach((result, index) => {
        const type = result.data?.licence?.type
        if (type === undefined) return
        const issuing = cases.filter((found) => found.item.code === codes[index])
        byType.set(type, [
          ...(byType.get(type) ?? []),
          ...issuing.map(({ id, number, item, decidedAt }) => ({ id, number, item, decidedAt })),
        ])
      })
      return { byType, loading: approved.isPending && enabled }
    },
  })
}
