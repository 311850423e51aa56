import { useTranslation } from 'react-i18next'
import type { Language } from './i18n'

export interface Named {
  nameZh: string
  nameEn: string
}

/** The current language and the helpers that depend on it. */
export function useLanguage() {
  const { i18n } = useTranslation()
  const language: Language = i18n.language === 'en-US' ? 'en-US' : 'zh-CN'
  const isChinese = language === 'zh-CN'
  return {
    language,
    isChinese,
    /** the record's name in the current language */
    nameOf: (record: Named) => (isChinese ? record.nameZh : record.nameEn),
    /** the record's name in the other language, shown as a secondary line */
    otherNameOf: (record: Named) => (isChinese ? record.nameEn : record.nameZh),
  }
}
