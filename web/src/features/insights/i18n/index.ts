// The texts of insights (the map, the flow matrices and their records, the index and its weights, the division of
// labour, indicators, the G60 fund and open data), in the namespace 'insights'.
import { translationsOf } from '../../../shared/i18n/resources'
import enUS from './en-US.json'
import zhCN from './zh-CN.json'

declare module '../../../shared/i18n/resources' {
  interface TranslationResources {
    insights: typeof zhCN
  }
}

export const translations = translationsOf<typeof zhCN, typeof enUS>(zhCN, enUS)
