// The licences a firm can present instead of a material's file (licence:<Type>): its active licences of each type
// asked for, from its wallet, as the choices of a select; and why the server refused the one presented.
import { useQueries } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../../shared/api/client'
import { isApiError } from '../../../shared/api/errors'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { formatShanghaiDay } from '../common/Dates'
import { licencesQueryKey } from '../common/licences.queries'
import type { Licence } from '../common/licences.types'

/** the most licences of one type a firm is offered (the API's page bound) */
const licencesOfTypeMax = 100

export interface LicenceChoice {
  value: string
  label: string
}

/** The firm's active licences of each of `types`, as choices by type (none asked when `types` is empty). */
export function useWalletChoices(types: readonly string[]): {
  byType: ReadonlyMap<string, LicenceChoice[]>
  loading: boolean
} {
  const { t } = useTranslation('licences')
  const { nameOf, language } = useLanguage()
  const choiceOf = (licence: Licence): LicenceChoice => ({
    value: licence.id,
    label: t('picker.option', {
      issuer: nameOf({ nameZh: licence.issuerNameZh, nameEn: licence.issuerNameEn }),
      until: formatShanghaiDay(licence.validUntil, language),
      caseNumber: licence.caseNumber,
    }),
  })
  return useQueries({
    queries: types.map((type) => ({
      queryKey: [...licencesQueryKey, 'wallet-of-type', type],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        unwrap(
          api.GET('/api/licences', {
            params: { query: { status: 'active', type, limit: licencesOfTypeMax } },
            signal,
          }),
        ),
    })),
    combine: (results) => ({
      byType: new Map(
        results.map((result, index) => [types[index] ?? '', (result.data?.items ?? []).map(choiceOf)]),
      ),
      loading: results.some((result) => result.isPending),
    }),
  })
}

/** why the server may refuse a presented licence (details.refusal of SERVICE_MATERIAL_REFERENCE_INVALID) */
const refusals = [
  'not_found',
  'other_holder',
  'other_type',
  'suspended',
  'revoked',
  'expired',
  'not_yet_valid',
  'not_verified',
] as const
export type ReferenceRefusal = (typeof refusals)[number]

/** The refusal of a presented licence in an error, or null. */
export function referenceRefusalOf(error: unknown): ReferenceRefusal | null {
  if (!isApiError(error) || error.code !== 'SERVICE_MATERIAL_REFERENCE_INVALID') return null
  const refusal = error.details.refusal
  return refusals.find((known) => known === refusal) ?? null
}

/** Words for why a presented licence was refused (a line under the server's message), or undefined. */
export function useReferenceRefusalText(): (error: unknown) => string | undefined {
  const { t } = useTranslation('licences')
  return (error) => {
    const refusal = referenceRefusalOf(error)
    return refusal === null ? undefined : t(`picker.refusal.${refusal}`)
  }
}
