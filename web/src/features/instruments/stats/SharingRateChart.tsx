// The sharing rate (external ÷ effective hours) of each of the nine cities' instruments in the period, as
// bars; the tooltip gives the hours behind each rate.
import { BarChart, type BarSeriesOption } from 'echarts/charts'
import type { GridComponentOption, TooltipComponentOption } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import ReactEChartsCore from 'echarts-for-react/esm/core'
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import { echarts } from '../../../shared/charts/echarts'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { SharingStatsRow } from '../common/instrument.types'

echarts.use([BarChart])

type BarOption = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>

function indexOfPoint(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || !('dataIndex' in value)) return null
  return typeof value.dataIndex === 'number' ? value.dataIndex : null
}

export function SharingRateChart({ rows, cities }: { rows: SharingStatsRow[]; cities: City[] }) {
  const { t } = useTranslation('instruments')
  const { nameOf } = useLanguage()
  const rowOf = (code: string) => rows.find((row) => row.key === code)
  const rates = cities.map((city) => rowOf(city.code)?.sharingRatePercent ?? 0)
  const describe = (points: unknown) => {
    const first = Array.isArray(points) ? points[0] : points
    const index = indexOfPoint(first)
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
    xAxis: {
      type: 'category',
      data: cities.map((city) => nameOf(city)),
      axisLabel: { interval: 0, rotate: 30 },
    },
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
  return (
    <div
      data-testid="sharing-rate-chart"
      role="img"
      aria-label={t('stats.rateChartLabel', {
        rates: cities.map((city, index) => `${nameOf(city)} ${rates[index] ?? 0}%`).join(', '),
      })}
      style={{ width: '100%', height: 320 }}
    >
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        style={{ width: '100%', height: '100%' }}
        opts={{ renderer: 'canvas' }}
      />
    </div>
  )
}
