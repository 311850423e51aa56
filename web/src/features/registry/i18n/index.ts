// The texts of the registry pages, in the namespace 'registry' (its keys are written without it in the module's own files).
import type { Translations } from '../../../shared/i18n/i18n'
import enUS from './en-US.json'
import zhCN from './zh-CN.json'

declare module '../../../shared/i18n/resources' {
  interface TranslationResources {
    registry: typeof zhCN
  }
}

// Both files must hold the same keys: each is checked against the other's shape.
const englishHasEveryKey: typeof zhCN = enUS
const chineseHasEveryKey: typeof enUS = zhCN
export const translations: Translations = { 'zh-CN': chineseHasEveryKey, 'en-US': englishHasEveryKey }
