// The translation resources the console's t() knows, namespace by namespace. The common namespace
// (`translation`) lives here; each feature module adds its own namespace to this interface from its i18n folder
// by declaration merging, so that a key missing from a namespace fails the typecheck wherever it is used.
import type { Translations } from './i18n'
import type commonZhCN from './zh-CN.json'

export interface TranslationResources {
  translation: typeof commonZhCN
}

/** A namespace's texts in one language: nested objects of strings. */
export interface TranslationTree {
  [key: string]: string | TranslationTree
}

/**
 * A namespace's texts in Chinese and English. Both files must hold the same keys: each is checked against the
 * other's shape (`translationsOf<typeof zhCN, typeof enUS>(zhCN, enUS)`), so a key missing from one fails tsc.
 */
export function translationsOf<Chinese extends English & TranslationTree, English extends TranslationTree>(
  zhCN: Chinese,
  enUS: English & Chinese,
): Translations {
  return { 'zh-CN': zhCN, 'en-US': enUS }
}
