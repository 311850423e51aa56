import type { FormRule } from 'antd'
import type { NamePath } from 'antd/es/form/interface'
import { useTranslation } from 'react-i18next'
import { parseYuan } from '../../../shared/format/yuan'

/** The caps nest: per claim ≤ per firm per year ≤ per firm in total (the server refuses anything else). */
export function useCapOrderRule() {
  const { t } = useTranslation('vouchers')
  return (smaller: NamePath, message: 'yearBelowClaim' | 'totalBelowYear'): FormRule =>
    ({ getFieldValue }) => ({
      validator: async (_rule, value: unknown) => {
        const cap = typeof value === 'string' ? parseYuan(value) : null
        const smallerValue: unknown = getFieldValue(smaller)
        const smallerCap = typeof smallerValue === 'string' ? parseYuan(smallerValue) : null
        if (cap !== null && smallerCap !== null && cap < smallerCap) {
          throw new Error(t(`schemes.validation.${message}`))
        }
      },
    })
}
