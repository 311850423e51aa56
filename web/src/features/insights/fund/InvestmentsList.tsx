// The fund's investments, newest first, filtered by industry, city, stage, round and exit, or found by number or
// firm, sorted by a header; a row opens the investment; the list exports as filtered and sorted (the server writes
// the file).
import { Button, Card, Flex, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { ExportButton } from '../../../shared/list/ExportButton'
import { PagedTable } from '../../../shared/list/PagedRows'
import { sortable, sortChange, sortFilter } from '../../../shared/list/sorting'
import { usePagedList } from '../../../shared/list/usePagedList'
import type { UrlFilters } from '../../../shared/list/useUrlFilters'
import { column, moneyColumn, type Column } from '../../../shared/ui/columns'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { Day } from '../../../shared/ui/Formatted'
import {
  investmentExportPath,
  investmentSortKeys,
  investmentsSource,
  type InvestmentFilters,
} from '../common/insights.queries'
import type { FundFigures, Investment } from '../common/insights.types'
import { fundRounds, fundStages, industryOptions, isFundIndustry, stageOptions } from './fundOptions'

function readFilters(url: UrlFilters, figures: FundFigures | undefined): InvestmentFilters {
  const industry = url.text('industry')
  const exited = url.choice('exited', ['yes', 'no'] as const)
  return {
    industry: industry !== undefined && isFundIndustry(industry, figures) ? industry : undefined,
    city: url.text('city'),
    stage: url.choice('stage', fundStages),
    round: url.choice('round', fundRounds),
    exited: exited === undefined ? undefined : exited === 'yes',
    q: url.text('q'),
    // a history: the newest investments first unless a header says otherwise
    sort: sortFilter(url, investmentSortKeys, '-investedOn'),
  }
}

export function InvestmentsList({
  figures,
  onOpen,
}: {
  figures: FundFigures | undefined
  onOpen: (id: string) => void
}) {
  const { t } = useTranslation('insights')
  const { nameOf } = useLanguage()
  const list = usePagedList(investmentsSource, (url) => readFilters(url, figures))
  const sort = list.filters.sort ?? '-investedOn'
  const columns: Column<Investment>[] = [
    column(
      'number',
      t('fund.number'),
      (row) => (
        <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onOpen(row.id)}>
          {row.number}
        </Button>
      ),
      { width: 150, fixed: 'left' },
    ),
    column('firm', t('fund.firm'), (row) => nameOf(row.firm), { width: 240, ellipsis: true }),
    column('city', t('fund.city'), (row) => nameOf(row.city), 100),
    column('industry', t('fund.industry'), (row) => nameOf(row.industry), 120),
    column('stage', t('fund.stage'), (row) => nameOf(row.stage), 90),
    column('round', t('fund.round'), (row) => t(`fund.rounds.${row.round}`), 90),
    sortable(
      moneyColumn('amount', t('fund.amount'), (row) => row.amountFen, 160),
      'amountFen',
      sort,
    ),
    sortable(
      column('investedOn', t('fund.investedOn'), (row) => <Day day={row.investedOn} />, 130),
      'investedOn',
      sort,
    ),
    column(
      'exit',
      t('fund.exit'),
      (row) => (row.exit === null ? '—' : <Tag color="green">{t(`fund.exitKinds.${row.exit.kind}`)}</Tag>),
      110,
    ),
  ]
  return (
    <Card title={t('fund.investmentsTitle')}>
      <FilterBar
        url={list.url}
        values={{ ...list.filters, exited: list.url.text('exited') }}
        idPrefix="investments"
      >
        <SearchFilter label={t('fund.search')} placeholder={t('fund.searchPlaceholder')} width={240} />
        <SelectFilter
          name="industry"
          label={t('fund.industry')}
          options={industryOptions(figures, nameOf)}
          width={150}
        />
        <CityFilter />
        <SelectFilter
          name="stage"
          label={t('fund.stage')}
          options={stageOptions(figures, nameOf)}
          width={120}
        />
        <SelectFilter
          name="round"
          label={t('fund.round')}
          options={fundRounds.map((round) => ({ value: round, label: t(`fund.rounds.${round}`) }))}
          width={120}
        />
        <SelectFilter
          name="exited"
          label={t('fund.exit')}
          options={[
            { value: 'yes', label: t('fund.exitedYes') },
            { value: 'no', label: t('fund.exitedNo') },
          ]}
          width={120}
        />
      </FilterBar>
      <Flex justify="flex-end" gap="small" wrap style={{ marginBottom: 12 }}>
        <ExportButton path={investmentExportPath} query={{ ...list.filters }} />
      </Flex>
      <PagedTable<Investment>
        list={list}
        notice={false}
        columns={columns}
        scroll={{ x: 1200 }}
        onChange={sortChange(list.url)}
        onRow={(row) => ({ onDoubleClick: () => onOpen(row.id) })}
        data-testid="fund-investments"
      />
    </Card>
  )
}
