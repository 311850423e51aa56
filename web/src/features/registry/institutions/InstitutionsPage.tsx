// Institutions of the corridor's financial services alliance: banks, funds, insurers, guarantors, advisers.
import { Card, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Institution } from '../../../shared/api/types'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions } from '../../../shared/reference/options'
import { cityColumn, column, nameColumn } from '../../../shared/ui/columns'
import { institutionKinds } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { institutionPages, type InstitutionFilters } from './institutions.queries'

export function InstitutionsPage() {
  const { t } = useTranslation('registry')
  const kinds = enumOptions(institutionKinds, (kind) => t(`enums.institutionKind.${kind}`))
  const list = usePagedList(institutionPages, (url): InstitutionFilters => ({
    q: url.text('q'),
    city: url.text('city'),
    kind: url.choice('kind', institutionKinds),
  }))

  const columns: TableColumnsType<Institution> = [
    nameColumn(t('institutions.columns.name'), (institution) => `/institutions/${institution.id}`),
    column('kind', t('institutions.columns.kind'), (row) => t(`enums.institutionKind.${row.kind}`), 140),
    cityColumn(t('common.city'), (institution) => institution.cityCode),
    column(
      'member',
      t('institutions.columns.allianceMember'),
      (row) => (row.isAllianceMember ? <Tag color="green">{t('institutions.member')}</Tag> : t('common.no')),
      150,
    ),
    { key: 'joinedOn', title: t('institutions.columns.joinedOn'), width: 130, dataIndex: 'joinedOn' },
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
        <PagedTable list={list} columns={columns} />
      </Card>
    </>
  )
}
