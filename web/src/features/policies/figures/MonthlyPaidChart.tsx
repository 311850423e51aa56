// Money paid by month as lines, one per city: 10,000 yuan on the axis, the exact amounts in the tooltip.
import { LineChart, type LineSeriesOption } from 'echarts/charts'
import {
  LegendComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import { echarts } from '../../../shared/charts/echarts'
import { EChart } from '../../../shared/charts/EChart'
import { indexOfPoint } from '../../../shared/charts/points'
import { shanghaiToday } from '../../../shared/format/days'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { MonthPaid } from '../common/policies.types'
import { monthSeriesOf } from './policyFigures'

echarts.use([LineChart, LegendComponent])

type LineOption = ComposeOption<
  LineSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>

const fenPerTenThousandYuan = 1_000_000

export function MonthlyPaidChart({ months, cities }: { months: MonthPaid[]; cities: City[] }) {
  const { t } = useTranslation('policies')
  const { language, nameOf } = useLanguage()
  const data = monthSeriesOf(
    months,
    cities.map((city) => city.code),
    shanghaiToday().slice(0, 7),
  )
  const cityName = (code: string) => {
    const city = cities.find((candidate) => candidate.code === code)
    return city === undefined ? code : nameOf(city)
  }
  const describe = (points: unknown) => {
    const index = indexOfPoint(points)
    const month = index === null ? undefined : data.months[index]
    if (index === null || month === undefined) return ''
    return [
      month,
      ...data.series.map(
        (line) => `${cityName(line.cityCode)}: ${formatFen(line.values[index] ?? 0, language)}`,
      ),
    ].join('<br/>')
  }
  const option: LineOption = {
    animation: false,
    grid: { left: 56, right: 16, top: 72, bottom: 32 },
    legend: { top: 0, type: 'scroll', itemWidth: 12, itemHeight: 12 },
    tooltip: { trigger: 'axis', formatter: describe },
    xAxis: { type: 'category', data: data.months, boundaryGap: false },
    yAxis: { type: 'value', name: t('figures.tenThousandYuan') },
    series: data.series.map((line) => ({
      type: 'line',
      name: cityName(line.cityCode),
      data: line.values.map((fen) => fen / fenPerTenThousandYuan),
      showSymbol: data.months.length < 24,
    })),
  }
  const summary = data.series
    .map(
      (line) =>
        `${cityName(line.cityCode)} ${formatFen(
          line.values.reduce((sum, fen) => sum + fen, 0),
          language,
        )}`,
    )
    .join('; ')
  return (
    <EChart
      option={option}
      label={`${t('figures.monthly')}: ${summary}`}
      testId="policy-monthly-chart"
      frame={{ height: 320 }}
    />
  )
}
