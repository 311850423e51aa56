import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useProvider } from './providers.queries'

export function ProviderCrumb({ id }: { id: string }) {
  const { nameOf } = useLanguage()
  const provider = useProvider(id)
  return <>{provider.data === undefined ? '…' : nameOf(provider.data)}</>
}
