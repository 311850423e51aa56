import { RecordName, type NameProps } from '../../../shared/ui/RecordName'
import { useInstrument } from './instruments.queries'

/** An instrument's name in the current language, fetched by id. */
export function InstrumentName({ id, linked = false, fallback = id }: NameProps) {
  const to = linked ? `/instruments/${encodeURIComponent(id)}` : undefined
  return <RecordName record={useInstrument(id).data} fallback={fallback} to={to} />
}
