// Records named in both languages: a record fetched by id shows its name in the current language once it has
// loaded; a row shows both, the other language as a secondary line.
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { useLanguage, type Named } from '../i18n/useLanguage'

/** What names a record fetched by id: its id, whether to link to its page, what to show until it has loaded. */
export interface NameProps {
  id: string
  linked?: boolean
  /** shown until the record has loaded (its id, unless told otherwise) */
  fallback?: string
}

/** `record`'s name in the current language (`fallback` until it has loaded), a link to its page given `to`. */
export function RecordName({
  record,
  fallback,
  to,
}: {
  record: Named | undefined
  fallback: string
  to?: string | undefined
}) {
  const { nameOf } = useLanguage()
  const name = record === undefined ? fallback : nameOf(record)
  return to === undefined ? <>{name}</> : <Link to={to}>{name}</Link>
}

/** The name in the current language (a link given `to`, then `children`) over the name in the other. */
export function BilingualName({
  record,
  to,
  children,
}: {
  record: Named
  to?: string | undefined
  children?: ReactNode
}) {
  const { otherNameOf } = useLanguage()
  return (
    <>
      <RecordName record={record} fallback="" to={to} />
      {children}
      <span className="g60-secondary-name">{otherNameOf(record)}</span>
    </>
  )
}
