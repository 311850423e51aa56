// The translation resources the console's t() knows, namespace by namespace. The common namespace
// (`translation`) lives here; each feature module adds its own namespace to this interface from its i18n folder
// by declaration merging, so that a key missing from a namespace fails the typecheck wherever it is used.
import type commonZhCN from './zh-CN.json'

export interface TranslationResources {
  translation: typeof commonZhCN
}

/** A namespace's texts in one language: nested objects of strings. */
export interface TranslationTree {
  [key: string]: string | TranslationTree
}
