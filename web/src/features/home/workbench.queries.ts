// The caller's workbench: every tile's count and the caller's figures in one request.
import { queryOptions, useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../shared/api/client'

export const workbenchQuery = queryOptions({
  queryKey: ['workbench'],
  queryFn: ({ signal }) => unwrap(api.GET('/api/workbench', { signal })),
})

export function useWorkbench() {
  return useQuery(workbenchQuery)
}
