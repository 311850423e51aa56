// The nine corridor cities drawn from their coordinates (no map tiles or boundary data from the internet), joined
// by the shortest network between them: the frame, the network and the dots with their names, for the home map
// and the instrument search's map alike.
import type { LinesSeriesOption, ScatterSeriesOption } from 'echarts/charts'
import type { GridComponentOption } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { mapFrame, shortestNetwork, type Place } from './corridorNetwork'

export type MapOption = ComposeOption<ScatterSeriesOption | LinesSeriesOption | GridComponentOption>

export interface CityMapLayout {
  /** the margins, as shares of the chart (the right one holds the names of the easternmost cities) */
  grid: { left: number; right: number; top: number; bottom: number }
  /** longitudes and latitudes written along the axes, or no axes at all */
  axes: 'degrees' | 'hidden'
  gridColour: string
  networkOpacity: number
  /** the names beside the dots: longer ones wrap onto a second line */
  labelWidthPx: number
  fontSize: number
}

/** Width ÷ height of the chart that draws the cities at true scale inside the layout's margins. */
export function cityMapAspectRatio(places: readonly Place[], { grid }: CityMapLayout): number {
  return (mapFrame(places).aspectRatio * (1 - grid.top - grid.bottom)) / (1 - grid.left - grid.right)
}

/** A clicked or hovered dot's city code, when the point is one. */
export function isCityPoint(value: unknown): value is { data: { code: string } } {
  if (typeof value !== 'object' || value === null || !('data' in value)) return false
  const data = value.data
  return typeof data === 'object' && data !== null && 'code' in data && typeof data.code === 'string'
}

const percent = (share: number) => `${share * 100}%`
const hidden = { show: false } as const

function axisOf(min: number, max: number, layout: CityMapLayout, hemisphere: string) {
  const degrees = {
    interval: 1,
    axisLabel: {
      formatter: (value: number) => `${value.toFixed(0)}°${hemisphere}`,
      color: '#8c8c8c',
      showMinLabel: false,
      showMaxLabel: false,
    },
  }
  return {
    type: 'value' as const,
    min,
    max,
    ...(layout.axes === 'degrees' ? degrees : { axisLabel: hidden }),
    axisLine: hidden,
    axisTick: hidden,
    splitLine: { lineStyle: { type: 'dashed' as const, color: layout.gridColour } },
  }
}

/** The map of `places`, its dots the scatter series `dots` (their data carrying each city's code). */
export function cityMapOption<Item extends Place>(
  places: readonly Item[],
  layout: CityMapLayout,
  dots: Pick<ScatterSeriesOption, 'data' | 'itemStyle' | 'emphasis'>,
): MapOption {
  const frame = mapFrame(places)
  const { grid } = layout
  return {
    animation: false,
    grid: {
      left: percent(grid.left),
      right: percent(grid.right),
      top: percent(grid.top),
      bottom: percent(grid.bottom),
    },
    xAxis: axisOf(frame.minLongitude, frame.maxLongitude, layout, 'E'),
    yAxis: axisOf(frame.minLatitude, frame.maxLatitude, layout, 'N'),
    series: [
      {
        type: 'lines',
        coordinateSystem: 'cartesian2d',
        silent: true,
        lineStyle: { color: '#7aa7e6', width: 2, opacity: layout.networkOpacity, curveness: 0.08 },
        data: shortestNetwork(places).map(([from, to]) => ({
          coords: [
            [from.longitude, from.latitude],
            [to.longitude, to.latitude],
          ],
        })),
      },
      {
        type: 'scatter',
        cursor: 'pointer',
        ...dots,
        label: {
          show: true,
          position: 'right',
          distance: 6,
          formatter: '{b}',
          color: '#1f2937',
          fontSize: layout.fontSize,
          fontWeight: 600,
          width: layout.labelWidthPx,
          overflow: 'break',
          textBorderColor: '#ffffff',
          textBorderWidth: 3,
        },
        labelLayout: { moveOverlap: 'shiftY' },
      },
    ],
  }
}
