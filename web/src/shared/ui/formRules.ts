import type { FormRule } from 'antd'
import { useTranslation } from 'react-i18next'

/** The rules every form writes the same way, with the console's words for what is wrong. */
export function useFormRules() {
  const { t } = useTranslation()
  const required = { required: true, message: t('form.required') }
  /** at most `max` characters */
  const maxLength = (max: number): FormRule => ({ max, message: t('form.tooLong') })
  return {
    required,
    maxLength,
    /** required text (spaces alone are not text) of at most `max` characters */
    text: (max: number): FormRule[] => [{ ...required, whitespace: true }, maxLength(max)],
  }
}
