// Insights home (洞察): the corridor map with the flows of one kind between the nine cities, the cross-city share of
// each kind, and the corridor's integration index over the months with its breakdown by kind; each chart with its
// table and export. A flow on the map (or in its table) opens the records behind it on the flows page.
import { Card, Flex } from 'antd'
import { lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { ChartCard } from '../../../shared/charts/ChartCard'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { useCities } from '../../../shared/reference/reference.queries'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ExportButton } from '../../../shared/list/ExportButton'
import { figureExportPaths, useFlows, useIndexSeries } from '../common/insights.queries'
import { flowKinds } from '../common/kinds'
import { formatMonthRange, validPeriod } from '../common/period'
import { PeriodFilter } from '../common/PeriodFilter'
import { useCityAxis } from '../common/useCityAxis'
import { cellParameters } from '../flows/useOpenCell'
import { indexRows } from '../index/indexSeries'
import { IndexTable } from '../index/IndexTable'
import { FlowList } from './FlowList'
import { ShareFigures } from './ShareFigures'

const chartsModule = Promise.all([import('./FlowMap'), import('../index/IndexChart')])
const FlowMap = lazy(async () => ({ default: (await chartsModule)[0].FlowMap }))
const IndexChart = lazy(async () => ({ default: (await chartsModule)[1].IndexChart }))

const corridorScope = 'G60'

export function InsightsHomePage() {
  const { t } = useTranslation('insights')
  const { language } = useLanguage()
  const navigate = useNavigate()
  const url = useUrlFilters()
  const period = validPeriod(url.text('period'))
  const kind = url.choice('kind', flowKinds) ?? 'voucher'
  const flows = useFlows({ period })
  const index = useIndexSeries({ period, scope: corridorScope })
  const cities = useCities()
  const axis = useCityAxis()
  const matrix = flows.data?.matrices.find((candidate) => candidate.kind === kind)
  const periodText = flows.data === undefined ? '' : formatMonthRange(flows.data.range, language)
  const rows = indexRows(index.data?.scopes.find((scope) => scope.scope === corridorScope))
  const openCell = (from: string, to: string) => {
    const query = new URLSearchParams({
      ...(period === undefined ? {} : { period }),
      ...cellParameters(kind, from, to),
    })
    void navigate(`/insights/flows?${query.toString()}`)
  }
  const openCity = (code: string) => {
    const query = new URLSearchParams({ ...(period === undefined ? {} : { period }), city: code, kind })
    void navigate(`/insights/flows?${query.toString()}`)
  }
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('nav.overview')}
        subtitle={t('home.subtitle')}
        extra={<LinkButton to="/insights/flows">{t('home.openMatrices')}</LinkButton>}
      />
      <Card>
        <FilterBar url={url} values={{ period, kind }} idPrefix="insights">
          <SelectFilter
            name="kind"
            label={t('flows.kind')}
            width={170}
            fallback="voucher"
            value={kind}
            options={flowKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          />
          <PeriodFilter period={period} />
        </FilterBar>
      </Card>
      <QueryError query={flows} />
      <ShareFigures matrices={flows.data?.matrices} loading={flows.isPending} />
      <ChartCard
        title={t('home.mapTitle', { kind: t(`kinds.${kind}`), period: periodText })}
        height={480}
        testId="insights-map"
        chart={
          matrix !== undefined &&
          cities.data !== undefined && (
            <FlowMap cities={cities.data} matrix={matrix} onOpenCell={openCell} onOpenCity={openCity} />
          )
        }
        table={
          matrix === undefined ? null : (
            <FlowList matrix={matrix} cityName={axis.nameOf} onOpenCell={openCell} />
          )
        }
        actions={
          <ExportButton
            path={figureExportPaths.flows}
            query={{ period, kind, order: 'largest' }}
            testId="map-export"
          />
        }
      />
      <QueryError query={index} />
      <ChartCard
        title={t('home.indexTitle')}
        height={340}
        testId="insights-index"
        chart={index.data !== undefined && <IndexChart rows={rows} testId="corridor-index-chart" />}
        table={<IndexTable rows={rows} testId="corridor-index-table" />}
        actions={
          <>
            <LinkButton size="small" to="/insights/index">
              {t('home.openIndex')}
            </LinkButton>
            <ExportButton
              path={figureExportPaths.index}
              query={{ period, scope: corridorScope }}
              testId="index-export"
            />
          </>
        }
      />
    </Flex>
  )
}
