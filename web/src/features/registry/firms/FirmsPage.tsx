// Firms: search by part of a Chinese or English name (or a credit code) as you type, filter, page on the server.
import { Card, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions, useIndustryOptions } from '../../../shared/reference/options'
import { firmSizes, firmStages } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SearchFilter, SelectFilter, YesFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ParkName } from '../parks/ParkName'
import { FirmTable } from './FirmTable'
import { firmPages, type FirmFilters } from './firms.queries'

export function FirmsPage() {
  const { t } = useTranslation('registry')
  const industries = useIndustryOptions()
  const stages = enumOptions(firmStages, (stage) => t(`enums.stage.${stage}`))
  const sizes = enumOptions(firmSizes, (size) => t(`enums.size.${size}`))
  const list = usePagedList(firmPages, (url): FirmFilters => ({
    q: url.text('q'),
    city: url.text('city'),
    industry: url.text('industry'),
    park: url.text('park'),
    stage: url.choice('stage', firmStages),
    size: url.choice('size', firmSizes),
    leading: url.flag('leading'),
    highTech: url.flag('highTech'),
  }))
  const { park } = list.filters

  return (
    <>
      <PageTitle title={t('firms.title')} subtitle={t('firms.subtitle')} />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="firm">
          <SearchFilter label={t('firms.search')} placeholder={t('firms.searchPlaceholder')} />
          <CityFilter />
          <SelectFilter name="industry" label={t('firms.columns.industry')} width={200} {...industries} />
          <SelectFilter name="stage" label={t('firms.columns.stage')} width={130} options={stages} />
          <SelectFilter name="size" label={t('firms.columns.size')} width={130} options={sizes} />
          <YesFilter name="leading" label={t('firms.filters.leading')} />
          <YesFilter name="highTech" label={t('firms.filters.highTech')} />
        </FilterBar>
        {park !== undefined && (
          <Tag closable onClose={() => list.url.setFilter('park', undefined)} style={{ marginBottom: 12 }}>
            {t('firms.filters.park')}: <ParkName id={park} />
          </Tag>
        )}
        <PagedRows list={list}>
          <FirmTable firms={list.items} loading={list.query.isFetching} />
        </PagedRows>
      </Card>
    </>
  )
}
