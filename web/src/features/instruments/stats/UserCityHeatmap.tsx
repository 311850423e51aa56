// User city × owner city: the hours each city's users spent on each city's instruments in the period. The
// diagonal is use at home; everything off it crosses a city line.
import type { HeatmapSeriesOption } from 'echarts/charts'
import type {
  GridComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import ReactEChartsCore from 'echarts-for-react/esm/core'
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import { echarts } from '../../../shared/charts/echarts'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { SharingStats } from '../common/instrument.types'

type HeatmapOption = ComposeOption<
  HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption
>

function cellOf(value: unknown): [number, number, number] | null {
  if (typeof value !== 'object' || value === null || !('value' in value) || !Array.isArray(value.value))
    return null
  const [owner, user, hours]: unknown[] = value.value
  return typeof owner === 'number' && typeof user === 'number' && typeof hours === 'number'
    ? [owner, user, hours]
    : null
}

interface UserCityHeatmapProps {
  flows: SharingStats['hoursByUserCity']
  cities: City[]
}

export function UserCityHeatmap({ flows, cities }: UserCityHeatmapProps) {
  const { t } = useTranslation('instruments')
  const { nameOf } = useLanguage()
  const names = cities.map((city) => nameOf(city))
  const indexOf = (code: string) => cities.findIndex((city) => city.code === code)
  const cells = flows
    .map((flow): [number, number, number] => [
      indexOf(flow.ownerCityCode),
      indexOf(flow.userCityCode),
      flow.hours,
    ])
    .filter(([owner, user]) => owner >= 0 && user >= 0)
  const most = Math.max(1, ...cells.map((cell) => cell[2]))
  const describe = (point: unknown) => {
    const cell = cellOf(point)
    if (cell === null) return ''
    return t('stats.cellTooltip', {
      user: names[cell[1]] ?? '',
      owner: names[cell[0]] ?? '',
      hours: cell[2],
    })
  }
  const option: HeatmapOption = {
    animation: false,
    grid: { left: 130, right: 24, top: 16, bottom: 140 },
    tooltip: { trigger: 'item', formatter: describe },
    xAxis: {
      type: 'category',
      data: names,
      name: t('stats.ownerCity'),
      nameLocation: 'middle',
      nameGap: 72,
      splitArea: { show: true },
      axisLabel: { interval: 0, fontSize: 12, rotate: 30 },
    },
    yAxis: {
      type: 'category',
      data: names,
      name: t('stats.userCity'),
      nameLocation: 'middle',
      nameGap: 114,
      inverse: true,
      splitArea: { show: true },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: most,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      text: [t('stats.hoursValue', { hours: most }), '0'],
      inRange: { color: ['#e8f1fd', '#7aa7e6', '#1561c9', '#0b2f6b'] },
    },
    series: [
      {
        type: 'heatmap',
        data: cells.map((cell) => ({ value: cell })),
        label: { show: true, formatter: (point: unknown) => String(cellOf(point)?.[2] ?? '') },
        emphasis: { itemStyle: { borderColor: '#f5a623', borderWidth: 2 } },
      },
    ],
  }
  return (
    <div
      data-testid="user-city-heatmap"
      role="img"
      aria-label={t('stats.heatmapLabel', {
        flows: flows
          .map((flow) =>
            t('stats.cellTooltip', {
              user: names[indexOf(flow.userCityCode)] ?? flow.userCityCode,
              owner: names[indexOf(flow.ownerCityCode)] ?? flow.ownerCityCode,
              hours: flow.hours,
            }),
          )
          .join('; '),
      })}
      style={{ width: '100%', height: 480 }}
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
