// A licence's dates: the day of a moment in Asia/Shanghai (validity), the way the current language writes dates.
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../shared/i18n/i18n'
import { useLanguage } from '../../../shared/i18n/useLanguage'

/** 2026年6月12日 / Jun 12, 2026: the Shanghai day of a moment. */
export function formatShanghaiDay(isoTimestamp: string, language: Language): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(
    new Date(isoTimestamp),
  )
}

export function ShanghaiDay({ at }: { at: string }) {
  const { language } = useLanguage()
  return <>{formatShanghaiDay(at, language)}</>
}

/** Valid from one day to another, in Shanghai days. */
export function Validity({ from, until }: { from: string; until: string }) {
  const { t } = useTranslation('licences')
  const { language } = useLanguage()
  return (
    <>
      {t('wallet.validityRange', {
        from: formatShanghaiDay(from, language),
        until: formatShanghaiDay(until, language),
      })}
    </>
  )
}
