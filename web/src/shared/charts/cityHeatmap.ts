// A city × city heat map (the cities along both axes, the diagonal each city at home): the hours each city's users
// spent on each city's instruments, or what each city's vouchers paid each city's providers.
import type { HeatmapSeriesOption } from 'echarts/charts'
import type {
  GridComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'

export type HeatmapOption = ComposeOption<
  HeatmapSeriesOption | GridComponentOption | TooltipComponentOption | VisualMapComponentOption
>

interface CityAxis {
  name: string
  /** from the axis to its name, past the cities' names */
  nameGap: number
}

interface CityHeatmap {
  /** the cities' names, in the order of both axes */
  names: string[]
  /** the columns' cities, and how far their names slant */
  x: CityAxis & { rotate?: number }
  /** the rows' cities, top to bottom */
  y: CityAxis
  /** the room left of the rows and under the columns, for the names */
  grid: { left: number; bottom: number }
  /** the cells: x, y and the value, with whatever else the tooltip reads */
  data: HeatmapSeriesOption['data']
  /** the largest value, the colour scale's end, and the scale's two ends in words */
  max: number
  scale: [string, string]
  describe: (point: unknown) => string
  cellLabel: (point: unknown) => string
}

export function cityHeatmapOption({ names, x, y, grid, data, max, scale, describe, cellLabel }: CityHeatmap) {
  const option: HeatmapOption = {
    animation: false,
    grid: { left: grid.left, right: 24, top: 16, bottom: grid.bottom },
    tooltip: { trigger: 'item', formatter: describe },
    xAxis: {
      type: 'category',
      data: names,
      name: x.name,
      nameLocation: 'middle',
      nameGap: x.nameGap,
      splitArea: { show: true },
      axisLabel: { interval: 0, fontSize: 12, ...(x.rotate === undefined ? {} : { rotate: x.rotate }) },
    },
    yAxis: {
      type: 'category',
      data: names,
      name: y.name,
      nameLocation: 'middle',
      nameGap: y.nameGap,
      inverse: true,
      splitArea: { show: true },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      text: scale,
      inRange: { color: ['#e8f1fd', '#7aa7e6', '#1561c9', '#0b2f6b'] },
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: { show: true, formatter: cellLabel },
        emphasis: { itemStyle: { borderColor: '#f5a623', borderWidth: 2 } },
      },
    ],
  }
  return option
}
