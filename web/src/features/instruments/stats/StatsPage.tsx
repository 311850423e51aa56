// Sharing statistics for a period: totals, the sharing rate of each city, the hours each city's users spent
// on each city's instruments, and a table by instrument, owner or city with hours, sharing rate, cross-city
// use, income, rating and (by owner) grade. A provider sees its own instruments only (the server decides).
import { Alert, Card, Col, Flex, Row, Segmented } from 'antd'
import { lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartSlot } from '../../../shared/charts/ChartSlot'
import { periodOf } from '../../../shared/format/days'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { cityCodes } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, PeriodFilter } from '../../../shared/ui/filters'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { ExportButton } from '../../../shared/list/ExportButton'
import { useCities } from '../../../shared/reference/reference.queries'
import { statsGroupings } from '../common/enums'
import '../common/instruments.css'
import { GradeLevelsNote } from './GradeLevelsNote'
import { StatsFigures } from './StatsFigures'
import { StatsTable } from './StatsTable'
import { statsExportPath, useSharingStats } from './stats.queries'

// ECharts loads with the page, alongside the figures, and draws when both are in
const chartsModule = Promise.all([import('./SharingRateChart'), import('./UserCityHeatmap')])
const SharingRateChart = lazy(async () => ({ default: (await chartsModule)[0].SharingRateChart }))
const UserCityHeatmap = lazy(async () => ({ default: (await chartsModule)[1].UserCityHeatmap }))
/** the most rows the server gives */
const rowsMax = 100

export function StatsPage() {
  const { t } = useTranslation('instruments')
  const user = useCurrentUser()
  const url = useUrlFilters()
  const cities = useCities()
  const period = periodOf(url.text('from'), url.text('to'))
  const groupBy = url.choice('groupBy', statsGroupings) ?? 'city'
  const city = cityCodes.find((code) => code === url.text('city'))
  const ownOnly = user.role === 'provider'
  const tableQuery = { ...period, groupBy, limit: rowsMax, ...(city === undefined ? {} : { city }) }
  const table = useSharingStats(tableQuery)
  const byCity = useSharingStats({ ...period, groupBy: 'city', limit: rowsMax })
  // while another grouping loads, the rows shown are still read as the grouping they were made by
  const shownGroupBy = statsGroupings.find((value) => value === table.data?.groupBy) ?? groupBy

  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('stats.title')} subtitle={ownOnly ? t('stats.subtitleOwn') : t('stats.subtitle')} />
      <Card>
        <FilterBar url={url} idPrefix="stats">
          <PeriodFilter period={period} startLabel={t('stats.periodStart')} endLabel={t('stats.periodEnd')} />
          {!ownOnly && <CityFilter label={t('stats.ownerCityFilter')} width={160} value={city} />}
        </FilterBar>
        <Alert type="info" showIcon title={t('stats.basis')} />
      </Card>
      <QueryError query={byCity} />
      <StatsFigures rows={byCity.data?.rows} loading={byCity.isPending} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('stats.rateChart')}>
            <ChartSlot height={320}>
              {byCity.data !== undefined && cities.data !== undefined && (
                <SharingRateChart rows={byCity.data.rows} cities={cities.data} />
              )}
            </ChartSlot>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            title={t('stats.heatmap')}
            extra={<span className="g60-muted">{t('stats.heatmapHint')}</span>}
          >
            <ChartSlot height={320}>
              {byCity.data !== undefined && cities.data !== undefined && (
                <UserCityHeatmap flows={byCity.data.hoursByUserCity} cities={cities.data} />
              )}
            </ChartSlot>
          </Card>
        </Col>
      </Row>
      <Card
        title={t('stats.tableTitle')}
        extra={
          <Flex gap="small" wrap>
            <Segmented
              value={groupBy}
              onChange={(next) => url.setFilter('groupBy', next === 'city' ? undefined : next)}
              options={statsGroupings.map((value) => ({
                value,
                label: t(`stats.groupBy.${value}`),
              }))}
              data-testid="stats-group-by"
            />
            <ExportButton path={statsExportPath} query={tableQuery} />
          </Flex>
        }
      >
        <QueryError query={table} />
        <StatsTable rows={table.data?.rows ?? []} groupBy={shownGroupBy} loading={table.isFetching} />
        {groupBy === 'owner' && <GradeLevelsNote />}
      </Card>
    </Flex>
  )
}
