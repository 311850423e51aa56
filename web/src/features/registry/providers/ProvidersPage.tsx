// Service providers: labs, test centres, universities and research institutes, with their admission status.
import { Card, Flex, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortable, sortChange, sortFilter } from '../../../shared/list/sorting'
import type { Provider } from '../../../shared/api/types'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions } from '../../../shared/reference/options'
import { cityColumn, column, nameColumn } from '../../../shared/ui/columns'
import { admissionStatuses, providerKinds } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { AdmissionStatusTag } from './AdmissionStatusTag'
import {
  providerExportPath,
  providerPages,
  providerSortKeys,
  type ProviderFilters,
} from './providers.queries'

export function ProvidersPage() {
  const { t } = useTranslation('registry')
  const kinds = enumOptions(providerKinds, (kind) => t(`enums.providerKind.${kind}`))
  const statuses = enumOptions(admissionStatuses, (status) => t(`enums.admissionStatus.${status}`))
  const { isChinese } = useLanguage()
  const nameKey = isChinese ? 'nameZh' : 'nameEn'
  const list = usePagedList(providerPages, (url): ProviderFilters => ({
    q: url.text('q'),
    city: url.text('city'),
    kind: url.choice('kind', providerKinds),
    status: url.choice('status', admissionStatuses),
    // a directory runs by name in the reader's language unless a header says otherwise
    sort: sortFilter(url, providerSortKeys, nameKey),
  }))
  const sort = list.filters.sort ?? nameKey

  const columns: TableColumnsType<Provider> = [
    sortable(
      nameColumn(t('providers.columns.name'), (provider) => `/providers/${provider.id}`),
      nameKey,
      sort,
    ),
    column('kind', t('providers.columns.kind'), (provider) => t(`enums.providerKind.${provider.kind}`), 130),
    cityColumn(t('common.city'), (provider) => provider.cityCode),
    sortable(
      column(
        'status',
        t('providers.columns.admissionStatus'),
        (provider) => <AdmissionStatusTag status={provider.admissionStatus} />,
        130,
      ),
      'admissionStatus',
      sort,
    ),
    sortable(
      column(
        'since',
        t('providers.columns.admissionUpdatedOn'),
        (provider) => provider.admissionUpdatedOn,
        130,
      ),
      'admissionUpdatedOn',
      sort,
    ),
  ]

  return (
    <>
      <PageTitle title={t('providers.title')} subtitle={t('providers.subtitle')} />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="provider">
          <SearchFilter label={t('providers.search')} placeholder={t('providers.searchPlaceholder')} />
          <CityFilter />
          <SelectFilter name="kind" label={t('providers.columns.kind')} options={kinds} />
          <SelectFilter name="status" label={t('providers.columns.admissionStatus')} options={statuses} />
        </FilterBar>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ExportButton path={providerExportPath} query={{ ...list.filters }} />
        </Flex>
        <PagedTable list={list} columns={columns} onChange={sortChange<Provider>(list.url)} />
      </Card>
    </>
  )
}
