// The texts of e-licences (the wallet, a licence, its printable page, the public verify page and the issuers' keys),
// in the namespace 'licences'.
import { translationsOf } from '../../../shared/i18n/resources'
import enUS from './en-US.json'
import zhCN from './zh-CN.json'

declare module '../../../shared/i18n/resources' {
  interface TranslationResources {
    licences: typeof zhCN
  }
}

export const translations = translationsOf<typeof zhCN, typeof enUS>(zhCN, enUS)
