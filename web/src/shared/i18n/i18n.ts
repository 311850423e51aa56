// i18next with every language bundled: Chinese first, English one click away, the choice kept in localStorage.
// The common texts (`translation`) are here; each feature module brings its own namespace (see app/i18n.ts).
import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import enUS from './en-US.json'
import { translationsOf, type TranslationTree } from './resources'
import zhCN from './zh-CN.json'

export const languages = ['zh-CN', 'en-US'] as const
export type Language = (typeof languages)[number]
export const defaultLanguage: Language = 'zh-CN'

/** One namespace in every language. */
export type Translations = Record<Language, TranslationTree>

const storageKey = 'g60.language'

export const commonTranslations = translationsOf<typeof zhCN, typeof enUS>(zhCN, enUS)
export const commonNamespace = 'translation'

function isLanguage(value: string | null): value is Language {
  return languages.some((language) => language === value)
}

function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(storageKey)
    return isLanguage(stored) ? stored : defaultLanguage
  } catch {
    return defaultLanguage
  }
}

export function currentLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : defaultLanguage
}

export async function changeLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(storageKey, language)
  } catch {
    // private mode: the choice lasts for this page only
  }
  await i18next.changeLanguage(language)
}

i18next.on('languageChanged', (language) => {
  document.documentElement.lang = language
  document.title = i18next.t('app.name')
})

/** Starts i18next with the common namespace and the namespaces of the feature modules, in the stored language. */
export function setUpTranslations(namespaces: Readonly<Record<string, Translations>>): void {
  const all: Record<string, Translations> = { ...namespaces, [commonNamespace]: commonTranslations }
  const resourcesOf = (language: Language) =>
    Object.fromEntries(Object.entries(all).map(([namespace, texts]) => [namespace, texts[language]]))
  void i18next.use(initReactI18next).init({
    resources: { 'zh-CN': resourcesOf('zh-CN'), 'en-US': resourcesOf('en-US') },
    ns: Object.keys(all),
    defaultNS: commonNamespace,
    fallbackNS: commonNamespace,
    lng: readStoredLanguage(),
    fallbackLng: defaultLanguage,
    supportedLngs: languages,
    interpolation: { escapeValue: false },
    returnNull: false,
  })
}

export { i18next }
