import { useLanguage } from '../../../shared/i18n/useLanguage'
import { usePark } from './parks.queries'

export function ParkCrumb({ id }: { id: string }) {
  const { nameOf } = useLanguage()
  const park = usePark(id)
  return <>{park.data === undefined ? '…' : nameOf(park.data)}</>
}
