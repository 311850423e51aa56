// The flow matrices (跨城流动矩阵): for a period (and a city, and a kind), a 9 × 9 heat map per kind with its table
// and its export; a click on a cell opens the records behind it.
import { Alert, Card, Flex, Typography } from 'antd'
import { lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartCard } from '../../../shared/charts/ChartCard'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SelectFilter } from '../../../shared/ui/filters'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ExportButton } from '../../../shared/list/ExportButton'
import { figureExportPaths, useFlows } from '../common/insights.queries'
import type { FlowMatrix } from '../common/insights.types'
import { flowKinds, formatFlowValue, formatShare, unitOfKind } from '../common/kinds'
import { formatMonthRange, validPeriod } from '../common/period'
import { PeriodFilter } from '../common/PeriodFilter'
import { useCityAxis, type CityAxis } from '../common/useCityAxis'
import { MatrixTable } from './MatrixTable'
import { RecordsDrawer } from './RecordsDrawer'
import { useOpenCell } from './useOpenCell'

const heatmapModule = import('./FlowHeatmap')
const FlowHeatmap = lazy(async () => ({ default: (await heatmapModule).FlowHeatmap }))

function MatrixCard({
  matrix,
  axis,
  filters,
}: {
  matrix: FlowMatrix
  axis: CityAxis
  /** the page's period and city, which the export honours as the matrix does */
  filters: { period?: string | undefined; city?: string | undefined }
}) {
  const { t } = useTranslation('insights')
  const { language } = useLanguage()
  const { open } = useOpenCell()
  const unit = unitOfKind[matrix.kind]
  const onOpenCell = (from: string, to: string) => open(matrix.kind, from, to)
  const summary = t('flows.summary', {
    total: formatFlowValue(matrix.total, unit, language),
    cross: formatFlowValue(matrix.cross, unit, language),
    share: matrix.total === 0 ? '—' : formatShare(matrix.cross / matrix.total, language),
  })
  return (
    <ChartCard
      title={`${t(`kinds.${matrix.kind}`)} · ${t(`direction.${matrix.kind}.from`)} → ${t(`direction.${matrix.kind}.to`)}`}
      height={480}
      phoneView="table"
      testId={`flow-card-${matrix.kind}`}
      chart={<FlowHeatmap matrix={matrix} {...axis} onOpenCell={onOpenCell} />}
      table={<MatrixTable matrix={matrix} {...axis} onOpenCell={onOpenCell} />}
      actions={
        <>
          <Typography.Text type="secondary" style={{ marginRight: 'auto' }}>
            {summary}
          </Typography.Text>
          <ExportButton
            path={figureExportPaths.flows}
            query={{ ...filters, kind: matrix.kind }}
            testId={`matrix-export-${matrix.kind}`}
          />
        </>
      }
    />
  )
}

export function FlowsPage() {
  const { t } = useTranslation('insights')
  const { language } = useLanguage()
  const url = useUrlFilters()
  const period = validPeriod(url.text('period'))
  const city = url.text('city')
  const kind = url.choice('kind', flowKinds)
  const flows = useFlows({ period, city, kind })
  const { ready, ...axis } = useCityAxis()
  const { cell, close } = useOpenCell()
  const range = flows.data?.range
  const periodText = range === undefined ? '' : formatMonthRange(range, language)
  const refreshed = flows.data?.refreshed
  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('nav.flows')} subtitle={t('flows.subtitle')} />
      <Card>
        <FilterBar url={url} values={{ period, city, kind }} idPrefix="flows">
          <PeriodFilter period={period} />
          <CityFilter label={t('flows.touchingCity')} />
          <SelectFilter
            name="kind"
            label={t('flows.kind')}
            width={170}
            options={flowKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
          />
        </FilterBar>
        <Alert
          type="info"
          showIcon
          title={t('flows.rangeNote', {
            period: periodText || '—',
            refreshed:
              refreshed == null ? t('flows.neverRefreshed') : formatTimestamp(refreshed.finishedAt, language),
          })}
          description={t('flows.suppressionNote')}
        />
      </Card>
      <QueryError query={flows} />
      {ready &&
        flows.data?.matrices.map((matrix) => (
          <MatrixCard key={matrix.kind} matrix={matrix} axis={axis} filters={{ period, city }} />
        ))}
      {cell !== null && (
        <RecordsDrawer
          filters={{ kind: cell.kind, period, city, from: cell.from, to: cell.to }}
          cityName={axis.nameOf}
          periodText={periodText}
          onClose={close}
        />
      )}
    </Flex>
  )
}
