// Institutions of the corridor's financial services alliance: banks, funds, insurers, guarantors, advisers.
import { Card, Empty, Select, Table, Tag, type TableColumnsType } from 'antd'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Institution } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { institutionKinds } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SearchInput } from '../../../shared/ui/SearchInput'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { CityName } from '../../../shared/reference/CityName'
import { useCityOptions, enumOptions } from '../../../shared/reference/options'
import { institutionPages, type InstitutionFilters } from './institutions.queries'
import { tableScroll } from '../../../shared/ui/tables'

export function InstitutionsPage() {
  const { t } = useTranslation('registry')
  const { nameOf, otherNameOf } = useLanguage()
  const cities = useCityOptions()
  const kinds = enumOptions(institutionKinds, (kind) => t(`enums.institutionKind.${kind}`))
  const {
    filters: institutionFilters,
    url,
    query: page,
    pager,
  } = usePagedList(institutionPages, (url): InstitutionFilters => ({
    q: url.text('q'),
    city: url.text('city'),
    kind: url.choice('kind', institutionKinds),
  }))
  const institutions = page.data?.items ?? []
  const { setFilter } = url
  const onSearch = useCallback((query: string) => setFilter('q', query), [setFilter])

  const columns: TableColumnsType<Institution> = [
    {
      key: 'name',
      title: t('institutions.columns.name'),
      render: (_, institution) => (
        <>
          <Link to={`/institutions/${institution.id}`}>{nameOf(institution)}</Link>
          <span className="g60-secondary-name">{otherNameOf(institution)}</span>
        </>
      ),
    },
    {
      key: 'kind',
      title: t('institutions.columns.kind'),
      width: 140,
      render: (_, institution) => t(`enums.institutionKind.${institution.kind}`),
    },
    {
      key: 'city',
      title: t('common.city'),
      width: 130,
      render: (_, institution) => <CityName code={institution.cityCode} />,
    },
    {
      key: 'member',
      title: t('institutions.columns.allianceMember'),
      width: 150,
      render: (_, institution) =>
        institution.isAllianceMember ? <Tag color="green">{t('institutions.member')}</Tag> : t('common.no'),
    },
    { key: 'joinedOn', title: t('institutions.columns.joinedOn'), width: 130, dataIndex: 'joinedOn' },
  ]

  return (
    <>
      <PageTitle title={t('institutions.title')} subtitle={t('institutions.subtitle')} />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="institution-search" label={t('institutions.search')} width={300}>
            <SearchInput
              id="institution-search"
              label={t('institutions.search')}
              placeholder={t('institutions.searchPlaceholder')}
              value={institutionFilters.q ?? ''}
              onSearch={onSearch}
            />
          </FilterField>
          <FilterField id="institution-city" label={t('common.city')} width={150}>
            <Select
              id="institution-city"
              allowClear
              placeholder={t('common.all')}
              options={cities.options}
              loading={cities.loading}
              value={institutionFilters.city}
              onChange={(city?: string) => setFilter('city', city)}
            />
          </FilterField>
          <FilterField id="institution-kind" label={t('institutions.columns.kind')} width={170}>
            <Select
              id="institution-kind"
              allowClear
              placeholder={t('common.all')}
              options={kinds}
              value={institutionFilters.kind}
              onChange={(kind?: string) => setFilter('kind', kind)}
            />
          </FilterField>
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={institutions.some((institution) => institution.isSynthetic)} />
        <Table<Institution>
          rowKey="id"
          columns={columns}
          dataSource={institutions}
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
