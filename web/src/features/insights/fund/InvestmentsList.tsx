// The fund's investments, newest first, filtered by industry, city, stage, round and exit, or found by number or
// firm; a row opens the investment; the list exports as filtered.
import { Button, Card, Flex, Tag } from 'antd'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { api, unwrap } from '../../../shared/api/client'
import { useLanguage, type Named } from '../../../shared/i18n/useLanguage'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import type { UrlFilters } from '../../../shared/list/useUrlFilters'
import { column, moneyColumn, type Column } from '../../../shared/ui/columns'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { Day } from '../../../shared/ui/Formatted'
import { ExportButtons } from '../common/ExportButtons'
import { investmentsSource, type InvestmentFilters } from '../common/insights.queries'
import type { FundFigures, Investment } from '../common/insights.types'
import type { TableFile } from '../common/tableFile'
import { fundRounds, fundStages, industryOptions, isFundIndustry, stageOptions } from './fundOptions'

const exportMax = 2_000

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
  }
}

async function allInvestments(filters: InvestmentFilters): Promise<Investment[]> {
  const items: Investment[] = []
  let cursor: string | undefined
  while (items.length < exportMax) {
    const page = await unwrap(
      api.GET('/api/insights/fund/investments', { params: { query: { ...filters, limit: 100, cursor } } }),
    )
    items.push(...page.items)
    if (page.nextCursor === null) break
    cursor = page.nextCursor
  }
  return items.slice(0, exportMax)
}

function investmentsFile(
  items: Investment[],
  nameOf: (named: Named) => string,
  t: TFunction<'insights'>,
): TableFile {
  return {
    name: t('fund.investmentsFile'),
    sheet: t('fund.investmentsTitle'),
    columns: [
      { header: t('fund.number'), kind: 'text' },
      { header: t('fund.firm'), kind: 'text' },
      { header: t('fund.city'), kind: 'text' },
      { header: t('fund.industry'), kind: 'text' },
      { header: t('fund.stage'), kind: 'text' },
      { header: t('fund.round'), kind: 'text' },
      { header: t('fund.amountYuan'), kind: 'yuan' },
      { header: t('fund.investedOn'), kind: 'date' },
      { header: t('fund.exitedOn'), kind: 'date' },
      { header: t('fund.exitProceedsYuan'), kind: 'yuan' },
    ],
    rows: items.map((item) => [
      item.number,
      nameOf(item.firm),
      nameOf(item.city),
      nameOf(item.industry),
      nameOf(item.stage),
      t(`fund.rounds.${item.round}`),
      item.amountFen,
      item.investedOn,
      item.exit?.exitedOn ?? null,
      item.exit?.proceedsFen ?? null,
    ]),
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
    moneyColumn('amount', t('fund.amount'), (row) => row.amountFen, 160),
    column('investedOn', t('fund.investedOn'), (row) => <Day day={row.investedOn} />, 130),
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
        <ExportButtons
          table={async () => investmentsFile(await allInvestments(list.filters), nameOf, t)}
          testId="investments-export"
        />
      </Flex>
      <PagedTable<Investment>
        list={list}
        notice={false}
        columns={columns}
        scroll={{ x: 1200 }}
        onRow={(row) => ({ onDoubleClick: () => onOpen(row.id) })}
        data-testid="fund-investments"
      />
    </Card>
  )
}
