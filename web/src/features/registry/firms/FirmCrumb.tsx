import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useFirm } from './firms.queries'

export function FirmCrumb({ id }: { id: string }) {
  const { nameOf } = useLanguage()
  const firm = useFirm(id)
  return <>{firm.data === undefined ? '…' : nameOf(firm.data)}</>
}
