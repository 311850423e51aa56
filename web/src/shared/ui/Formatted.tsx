import { formatCount, formatDay, formatTimestamp } from '../format/format'
import { useLanguage } from '../i18n/useLanguage'

/** A moment in Asia/Shanghai time, written the way the current language writes dates and times. */
export function Timestamp({ at }: { at: string }) {
  const { language } = useLanguage()
  return <>{formatTimestamp(at, language)}</>
}

/** A calendar day (a Shanghai date), written the way the current language writes dates. */
export function Day({ day }: { day: string }) {
  const { language } = useLanguage()
  return <>{formatDay(day, language)}</>
}

/** A count with the current language's thousands separators. */
export function Count({ value }: { value: number }) {
  const { language } = useLanguage()
  return <>{formatCount(value, language)}</>
}
