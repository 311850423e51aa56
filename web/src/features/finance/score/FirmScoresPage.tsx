// Finding a firm's score card: officers and the workstation search the firms of their city, the corridor office any
// city's; each row opens the firm's score card.
import { Card, Empty, Select, Table, type TableColumnsType } from 'antd'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Firm } from '../../../shared/api/types'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SearchInput } from '../../../shared/ui/SearchInput'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { tableScroll } from '../../../shared/ui/tables'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useUrlFilters } from '../../../shared/ui/useUrlFilters'
import { FirmTags } from '../../registry/firms/FirmTags'
import { useFirmPage } from '../../registry/firms/firms.queries'
import { CityName } from '../../registry/reference/CityName'
import { IndustryName } from '../../registry/reference/IndustryName'
import { useCityOptions } from '../../registry/reference/options'

export function FirmScoresPage() {
  const { t } = useTranslation()
  const { nameOf, otherNameOf } = useLanguage()
  const user = useCurrentUser()
  const url = useUrlFilters()
  const cities = useCityOptions()
  const [pageSize, setPageSize] = useState(20)
  const anyCity = user.role === 'corridor_admin'
  const city = anyCity ? url.text('city') : (user.cityCode ?? undefined)
  const filters = { q: url.text('q'), city }
  const pager = useCursorPager(JSON.stringify([filters, pageSize]))
  const page = useFirmPage(filters, pager.cursor, pageSize)
  const firms = page.data?.items ?? []
  const { setFilter } = url
  const onSearch = useCallback((query: string) => setFilter('q', query), [setFilter])

  const columns: TableColumnsType<Firm> = [
    {
      key: 'name',
      title: t('firms.columns.name'),
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
      title: t('firms.columns.industry'),
      width: 140,
      render: (_, firm) => <IndustryName code={firm.industryCode} />,
    },
    {
      key: 'stage',
      title: t('firms.columns.stage'),
      width: 90,
      render: (_, firm) => t(`enums.stage.${firm.stage}`),
    },
    {
      key: 'tags',
      title: t('finance.firms.certifications'),
      width: 200,
      render: (_, firm) => <FirmTags firm={firm} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 130,
      render: (_, firm) => (
        <LinkButton size="small" type="primary" ghost to={`/finance/firms/${firm.id}`}>
          {t('finance.firms.openScore')}
        </LinkButton>
      ),
    },
  ]

  return (
    <>
      <PageTitle title={t('finance.nav.firmScores')} subtitle={t('finance.firms.subtitle')} />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="finance-firm-search" label={t('firms.search')} width={300}>
            <SearchInput
              id="finance-firm-search"
              label={t('firms.search')}
              placeholder={t('firms.searchPlaceholder')}
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
                value={city}
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
        <CursorPager
          pager={pager}
          nextCursor={page.data?.nextCursor}
          pageSize={pageSize}
          onPageSizeChange={setPageSize}
          busy={page.isFetching}
          itemsOnPage={firms.length}
        />
      </Card>
    </>
  )
}
