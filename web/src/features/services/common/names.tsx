// Records of the one-stop services named in crumbs: an item by its code, a case by its number.
import { RecordName, type NameProps } from '../../../shared/ui/RecordName'
import { useCase, useItem } from './services.queries'

/** A service item's name in the current language, fetched by its code. */
export function ItemName({ id, fallback = id }: NameProps) {
  return <RecordName record={useItem(id).data} fallback={fallback} />
}

/** A case's number, fetched by its id. */
export function CaseNumber({ id, fallback = id }: NameProps) {
  const found = useCase(id).data
  return <>{found === undefined ? fallback : found.number}</>
}
