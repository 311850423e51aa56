// Service providers: labs, test centres, universities and research institutes, with their admission status.
import { Card, Empty, Select, Table, type TableColumnsType } from 'antd'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Provider } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { admissionStatuses, providerKinds } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SearchInput } from '../../../shared/ui/SearchInput'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { CityName } from '../../../shared/reference/CityName'
import { useCityOptions, enumOptions } from '../../../shared/reference/options'
import { AdmissionStatusTag } from './AdmissionStatusTag'
import { providerPages, type ProviderFilters } from './providers.queries'
import { tableScroll } from '../../../shared/ui/tables'

export function ProvidersPage() {
  const { t } = useTranslation('registry')
  const { nameOf, otherNameOf } = useLanguage()
  const cities = useCityOptions()
  const kinds = enumOptions(providerKinds, (kind) => t(`enums.providerKind.${kind}`))
  const statuses = enumOptions(admissionStatuses, (status) => t(`enums.admissionStatus.${status}`))
  const {
    filters: providerFilters,
    url,
    query: page,
    pager,
  } = usePagedList(providerPages, (url): ProviderFilters => ({
    q: url.text('q'),
    city: url.text('city'),
    kind: url.choice('kind', providerKinds),
    status: url.choice('status', admissionStatuses),
  }))
  const providers = page.data?.items ?? []
  const { setFilter } = url
  const onSearch = useCallback((query: string) => setFilter('q', query), [setFilter])

  const columns: TableColumnsType<Provider> = [
    {
      key: 'name',
      title: t('providers.columns.name'),
      render: (_, provider) => (
        <>
          <Link to={`/providers/${provider.id}`}>{nameOf(provider)}</Link>
          <span className="g60-secondary-name">{otherNameOf(provider)}</span>
        </>
      ),
    },
    {
      key: 'kind',
      title: t('providers.columns.kind'),
      width: 130,
      render: (_, provider) => t(`enums.providerKind.${provider.kind}`),
    },
    {
      key: 'city',
      title: t('common.city'),
      width: 130,
      render: (_, provider) => <CityName code={provider.cityCode} />,
    },
    {
      key: 'status',
      title: t('providers.columns.admissionStatus'),
      width: 130,
      render: (_, provider) => <AdmissionStatusTag status={provider.admissionStatus} />,
    },
    {
      key: 'since',
      title: t('providers.columns.admissionUpdatedOn'),
      width: 130,
      dataIndex: 'admissionUpdatedOn',
    },
  ]

  return (
    <>
      <PageTitle title={t('providers.title')} subtitle={t('providers.subtitle')} />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="provider-search" label={t('providers.search')} width={300}>
            <SearchInput
              id="provider-search"
              label={t('providers.search')}
              placeholder={t('providers.searchPlaceholder')}
              value={providerFilters.q ?? ''}
              onSearch={onSearch}
            />
          </FilterField>
          <FilterField id="provider-city" label={t('common.city')} width={150}>
            <Select
              id="provider-city"
              allowClear
              placeholder={t('common.all')}
              options={cities.options}
              loading={cities.loading}
              value={providerFilters.city}
              onChange={(city?: string) => setFilter('city', city)}
            />
          </FilterField>
          <FilterField id="provider-kind" label={t('providers.columns.kind')} width={150}>
            <Select
              id="provider-kind"
              allowClear
              placeholder={t('common.all')}
              options={kinds}
              value={providerFilters.kind}
              onChange={(kind?: string) => setFilter('kind', kind)}
            />
          </FilterField>
          <FilterField id="provider-status" label={t('providers.columns.admissionStatus')} width={150}>
            <Select
              id="provider-status"
              allowClear
              placeholder={t('common.all')}
              options={statuses}
              value={providerFilters.status}
              onChange={(status?: string) => setFilter('status', status)}
            />
          </FilterField>
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={providers.some((provider) => provider.isSynthetic)} />
        <Table<Provider>
          rowKey="id"
          columns={columns}
          dataSource={providers}
          loading={page.isFetching}
          pagination={false}
          size="middle"
          scroll={tableScroll}
          locale={{ emptyText: <Empty description={t('common.noResults')} /> }}
        />
        <CursorPager pager={pager} />
      </Card>
    </>
  )
}
