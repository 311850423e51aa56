import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { PageError } from './PageError'
import { PageLoading } from './PageLoading'

/** A page of one record: its shape in grey while it loads, the failure as the page, else the page of the record. */
export function QueryPage<Data>({
  query,
  children,
}: {
  query: UseQueryResult<Data>
  children: (data: Data) => ReactNode
}) {
  if (query.isPending) return <PageLoading />
  if (query.isError) return <PageError error={query.error} onRetry={() => void query.refetch()} />
  return children(query.data)
}
