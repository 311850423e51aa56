// Names of the records a finance page refers to by id: an institution, a product (fetched once, shared by every
// row that names it).
import { useQuery } from '@tanstack/react-query'
import { api, unwrap } from '../../../shared/api/client'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useInstitution } from '../../registry/institutions/institutions.queries'
import { financeQueryKey } from './refresh'

export function useFinanceProduct(id: string) {
  return useQuery({
    queryKey: [...financeQueryKey, 'products', 'one', id],
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/finance-products/{id}', { params: { path: { id } }, signal })),
  })
}

/** An institution's name in the current language (its id until it has loaded). */
export function InstitutionName({ id }: { id: string }) {
  const { nameOf } = useLanguage()
  const institution = useInstitution(id)
  return <>{institution.data === undefined ? id : nameOf(institution.data)}</>
}

/** A finance product's name in the current language (the fallback, else its id, until it has loaded). */
export function FinanceProductName({ id, fallback }: { id: string; fallback?: string }) {
  const { nameOf } = useLanguage()
  const product = useFinanceProduct(id)
  return <>{product.data === undefined ? (fallback ?? id) : nameOf(product.data)}</>
}

export function FinanceProductCrumb({ id }: { id: string }) {
  const { nameOf } = useLanguage()
  const product = useFinanceProduct(id)
  return <>{product.data === undefined ? '…' : nameOf(product.data)}</>
}
