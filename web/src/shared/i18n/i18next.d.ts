import 'i18next'
import type { TranslationResources } from './resources'

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation'
    /** a key a feature's namespace does not hold is looked up in the common one (`common.retry`, `enums.*`) */
    fallbackNS: 'translation'
    resources: TranslationResources
  }
}
