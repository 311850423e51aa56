// Tech-finance outcomes per city for a period: credit granted and drawn, first-time borrowers, guarantees and their
// share, equity raised and loan growth against the previous period of the same length; headline cards, bar charts
// and the table. A city can be picked to read its figures alone.
import { Alert, Card, Flex } from 'antd'
import { lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartSlot } from '../../../shared/charts/ChartSlot'
import { periodOf } from '../../../shared/format/days'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { useCities } from '../../../shared/reference/reference.queries'
import { cityCodes } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, PeriodFilter } from '../../../shared/ui/filters'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
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
  const period = periodOf(url.text('from'), url.text('to'))
  const city = cityCodes.find((code) => code === url.text('city'))
  const figures = useFigures(period.periodStart, period.periodEnd)
  const rows = (figures.data?.cities ?? []).filter((row) => city === undefined || row.cityCode === city)
  const shownCities = (cities.data ?? []).filter((candidate) => city === undefined || candidate.code === city)

  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('nav.figures')} subtitle={t('figures.subtitle')} />
      <Card>
        <FilterBar url={url} idPrefix="figures">
          <PeriodFilter
            period={period}
            startLabel={t('figures.periodStart')}
            endLabel={t('figures.periodEnd')}
          />
          <CityFilter width={160} value={city} placeholder={t('figures.allCities')} />
        </FilterBar>
        <Alert type="info" showIcon title={t('figures.basis')} />
      </Card>
      <QueryError query={figures} />
      <FigureCards
        totals={figures.data === undefined ? undefined : totalsOf(rows)}
        loading={figures.isPending}
      />
      <ChartSlot height={300}>
        {figures.data !== undefined && cities.data !== undefined && (
          <FiguresCharts cities={shownCities} figures={rows} />
        )}
      </ChartSlot>
      <Card title={t('figures.tableTitle')}>
        <FiguresTable rows={rows} loading={figures.isFetching} />
      </Card>
    </Flex>
  )
}
