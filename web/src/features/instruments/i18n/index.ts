// The texts of the instruments pages, in the namespace 'instruments' (its keys are written without it in the module's own files).
import { translationsOf } from '../../../shared/i18n/resources'
import enUS from './en-US.json'
import zhCN from './zh-CN.json'

declare module '../../../shared/i18n/resources' {
  interface TranslationResources {
    instruments: typeof zhCN
  }
}

export const translations = translationsOf<typeof zhCN, typeof enUS>(zhCN, enUS)
