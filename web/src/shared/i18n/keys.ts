import type { ParseKeys, TypeOptions } from 'i18next'
import { useTranslation } from 'react-i18next'

type Namespace = keyof TypeOptions['resources'] & string

/**
 * A key of the common namespace (`nav.home`), or `namespace:key` of any namespace (`vouchers:nav.group`): what
 * menus and breadcrumbs hold. Checked at compile time like a key written in t().
 */
export type TranslationKey = ParseKeys<readonly ['translation', ...Namespace[]]>

/** Translates a key of any namespace, as menu entries and route crumbs declare them. */
export function useTranslateKey(): (key: TranslationKey) => string {
  const { t } = useTranslation()
  // t() of the common namespace is typed for its own keys; the namespace prefix was checked by TranslationKey
  return (key) => t(key as ParseKeys)
}
