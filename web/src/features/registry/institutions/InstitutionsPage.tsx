// Institutions of the corridor's financial services alliance: banks, funds, insurers, guarantors, advisers.
import { Card, Flex, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortable, sortChange, sortFilter } from '../../../shared/list/sorting'
import type { Institution } from '../../../shared/api/types'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions } from '../../../shared/reference/options'
import { cityColumn, column, nameColumn } from '../../../shared/ui/columns'
import { institutionKinds } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import {
  institutionExportPath,
  institutionPages,
  institutionSortKeys,
  type InstitutionFilters,
} from './institutions.queries'

export function InstitutionsPage() {
  const { t } = useTranslation('registry')
  const kinds = enumOptions(institutionKinds, (kind) => t(`enums.institutionKind.${kind}`))
  const { isChinese } = useLanguage()
  const nameKey = isChinese ? 'nameZh' : 'nameEn'
  const list = usePagedList(institutionPages, (url): InstitutionFilters => ({
    q: url.text('q'),
    city: url.text('city'),
    kind: url.choice('kind', institutionKinds),
    // a directory runs by name in the reader's language unless a header says otherwise
    sort: sortFilter(url, institutionSortKeys, nameKey),
  }))
  const sort = list.filters.sort ?? nameKey

  const columns: TableColumnsType<Institution> = [
    sortable(
      nameColumn(t('institutions.columns.name'), (institution) => `/institutions/${institution.id}`),
      nameKey,
      sort,
    ),
    column('kind', t('institutions.columns.kind'), (row) => t(`enums.institutionKind.${row.kind}`), 140),
    cityColumn(t('common.city'), (institution) => institution.cityCode),
    column(
      'member',
      t('institutions.columns.allianceMember'),
      (row) => (row.isAllianceMember ? <Tag color="green">{t('institutions.member')}</Tag> : t('common.no')),
      150,
    ),
    sortable(
      column('joinedOn', t('institutions.columns.joinedOn'), (row) => row.joinedOn, 130),
      'joinedOn',
      sort,
    ),
  ]

  return (
    <>
      <PageTitle title={t('institutions.title')} subtitle={t('institutions.subtitle')} />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="institution">
          <SearchFilter label={t('institutions.search')} placeholder={t('institutions.searchPlaceholder')} />
          <CityFilter />
          <SelectFilter name="kind" label={t('institutions.columns.kind')} width={170} options={kinds} />
        </FilterBar>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ExportButton path={institutionExportPath} query={{ ...list.filters }} />
        </Flex>
        <PagedTable list={list} columns={columns} onChange={sortChange<Institution>(list.url)} />
      </Card>
    </>
  )
}
