import { Alert } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Voucher, VoucherScheme } from '../../../shared/api/types'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'

/** The scheme's rule for spending, in one sentence above the catalogue. */
export function SpendRule({ voucher, scheme }: { voucher: Voucher; scheme: VoucherScheme }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const coverage =
    scheme.fullCoverageBelowFen > 0
      ? t('spend.ruleWithThreshold', {
          percent: scheme.voucherShareMaxPercent,
          threshold: formatFen(scheme.fullCoverageBelowFen, language),
        })
      : t('spend.rule', { percent: scheme.voucherShareMaxPercent })
  return (
    <Alert
      type="info"
      showIcon
      data-testid="spend-rule"
      title={t('spend.available', { amount: formatFen(voucher.availableFen, language) })}
      description={t('twoSentences', {
        first: coverage,
        second: t(`enums.settlementModelHint.${scheme.settlementModel}`),
      })}
    />
  )
}
