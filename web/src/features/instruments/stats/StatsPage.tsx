// Sharing statistics for a period: totals, the sharing rate of each city, the hours each city's users spent
// on each city's instruments, and a table by instrument, owner or city with hours, sharing rate, cross-city
// use, income, rating and (by owner) grade. A provider sees its own instruments only (the server decides).
import { Alert, Card, Col, Flex, Input, Row, Segmented, Select, Skeleton } from 'antd'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { isDay, shanghaiStartOf, shanghaiToday } from '../../../shared/format/days'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { cityCodes } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { useCityOptions } from '../../../shared/reference/options'
import { useCities } from '../../../shared/reference/reference.queries'
import { statsGroupings } from '../common/enums'
import '../common/instruments.css'
import { GradeLevelsNote } from './GradeLevelsNote'
import { StatsFigures } from './StatsFigures'
import { StatsTable } from './StatsTable'
import { useSharingStats } from './stats.queries'

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
  const cityOptions = useCityOptions()
  const from = url.text('from')
  const to = url.text('to')
  const periodStart = isDay(from) ? from : shanghaiStartOf('year')
  const periodEnd = isDay(to) ? to : shanghaiToday()
  const groupBy = url.choice('groupBy', statsGroupings) ?? 'city'
  const city = cityCodes.find((code) => code === url.text('city'))
  const ownOnly = user.role === 'provider'
  const table = useSharingStats({
    periodStart,
    periodEnd,
    groupBy,
    limit: rowsMax,
    ...(city === undefined ? {} : { city }),
  })
  const byCity = useSharingStats({ periodStart, periodEnd, groupBy: 'city', limit: rowsMax })
  // while another grouping loads, the rows shown are still read as the grouping they were made by
  const shownGroupBy = statsGroupings.find((value) => value === table.data?.groupBy) ?? groupBy
  const chartPlaceholder = <Skeleton.Node active style={{ width: '100%', height: 320 }} />

  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('stats.title')} subtitle={ownOnly ? t('stats.subtitleOwn') : t('stats.subtitle')} />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="stats-from" label={t('stats.periodStart')} width={170}>
            <Input
              id="stats-from"
              type="date"
              max={periodEnd}
              value={periodStart}
              onChange={(event) => url.setFilter('from', event.target.value)}
            />
          </FilterField>
          <FilterField id="stats-to" label={t('stats.periodEnd')} width={170}>
            <Input
              id="stats-to"
              type="date"
              min={periodStart}
              value={periodEnd}
              onChange={(event) => url.setFilter('to', event.target.value)}
            />
          </FilterField>
          {!ownOnly && (
            <FilterField id="stats-city" label={t('stats.ownerCityFilter')} width={160}>
              <Select
                id="stats-city"
                allowClear
                placeholder={t('common.all')}
                options={cityOptions.options}
                loading={cityOptions.loading}
                value={city}
                onChange={(code?: string) => url.setFilter('city', code)}
              />
            </FilterField>
          )}
        </FilterBar>
        <Alert type="info" showIcon title={t('stats.basis')} />
      </Card>
      {byCity.isError && <InlineError error={byCity.error} onRetry={() => void byCity.refetch()} />}
      <StatsFigures rows={byCity.data?.rows} loading={byCity.isPending} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('stats.rateChart')}>
            {byCity.data === undefined || cities.data === undefined ? (
              chartPlaceholder
            ) : (
              <Suspense fallback={chartPlaceholder}>
                <SharingRateChart rows={byCity.data.rows} cities={cities.data} />
              </Suspense>
            )}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card
            title={t('stats.heatmap')}
            extra={<span className="g60-muted">{t('stats.heatmapHint')}</span>}
          >
            {byCity.data === undefined || cities.data === undefined ? (
              chartPlaceholder
            ) : (
              <Suspense fallback={chartPlaceholder}>
                <UserCityHeatmap flows={byCity.data.hoursByUserCity} cities={cities.data} />
              </Suspense>
            )}
          </Card>
        </Col>
      </Row>
      <Card
        title={t('stats.tableTitle')}
        extra={
          <Segmented
            value={groupBy}
            onChange={(next) => url.setFilter('groupBy', next === 'city' ? undefined : next)}
            options={statsGroupings.map((value) => ({
              value,
              label: t(`stats.groupBy.${value}`),
            }))}
            data-testid="stats-group-by"
          />
        }
      >
        {table.isError && <InlineError error={table.error} onRetry={() => void table.refetch()} />}
        <StatsTable rows={table.data?.rows ?? []} groupBy={shownGroupBy} loading={table.isFetching} />
        {groupBy === 'owner' && <GradeLevelsNote />}
      </Card>
    </Flex>
  )
}
