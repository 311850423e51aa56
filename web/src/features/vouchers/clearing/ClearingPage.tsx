// The corridor clearing report for a period: approved redemptions by issuing city × provider city as a heat map,
// the cities on the corridor map sized by what they receive, each city's net position, and the report as CSV.
import { DownloadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Flex } from 'antd'
import { lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartSlot } from '../../../shared/charts/ChartSlot'
import { periodOf } from '../../../shared/format/days'
import { formatCount, formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FigureRow } from '../../../shared/ui/FigureRow'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { PeriodFilter } from '../../../shared/ui/filters'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { useCities } from '../../../shared/reference/reference.queries'
import { clearingExportPath, useClearingReport } from './clearing.queries'
import { NetPositions } from './NetPositions'

// ECharts loads with the page, alongside the report, and draws when both are in
const heatmapModule = import('./ClearingHeatmap')
const ClearingHeatmap = lazy(async () => ({ default: (await heatmapModule).ClearingHeatmap }))
const mapModule = import('./ClearingMap')
const ClearingMap = lazy(async () => ({ default: (await mapModule).ClearingMap }))

export function ClearingPage() {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const url = useUrlFilters()
  const cities = useCities()
  const period = periodOf(url.text('from'), url.text('to'))
  const report = useClearingReport(period)
  const totals = report.data?.totals
  const figures = [
    {
      key: 'count',
      label: t('clearing.count'),
      value: totals === undefined ? '—' : formatCount(totals.count, language),
    },
    {
      key: 'value',
      label: t('clearing.value'),
      value: totals === undefined ? '—' : formatFen(totals.valueFen, language),
    },
    {
      key: 'crossCity',
      label: t('clearing.crossCity'),
      value: totals === undefined ? '—' : formatFen(totals.crossCityFen, language),
    },
  ]

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('clearing.title')}
        subtitle={t('clearing.subtitle')}
        extra={
          <Button icon={<DownloadOutlined />} href={clearingExportPath(period)} download>
            {t('clearing.export')}
          </Button>
        }
      />
      <Card>
        <FilterBar url={url} idPrefix="clearing">
          <PeriodFilter
            period={period}
            startLabel={t('settlements.periodStart')}
            endLabel={t('settlements.periodEnd')}
          />
        </FilterBar>
        <Alert type="info" showIcon title={t('clearing.basis')} />
      </Card>
      <QueryError query={report} />
      <FigureRow
        figures={figures}
        span={{ xs: 24, md: 8 }}
        loading={report.isPending}
        testId="clearing-totals"
      />
      <Card title={t('clearing.flows')} extra={t('clearing.flowsHint')}>
        <ChartSlot height={480}>
          {report.data !== undefined && cities.data !== undefined && (
            <ClearingHeatmap report={report.data} cities={cities.data} />
          )}
        </ChartSlot>
      </Card>
      <Card title={t('clearing.map')} extra={t('clearing.mapHint')}>
        <ChartSlot height={420}>
          {report.data !== undefined && cities.data !== undefined && (
            <ClearingMap report={report.data} cities={cities.data} />
          )}
        </ChartSlot>
      </Card>
      <Card title={t('clearing.positions')} extra={t('clearing.positionsHint')}>
        <NetPositions positions={report.data?.positions ?? []} />
      </Card>
    </Flex>
  )
}
