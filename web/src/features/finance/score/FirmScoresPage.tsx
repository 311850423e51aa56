// Finding a firm's score card: officers and the workstation search the firms of their city, the corridor office any
// city's; each row opens the firm's score card.
import { Card, Empty, Select, Table, type TableColumnsType } from 'antd'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { Firm } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SearchInput } from '../../../shared/ui/SearchInput'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { tableScroll } from '../../../shared/ui/tables'
import { FirmTags } from '../../registry/firms/FirmTags'
import { firmPages } from '../../registry/firms/firms.queries'
import { CityName } from '../../../shared/reference/CityName'
import { IndustryName } from '../../../shared/reference/IndustryName'
import { useCityOptions } from '../../../shared/reference/options'

export function FirmScoresPage() {
  const { t } = useTranslation(['finance', 'registry'])
  const { nameOf, otherNameOf } = useLanguage()
  const user = useCurrentUser()
  const cities = useCityOptions()
  const anyCity = user.role === 'corridor_admin'
  const {
    filters,
    url,
    query: page,
    pager,
  } = usePagedList(firmPages, (url) => ({
    q: url.text('q'),
    city: anyCity ? url.text('city') : (user.cityCode ?? undefined),
  }))
  const firms = page.data?.items ?? []
  const { setFilter } = url
  const onSearch = useCallback((query: string) => setFilter('q', query), [setFilter])

  const columns: TableColumnsType<Firm> = [
    {
      key: 'name',
      title: t('registry:firms.columns.name'),
      render: (_, firm) => (
        <>
          {nameOf(firm)}
          <span className="g60-secondary-name">{otherNameOf(firm)}</span>
        </>
      ),
    },
    {
      key: 'city',
      title: t('common.city'),
      width: 110,
      render: (_, firm) => <CityName code={firm.cityCode} />,
    },
    {
      key: 'industry',
      title: t('registry:firms.columns.industry'),
      width: 140,
      render: (_, firm) => <IndustryName code={firm.industryCode} />,
    },
    {
      key: 'stage',
      title: t('registry:firms.columns.stage'),
      width: 90,
      render: (_, firm) => t(`enums.stage.${firm.stage}`),
    },
    {
      key: 'tags',
      title: t('firms.certifications'),
      width: 200,
      render: (_, firm) => <FirmTags firm={firm} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 130,
      render: (_, firm) => (
        <LinkButton size="small" type="primary" ghost to={`/finance/firms/${firm.id}`}>
          {t('firms.openScore')}
        </LinkButton>
      ),
    },
  ]

  return (
    <>
      <PageTitle title={t('nav.firmScores')} subtitle={t('firms.subtitle')} />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="finance-firm-search" label={t('registry:firms.search')} width={300}>
            <SearchInput
              id="finance-firm-search"
              label={t('registry:firms.search')}
              placeholder={t('registry:firms.searchPlaceholder')}
              value={filters.q ?? ''}
              onSearch={onSearch}
            />
          </FilterField>
          {anyCity && (
            <FilterField id="finance-firm-city" label={t('common.city')} width={150}>
              <Select
                id="finance-firm-city"
                allowClear
                placeholder={t('common.all')}
                options={cities.options}
                loading={cities.loading}
                value={filters.city}
                onChange={(code?: string) => setFilter('city', code)}
              />
            </FilterField>
          )}
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={firms.some((firm) => firm.isSynthetic)} />
        <Table<Firm>
          rowKey="id"
          columns={columns}
          dataSource={firms}
          loading={page.isFetching}
          pagination={false}
          size="middle"
          scroll={tableScroll}
          locale={{ emptyText: <Empty description={t('common.noResults')} /> }}
          data-testid="finance-firm-table"
        />
        <CursorPager pager={pager} />
      </Card>
    </>
  )
}
