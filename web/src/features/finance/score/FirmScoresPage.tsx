// Finding a firm's score card: officers and the workstation search the firms of their city, the corridor office any
// city's; each row opens the firm's score card.
import { Card, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Firm } from '../../../shared/api/types'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { IndustryName } from '../../../shared/reference/IndustryName'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { cityColumn, column, nameColumn, openColumn } from '../../../shared/ui/columns'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SearchFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { FirmTags } from '../../registry/firms/FirmTags'
import { firmPages } from '../../registry/firms/firms.queries'

export function FirmScoresPage() {
  const { t } = useTranslation(['finance', 'registry'])
  const user = useCurrentUser()
  const anyCity = user.role === 'corridor_admin'
  const list = usePagedList(firmPages, (url) => ({
    q: url.text('q'),
    city: anyCity ? url.text('city') : (user.cityCode ?? undefined),
  }))

  const columns: TableColumnsType<Firm> = [
    nameColumn(t('registry:firms.columns.name')),
    cityColumn(t('common.city'), (firm) => firm.cityCode, 110),
    column(
      'industry',
      t('registry:firms.columns.industry'),
      (firm) => <IndustryName code={firm.industryCode} />,
      140,
    ),
    column('stage', t('registry:firms.columns.stage'), (firm) => t(`enums.stage.${firm.stage}`), 90),
    column('tags', t('firms.certifications'), (firm) => <FirmTags firm={firm} />, 200),
    openColumn(t('common.actions'), t('firms.openScore'), (firm) => `/finance/firms/${firm.id}`, 130),
  ]

  return (
    <>
      <PageTitle title={t('nav.firmScores')} subtitle={t('firms.subtitle')} />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="finance-firm">
          <SearchFilter
            label={t('registry:firms.search')}
            placeholder={t('registry:firms.searchPlaceholder')}
          />
          {anyCity && <CityFilter />}
        </FilterBar>
        <PagedTable list={list} columns={columns} data-testid="finance-firm-table" />
      </Card>
    </>
  )
}
