import type { FormRule } from 'antd'
import { useTranslation } from 'react-i18next'
import { parseYuan } from '../../../shared/format/yuan'

/** A range's upper bound is not below its lower bound (the server refuses anything else). */
export function useRangeRules() {
  const { t } = useTranslation('finance')
  return {
    amountMax:
      (): FormRule =>
      ({ getFieldValue }) => ({
        validator: async (_rule, value: unknown) => {
          const max = typeof value === 'string' ? parseYuan(value) : null
          const minValue: unknown = getFieldValue('amountMin')
          const min = typeof minValue === 'string' ? parseYuan(minValue) : null
          if (max !== null && min !== null && max < min) throw new Error(t('products.amountOrder'))
        },
      }),
    termMax:
      (): FormRule =>
      ({ getFieldValue }) => ({
        validator: async (_rule, value: unknown) => {
          const min: unknown = getFieldValue('termMinMonths')
          if (typeof value === 'number' && typeof min === 'number' && value < min) {
            throw new Error(t('products.termOrder'))
          }
        },
      }),
  }
}
