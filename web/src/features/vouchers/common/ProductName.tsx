import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useProduct } from '../products/products.queries'

/** A service product's name in the current language, fetched by id (its id until then). */
export function ProductName({ id }: { id: string }) {
  const { nameOf } = useLanguage()
  const product = useProduct(id)
  return <>{product.data === undefined ? id : nameOf(product.data)}</>
}
