import { Link } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useInstrument } from './instruments.queries'

/** An instrument's name in the current language, fetched by id (the fallback, else its id, until then). */
export function InstrumentName({
  id,
  linked = false,
  fallback,
}: {
  id: string
  linked?: boolean
  fallback?: string
}) {
  const { nameOf } = useLanguage()
  const instrument = useInstrument(id)
  const name = instrument.data === undefined ? (fallback ?? id) : nameOf(instrument.data)
  return linked ? <Link to={`/instruments/${encodeURIComponent(id)}`}>{name}</Link> : <>{name}</>
}

export function InstrumentCrumb({ id }: { id: string }) {
  const { nameOf } = useLanguage()
  const instrument = useInstrument(id)
  return <>{instrument.data === undefined ? '…' : nameOf(instrument.data)}</>
}
