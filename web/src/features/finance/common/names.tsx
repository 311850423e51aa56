// Names of the records a finance page refers to by id: a product (fetched once, shared by every row that names it).
import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { RecordName, type NameProps } from '../../../shared/ui/RecordName'
import { financeQueryKey } from './refresh'

export function useFinanceProduct(id: string) {
  return useQuery({
    queryKey: [...financeQueryKey, 'products', 'one', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/finance-products/{id}', { params: { path: { id } }, signal })),
  })
}

/** A finance product's name in the current language, fetched by id. */
export function FinanceProductName({ id, fallback = id }: NameProps) {
  return <RecordName record={useFinanceProduct(id).data} fallback={fallback} />
}
