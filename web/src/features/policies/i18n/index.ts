// The texts of policy matching (the library, an item's rule and its editor, a firm's matches, award lists, the
// calculator and the figures), in the namespace 'policies'.
import { translationsOf } from '../../../shared/i18n/resources'
import enUS from './en-US.json'
import zhCN from './zh-CN.json'

declare module '../../../shared/i18n/resources' {
  interface TranslationResources {
    policies: typeof zhCN
  }
}

export const translations = translationsOf<typeof zhCN, typeof enUS>(zhCN, enUS)
