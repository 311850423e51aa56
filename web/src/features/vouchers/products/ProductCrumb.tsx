import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useProduct } from './products.queries'

export function ProductCrumb({ id }: { id: string }) {
  const { nameOf } = useLanguage()
  const product = useProduct(id)
  return <>{product.data === undefined ? '…' : nameOf(product.data)}</>
}
