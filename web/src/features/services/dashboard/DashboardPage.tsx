// The one-stop services dashboard (办件统计) for a period: the cases, how many crossed a city line, the share decided
// on time, the overdue cases and the ratings; the cases by window city × competent city as a heat map, the on-time
// share by city as bars (each chart with its table), the ratings by item, department and city, the overdue list.
import { Alert, Card, Col, Flex, Row, Tabs } from 'antd'
import { lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartCard } from '../../../shared/charts/ChartCard'
import { periodOf } from '../../../shared/format/days'
import { formatCount } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { useCities } from '../../../shared/reference/reference.queries'
import { FigureRow } from '../../../shared/ui/FigureRow'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { PeriodRangeFilter } from '../../../shared/ui/PeriodRangeFilter'
import { useServiceFigures } from '../common/services.queries'
import type { ServiceFigures } from '../common/services.types'
import { headlineOf } from './dashboardFigures'
import { formatAverage, OnTimeTable, OverdueTable, PairsTable, RatingsTable } from './FigureTables'

// ECharts loads with the page, alongside the figures, and draws when both are in
const chartsModule = Promise.all([import('./PairsHeatmap'), import('./OnTimeChart')])
const PairsHeatmap = lazy(async () => ({ default: (await chartsModule)[0].PairsHeatmap }))
const OnTimeChart = lazy(async () => ({ default: (await chartsModule)[1].OnTimeChart }))

export function DashboardPage() {
  const { t } = useTranslation('services')
  const url = useUrlFilters()
  const period = periodOf(url.text('from'), url.text('to'))
  const figures = useServiceFigures(period.periodStart, period.periodEnd)
  const tiles = useHeadlineTiles(figures.data)
  const data = figures.data
  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('nav.dashboard')} subtitle={t('dashboard.subtitle')} />
      <Card>
        <FilterBar url={url} idPrefix="service-figures">
          <PeriodRangeFilter
            period={period}
            fallback={periodOf(undefined, undefined)}
            label={t('dashboard.period')}
            startLabel={t('dashboard.periodStart')}
            endLabel={t('dashboard.periodEnd')}
          />
        </FilterBar>
        <Alert type="info" showIcon title={t('dashboard.basis')} />
      </Card>
      <QueryError query={figures} />
      <FigureRow
        figures={tiles}
        span={{ xs: 24, md: 12, xl: { flex: '20%' } }}
        loading={figures.isPending}
        testId="service-headline"
      />
      <DashboardCharts data={data} />
      <RatingsCard ratings={data?.ratings} />
      <Card
        title={t('dashboard.overdueTitle')}
        extra={<span className="g60-muted">{t('dashboard.overdueHint')}</span>}
      >
        <OverdueTable rows={data?.overdue ?? []} />
      </Card>
    </Flex>
  )
}

/** The headline tiles: cases, cross-city cases, on-time share, overdue now, average rating (a dash while loading). */
function useHeadlineTiles(data: ServiceFigures | undefined) {
  const { t } = useTranslation('services')
  const { language } = useLanguage()
  const headline = data === undefined ? undefined : headlineOf(data)
  const count = (value: number | undefined) => (value === undefined ? '—' : formatCount(value, language))
  return [
    { key: 'cases', label: t('dashboard.cases'), value: count(headline?.cases) },
    { key: 'crossCity', label: t('dashboard.crossCityCases'), value: count(headline?.crossCity) },
    {
      key: 'onTime',
      label: t('dashboard.onTimeShare'),
      value:
        headline?.onTimePercent === undefined || headline.onTimePercent === null
          ? '—'
          : `${formatCount(headline.onTimePercent, language)}%`,
    },
    { key: 'overdue', label: t('dashboard.overdueNow'), value: count(headline?.overdue) },
    {
      key: 'rating',
      label: t('dashboard.averageRating'),
      value:
        headline?.averageRating === undefined || headline.averageRating === null
          ? '—'
          : t('dashboard.ratingOf', {
              average: formatAverage(headline.averageRating, language),
              count: headline.ratings,
            }),
    },
  ]
}

/** The cases by city pair as a heat map and the on-time share by city as bars, each with its table. */
function DashboardCharts({ data }: { data: ServiceFigures | undefined }) {
  const { t } = useTranslation('services')
  const cities = useCities()
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <ChartCard
          title={t('dashboard.pairs')}
          height={460}
          phoneView="table"
          testId="pairs-card"
          chart={
            data !== undefined &&
            cities.data !== undefined && <PairsHeatmap pairs={data.pairs} cities={cities.data} />
          }
          table={<PairsTable pairs={data?.pairs ?? []} />}
        />
      </Col>
      <Col xs={24} xl={10}>
        <ChartCard
          title={t('dashboard.onTime')}
          height={300}
          testId="on-time-card"
          chart={
            data !== undefined &&
            cities.data !== undefined && <OnTimeChart rows={data.onTime} cities={cities.data} />
          }
          table={<OnTimeTable rows={data?.onTime ?? []} />}
        />
      </Col>
    </Row>
  )
}

/** The ratings (好差评) by item, department and competent city, one tab each. */
function RatingsCard({ ratings }: { ratings: ServiceFigures['ratings'] | undefined }) {
  const { t } = useTranslation('services')
  return (
    <Card title={t('dashboard.ratingsTitle')}>
      <Tabs
        items={[
          {
            key: 'item',
            label: t('dashboard.byItem'),
            children: (
              <RatingsTable
                rows={ratings?.byItem ?? []}
                title={t('cases.item')}
                showCode
                testId="ratings-by-item"
              />
            ),
          },
          {
            key: 'department',
            label: t('dashboard.byDepartment'),
            children: (
              <RatingsTable
                rows={ratings?.byDepartment ?? []}
                title={t('items.department')}
                testId="ratings-by-department"
              />
            ),
          },
          {
            key: 'city',
            label: t('dashboard.byCity'),
            children: (
              <RatingsTable
                rows={ratings?.byCity ?? []}
                title={t('dashboard.competentCity')}
                testId="ratings-by-city"
              />
            ),
          },
        ]}
      />
    </Card>
  )
}
