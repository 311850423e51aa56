// Firms: search by part of a Chinese or English name (or the beginning of a credit code) as you type, filter, sort
// by name or founding day, page on the server, and export what the list shows.
import { Card, Flex, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortChange, sortFilter } from '../../../shared/list/sorting'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions, useIndustryOptions } from '../../../shared/reference/options'
import { firmSizes, firmStages } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SearchFilter, SelectFilter, YesFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ParkName } from '../parks/ParkName'
import { FirmTable } from './FirmTable'
import { firmExportPath, firmPages, firmSortDefault, firmSortKeys, type FirmFilters } from './firms.queries'

export function FirmsPage() {
  const { t } = useTranslation('registry')
  const industries = useIndustryOptions()
  const stages = enumOptions(firmStages, (stage) => t(`enums.stage.${stage}`))
  const sizes = enumOptions(firmSizes, (size) => t(`enums.size.${size}`))
  const { isChinese } = useLanguage()
  const defaultSort = firmSortDefault(isChinese)
  const list = usePagedList(firmPages, (url): FirmFilters => ({
    q: url.text('q'),
    city: url.text('city'),
    industry: url.text('industry'),
    park: url.text('park'),
    stage: url.choice('stage', firmStages),
    size: url.choice('size', firmSizes),
    leading: url.flag('leading'),
    highTech: url.flag('highTech'),
    // a directory runs by name in the reader's language unless a header says otherwise
    sort: sortFilter(url, firmSortKeys, defaultSort),
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
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ExportButton path={firmExportPath} query={{ ...list.filters }} />
        </Flex>
        <PagedRows list={list}>
          <FirmTable
            firms={list.items}
            loading={list.query.isFetching}
            sorting={{ sort: list.filters.sort ?? defaultSort, onChange: sortChange(list.url) }}
          />
        </PagedRows>
      </Card>
    </>
  )
}
