import { RecordName, type NameProps } from '../../../shared/ui/RecordName'
import { useProduct } from '../products/products.queries'

/** A service product's name in the current language, fetched by id. */
export function ProductName({ id, fallback = id }: NameProps) {
  return <RecordName record={useProduct(id).data} fallback={fallback} />
}
