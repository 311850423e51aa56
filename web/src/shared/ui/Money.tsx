import { formatFen } from '../format/format'
import { useLanguage } from '../i18n/useLanguage'
import './money.css'

/** An amount of integer fen shown as ¥ with two decimals. */
export function Money({ fen }: { fen: number }) {
  const { language } = useLanguage()
  return <span className="g60-money">{formatFen(fen, language)}</span>
}
