// The G60 talent window (人才服务窗口): a professional's talent cards and their entitlements, the talent items of the
// catalogue (healthcare, schooling, housing, transport, food, the talent card itself), and the cases filed for them.
import { Card, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { sortFilter } from '../../../shared/list/sorting'
import { usePagedList } from '../../../shared/list/usePagedList'
import { cityCodes } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SearchFilter } from '../../../shared/ui/filters'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ItemTable } from '../catalogue/ItemTable'
import { CaseTable } from '../common/CaseTable'
import {
  casePages,
  itemPages,
  itemSortKeys,
  type CaseFilters,
  type ItemFilters,
} from '../common/services.queries'
import { TalentCards } from './TalentCards'

const recentCases: CaseFilters = { view: 'mine' }

export function TalentWindowPage() {
  const { t } = useTranslation('services')
  const items = usePagedList(itemPages, (url): ItemFilters => ({
    category: 'talent',
    q: url.text('q'),
    city: url.choice('city', cityCodes),
    sort: sortFilter(url, itemSortKeys, 'code'),
  }))
  // the cases are a list of their own on this page: they ignore the address the catalogue's filters use
  const cases = usePagedList(casePages, () => recentCases)
  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('nav.talent')} subtitle={t('talent.subtitle')} />
      <Card title={t('talent.cards')}>
        <TalentCards />
      </Card>
      <Card title={t('talent.items')}>
        <FilterBar url={items.url} values={items.filters} idPrefix="talent-items">
          <SearchFilter
            label={t('catalogue.search')}
            placeholder={t('talent.searchPlaceholder')}
            width={240}
          />
          <CityFilter label={t('items.competentCity')} />
        </FilterBar>
        <ItemTable list={items} testId="talent-items" />
      </Card>
      <Card
        title={t('talent.myCases')}
        extra={<LinkButton to="/services/cases">{t('talent.allCases')}</LinkButton>}
      >
        <CaseTable
          list={cases}
          showApplicant={false}
          emptyText={t('cases.mineEmpty')}
          testId="talent-cases"
        />
      </Card>
    </Flex>
  )
}
