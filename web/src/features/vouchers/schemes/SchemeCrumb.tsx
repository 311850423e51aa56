import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useScheme } from './schemes.queries'

export function SchemeCrumb({ id }: { id: string }) {
  const { nameOf } = useLanguage()
  const scheme = useScheme(id)
  return <>{scheme.data === undefined ? '…' : nameOf(scheme.data)}</>
}
