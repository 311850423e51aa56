// Tech-finance outcomes per city for a period: credit granted and drawn, first-time borrowers, guarantees and their
// share, equity raised and loan growth against the previous period of the same length; headline cards, bar charts
// and the table. A city can be picked to read its figures alone.
import { Alert, Card, Flex, Input, Select, Skeleton } from 'antd'
import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { isDay, shanghaiStartOf, shanghaiToday } from '../../../shared/format/days'
import { cityCodes } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { useCityOptions } from '../../../shared/reference/options'
import { useCities } from '../../../shared/reference/reference.queries'
import '../common/finance.css'
import { FigureCards } from './FigureCards'
import { useFigures } from './figures.queries'
import { FiguresTable } from './FiguresTable'
import { totalsOf } from './totals'

// ECharts loads with the page, alongside the figures, and draws when both are in
const FiguresCharts = lazy(async () => ({ default: (await import('./FiguresCharts')).FiguresCharts }))

export function FiguresPage() {
  const { t } = useTranslation('finance')
  const url = useUrlFilters()
  const cities = useCities()
  const cityOptions = useCityOptions()
  const from = url.text('from')
  const to = url.text('to')
  const periodStart = isDay(from) ? from : shanghaiStartOf('year')
  const periodEnd = isDay(to) ? to : shanghaiToday()
  const city = cityCodes.find((code) => code === url.text('city'))
  const figures = useFigures(periodStart, periodEnd)
  const rows = (figures.data?.cities ?? []).filter((row) => city === undefined || row.cityCode === city)
  const shownCities = (cities.data ?? []).filter((candidate) => city === undefined || candidate.code === city)
  const chartPlaceholder = <Skeleton.Node active style={{ width: '100%', height: 300 }} />

  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('nav.figures')} subtitle={t('figures.subtitle')} />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="figures-from" label={t('figures.periodStart')} width={170}>
            <Input
              id="figures-from"
              type="date"
              max={periodEnd}
              value={periodStart}
              onChange={(event) => url.setFilter('from', event.target.value)}
            />
          </FilterField>
          <FilterField id="figures-to" label={t('figures.periodEnd')} width={170}>
            <Input
              id="figures-to"
              type="date"
              min={periodStart}
              value={periodEnd}
              onChange={(event) => url.setFilter('to', event.target.value)}
            />
          </FilterField>
          <FilterField id="figures-city" label={t('common.city')} width={160}>
            <Select
              id="figures-city"
              allowClear
              placeholder={t('figures.allCities')}
              options={cityOptions.options}
              loading={cityOptions.loading}
              value={city}
              onChange={(code?: string) => url.setFilter('city', code)}
            />
          </FilterField>
        </FilterBar>
        <Alert type="info" showIcon title={t('figures.basis')} />
      </Card>
      {figures.isError && <InlineError error={figures.error} onRetry={() => void figures.refetch()} />}
      <FigureCards
        totals={figures.data === undefined ? undefined : totalsOf(rows)}
        loading={figures.isPending}
      />
      {figures.data === undefined || cities.data === undefined ? (
        chartPlaceholder
      ) : (
        <Suspense fallback={chartPlaceholder}>
          <FiguresCharts cities={shownCities} figures={rows} />
        </Suspense>
      )}
      <Card title={t('figures.tableTitle')}>
        <FiguresTable rows={rows} loading={figures.isFetching} />
      </Card>
    </Flex>
  )
}
