// Choosing an organisation by typing part of its name: a firm, a service provider or a financial institution, found
// through the registry's own search (GET /api/firms, /api/providers, /api/institutions) and named in the user's
// language, never by an id typed by hand.
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../api/client'
import { useLanguage, type Named } from '../i18n/useLanguage'
import { useTypedSearch } from './useTypedSearch'

export type OrganisationKind = 'firm' | 'provider' | 'institution'

const optionsMax = 20

interface Found extends Named {
  id: string
}

async function searchOrganisations(
  kind: OrganisationKind,
  query: { q?: string; city?: string; limit: number },
  signal: AbortSignal,
): Promise<Found[]> {
  const page =
    kind === 'firm'
      ? await unwrap(api.GET('/api/firms', { params: { query }, signal }))
      : kind === 'provider'
        ? await unwrap(api.GET('/api/providers', { params: { query }, signal }))
        : await unwrap(api.GET('/api/institutions', { params: { query }, signal }))
  return page.items.map((item) => ({ id: item.id, nameZh: item.nameZh, nameEn: item.nameEn }))
}

export interface OrganisationPickerProps {
  id?: string
  kind: OrganisationKind
  /** narrows the search to one city's organisations */
  city?: string | undefined
  value?: string | null
  onChange?: (organisationId: string | null) => void
  /** the names of the organisation already chosen, shown before any search has found it */
  current?: (Named & { id: string }) | null
  placeholder?: string
  'aria-label'?: string
}

export function OrganisationPicker({
  id,
  kind,
  city,
  value,
  onChange,
  current,
  placeholder,
  ...rest
}: OrganisationPickerProps) {
  const { t } = useTranslation()
  const { nameOf, otherNameOf } = useLanguage()
  const { query, setText } = useTypedSearch()
  const found = useQuery({
    queryKey: ['organisation-picker', kind, city, query],
    queryFn: ({ signal }) =>
      searchOrganisations(
        kind,
        { ...(query === '' ? {} : { q: query }), ...(city === undefined ? {} : { city }), limit: optionsMax },
        signal,
      ),
    placeholderData: keepPreviousData,
  })
  const items = found.data ?? []
  const withCurrent =
    current !== undefined && current !== null && !items.some((item) => item.id === current.id)
      ? [current, ...items]
      : items
  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      onChange={(chosen: string | undefined) => onChange?.(chosen ?? null)}
      loading={found.isFetching}
      placeholder={placeholder}
      notFoundContent={found.isFetching ? t('common.loading') : t('common.noResults')}
      options={withCurrent.map((item) => ({
        value: item.id,
        label: nameOf(item),
        title: otherNameOf(item),
      }))}
      data-testid="organisation-picker"
    />
  )
}
