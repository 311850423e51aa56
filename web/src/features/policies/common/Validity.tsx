// An item's validity, from one calendar day to another, the way the current language writes dates.
import { useTranslation } from 'react-i18next'
import { formatDay } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'

export function Validity({ from, until }: { from: string; until: string }) {
  const { t } = useTranslation('policies')
  const { language } = useLanguage()
  return (
    <>{t('library.validityRange', { from: formatDay(from, language), until: formatDay(until, language) })}</>
  )
}
