// The sharing rate (external ÷ effective hours) of each of the nine cities' instruments in the period, as
// bars; the tooltip gives the hours behind each rate.
import { BarChart, type BarSeriesOption } from 'echarts/charts'
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import { echarts } from '../../../shared/charts/echarts'
import { EChart } from '../../../shared/charts/EChart'
import { cityAxis, indexOfPoint } from '../../../shared/charts/points'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { SharingStatsRow } from '../common/instrument.types'

echarts.use([BarChart])

type BarOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>

export function SharingRateChart({ rows, cities }: { rows: SharingStatsRow[]; cities: City[] }) {
  const { t } = useTranslation('instruments')
  const { nameOf } = useLanguage()
  const rowOf = (code: string) => rows.find((row) => row.key === code)
  const rates = cities.map((city) => rowOf(city.code)?.sharingRatePercent ?? 0)
  const describe = (points: unknown) => {
    const index = indexOfPoint(points)
    const city = index === null ? undefined : cities[index]
    if (city === undefined) return ''
    const row = rowOf(city.code)
    return t('stats.rateTooltip', {
      city: nameOf(city),
      rate: row?.sharingRatePercent ?? 0,
      effective: row?.effectiveHours ?? 0,
      external: row?.externalHours ?? 0,
    })
  }
  const option: BarOption = {
    animation: false,
    grid: { left: 48, right: 16, top: 24, bottom: 56 },
    tooltip: { trigger: 'axis', formatter: describe },
    xAxis: cityAxis(cities.map((city) => nameOf(city))),
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      {
        type: 'bar',
        data: rates,
        barMaxWidth: 36,
        itemStyle: { color: '#1561c9', borderRadius: [4, 4, 0, 0] },
        label: { show: true, position: 'top', formatter: '{c}%', fontSize: 11 },
      },
    ],
  }
  const label = t('stats.rateChartLabel', {
    rates: cities.map((city, index) => `${nameOf(city)} ${rates[index] ?? 0}%`).join(', '),
  })
  return <EChart option={option} label={label} testId="sharing-rate-chart" frame={{ height: 320 }} />
}
