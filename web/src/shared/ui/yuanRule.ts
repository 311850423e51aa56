import type { FormRule } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatFen } from '../format/format'
import { parseYuan } from '../format/yuan'
import { useLanguage } from '../i18n/useLanguage'

/** A form rule for an amount in yuan between two bounds in fen (an empty field is left to `required`). */
export function useYuanRule() {
  const { t } = useTranslation()
  const { language } = useLanguage()
  return ({ minFen = 1, maxFen }: { minFen?: number; maxFen: number }): FormRule => ({
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') return
      const fen = parseYuan(value)
      if (fen === null) throw new Error(t('form.yuanInvalid'))
      if (fen < minFen) throw new Error(t('form.yuanAtLeast', { amount: formatFen(minFen, language) }))
      if (fen > maxFen) throw new Error(t('form.yuanAtMost', { amount: formatFen(maxFen, language) }))
    },
  })
}
