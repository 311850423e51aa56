// The corridor clearing report for a period: approved redemptions by issuing city × provider city as a heat map,
// each city's net position, and the report as CSV.
import { DownloadOutlined } from '@ant-design/icons'
import { Alert, Button, Card, Col, Flex, Input, Row, Skeleton, Statistic } from 'antd'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { isDay, shanghaiStartOf, shanghaiToday } from '../../../shared/format/days'
import { formatCount, formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { useCities } from '../../../shared/reference/reference.queries'
import { clearingExportPath, useClearingReport, type ClearingPeriod } from './clearing.queries'
import { NetPositions } from './NetPositions'

// ECharts loads with the page, alongside the report, and draws when both are in
const heatmapModule = import('./ClearingHeatmap')
const ClearingHeatmap = lazy(async () => ({ default: (await heatmapModule).ClearingHeatmap }))

export function ClearingPage() {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const filters = useUrlFilters()
  const cities = useCities()
  const today = shanghaiToday()
  const from = filters.text('from')
  const to = filters.text('to')
  const period: ClearingPeriod = {
    periodStart: isDay(from) ? from : shanghaiStartOf('year'),
    periodEnd: isDay(to) ? to : today,
  }
  const report = useClearingReport(period)
  const placeholder = <Skeleton.Node active style={{ width: '100%', height: 480 }} />
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
        <FilterBar onClear={filters.clearFilters} canClear={filters.hasAny}>
          <FilterField id="clearing-from" label={t('settlements.periodStart')} width={170}>
            <Input
              id="clearing-from"
              type="date"
              max={period.periodEnd}
              value={period.periodStart}
              onChange={(event) => filters.setFilter('from', event.target.value)}
            />
          </FilterField>
          <FilterField id="clearing-to" label={t('settlements.periodEnd')} width={170}>
            <Input
              id="clearing-to"
              type="date"
              min={period.periodStart}
              value={period.periodEnd}
              onChange={(event) => filters.setFilter('to', event.target.value)}
            />
          </FilterField>
        </FilterBar>
        <Alert type="info" showIcon title={t('clearing.basis')} />
      </Card>
      {report.isError && <InlineError error={report.error} onRetry={() => void report.refetch()} />}
      <Row gutter={[16, 16]} data-testid="clearing-totals">
        {figures.map((figure) => (
          <Col key={figure.key} xs={24} md={8}>
            <Card size="small">
              <Statistic title={figure.label} value={figure.value} loading={report.isPending} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card title={t('clearing.flows')} extra={t('clearing.flowsHint')}>
        {report.data === undefined || cities.data === undefined ? (
          placeholder
        ) : (
          <Suspense fallback={placeholder}>
            <ClearingHeatmap report={report.data} cities={cities.data} />
          </Suspense>
        )}
      </Card>
      <Card title={t('clearing.positions')} extra={t('clearing.positionsHint')}>
        <NetPositions positions={report.data?.positions ?? []} />
      </Card>
    </Flex>
  )
}
