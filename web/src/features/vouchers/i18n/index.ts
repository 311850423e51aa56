// The texts of the vouchers pages, in the namespace 'vouchers' (its keys are written without it in the module's own files).
import { translationsOf } from '../../../shared/i18n/resources'
import enUS from './en-US.json'
import zhCN from './zh-CN.json'

declare module '../../../shared/i18n/resources' {
  interface TranslationResources {
    vouchers: typeof zhCN
  }
}

export const translations = translationsOf<typeof zhCN, typeof enUS>(zhCN, enUS)
