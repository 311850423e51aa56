// The division of labour (产业分工): for a year, each city's location quotient in each industry (a heat map), the
// Krugman specialisation index of each pair of cities, and the mean index over the years; how both are worked out,
// in words. Counted on all registered firms or on high-tech firms only.
import { Alert, Card, Flex, Typography } from 'antd'
import { lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartCard } from '../../../shared/charts/ChartCard'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useUrlFilters } from '../../../shared/list/useUrlFilters'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ExportButton } from '../../../shared/list/ExportButton'
import { figureExportPaths, useDivisionOfLabour } from '../common/insights.queries'
import type { LabourBasis } from '../common/insights.types'
import { useCityAxis } from '../common/useCityAxis'
import { meanSeries, yearOf } from './labour'
import { KrugmanTable, QuotientTable, TrendTable } from './LabourTables'

const chartsModule = import('./LabourCharts')
const QuotientHeatmap = lazy(async () => ({ default: (await chartsModule).QuotientHeatmap }))
const KrugmanHeatmap = lazy(async () => ({ default: (await chartsModule).KrugmanHeatmap }))
const KrugmanTrend = lazy(async () => ({ default: (await chartsModule).KrugmanTrend }))

const bases = ['firms', 'high_tech_firms'] as const satisfies readonly LabourBasis[]

function Method() {
  const { t } = useTranslation('insights')
  return (
    <Alert
      type="info"
      showIcon
      title={t('labour.methodTitle')}
      description={
        <>
          <Typography.Paragraph style={{ marginBottom: 4 }}>
            {t('labour.methodQuotient')}
          </Typography.Paragraph>
          <Typography.Paragraph style={{ marginBottom: 0 }}>{t('labour.methodKrugman')}</Typography.Paragraph>
        </>
      }
      data-testid="labour-method"
    />
  )
}

export function LabourPage() {
  const { t } = useTranslation('insights')
  const { nameOf } = useLanguage()
  const url = useUrlFilters()
  const basis = url.choice('basis', bases) ?? 'firms'
  const labour = useDivisionOfLabour(basis)
  const data = labour.data
  const year = yearOf(data, url.text('year'))
  const { ready, ...axis } = useCityAxis()
  const cities = { codes: axis.codes, names: axis.names }
  const industries = {
    codes: (data?.industries ?? []).map((industry) => industry.code),
    names: (data?.industries ?? []).map((industry) => nameOf(industry)),
  }
  const series = data === undefined ? undefined : meanSeries(data)
  const years = (data?.years ?? [])
    .map((entry) => String(entry.year))
    .sort()
    .reverse()
  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('nav.labour')} subtitle={t('labour.subtitle')} />
      <Card>
        <FilterBar
          url={url}
          values={{ basis, year: year === undefined ? undefined : String(year.year) }}
          idPrefix="labour"
        >
          <SelectFilter
            name="year"
            label={t('labour.year')}
            width={110}
            fallback={years[0]}
            options={years.map((value) => ({ value, label: value }))}
          />
          <SelectFilter
            name="basis"
            label={t('labour.basis')}
            width={170}
            fallback="firms"
            options={bases.map((value) => ({ value, label: t(`labour.bases.${value}`) }))}
          />
        </FilterBar>
        <Method />
      </Card>
      <QueryError query={labour} />
      <ChartCard
        title={t('labour.quotientTitle', { year: year?.year ?? '' })}
        height={460}
        phoneView="table"
        testId="labour-quotients"
        chart={
          year !== undefined &&
          ready && <QuotientHeatmap year={year} cities={cities} industries={industries} />
        }
        table={
          year === undefined ? null : <QuotientTable year={year} cities={cities} industries={industries} />
        }
        actions={
          <ExportButton
            path={figureExportPaths.quotients}
            query={{ basis, year: year?.year }}
            testId="quotient-export"
          />
        }
      />
      <ChartCard
        title={t('labour.krugmanTitle', {
          year: year?.year ?? '',
          mean: year?.krugman.mean.toFixed(3) ?? '—',
        })}
        height={460}
        phoneView="table"
        testId="labour-krugman"
        chart={year !== undefined && ready && <KrugmanHeatmap year={year} cities={cities} />}
        table={year === undefined ? null : <KrugmanTable year={year} cities={cities} />}
        actions={
          <ExportButton
            path={figureExportPaths.krugman}
            query={{ basis, year: year?.year }}
            testId="krugman-export"
          />
        }
      />
      <ChartCard
        title={t('labour.trendTitle')}
        height={340}
        testId="labour-trend"
        chart={series !== undefined && ready && <KrugmanTrend series={series} cities={cities} />}
        table={series === undefined ? null : <TrendTable series={series} cities={cities} />}
        actions={
          <ExportButton path={figureExportPaths.krugmanTrend} query={{ basis }} testId="trend-export" />
        }
      />
    </Flex>
  )
}
