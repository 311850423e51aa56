import { useTranslation } from 'react-i18next'
import { ApiError } from '../../../shared/api/errors'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'

/** The figures behind a refused claim, from the error's details: what is left under a cap, or how much is used. */
export function useClaimRefusalHint() {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  return (error: unknown): string | undefined => {
    if (!(error instanceof ApiError)) return undefined
    const { remainingFen, usedPercent, requiredPercentOver } = error.details
    if (typeof remainingFen === 'number') {
      return t('claims.remainingUnderCap', { amount: formatFen(remainingFen, language) })
    }
    if (typeof usedPercent === 'number' && typeof requiredPercentOver === 'number') {
      return t('claims.gateHint', { used: usedPercent, required: requiredPercentOver })
    }
    return undefined
  }
}
