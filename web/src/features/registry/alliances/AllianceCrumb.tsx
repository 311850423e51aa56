import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useAlliance } from './alliances.queries'

export function AllianceCrumb({ id }: { id: string }) {
  const { nameOf } = useLanguage()
  const alliance = useAlliance(id)
  return <>{alliance.data === undefined ? '…' : nameOf(alliance.data)}</>
}
