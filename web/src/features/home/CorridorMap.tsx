// The nine corridor cities drawn from their coordinates (no map tiles or boundary data from the internet): each
// city sized by its high-tech firms, joined by the shortest network between them; a click opens the city.
import type { LinesSeriesOption, ScatterSeriesOption } from 'echarts/charts'
import type { GridComponentOption } from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import ReactEChartsCore from 'echarts-for-react/esm/core'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import type { City } from '../../shared/api/types'
import { echarts } from '../../shared/charts/echarts'
import { formatCount } from '../../shared/format/format'
import { useLanguage } from '../../shared/i18n/useLanguage'
import { mapFrame, shortestNetwork } from '../../shared/charts/corridorNetwork'

type MapOption = ComposeOption<ScatterSeriesOption | LinesSeriesOption | GridComponentOption>

declare global {
  interface Window {
    /** set once the home map has been drawn: the console benchmark and the browser tests wait for it */
    __g60MapDrawn?: boolean
  }
}

// the right margin holds the name of the easternmost city, drawn to the right of its dot like the others
const grid = { left: 0.07, right: 0.13, top: 0.05, bottom: 0.08 }
/** longer names (Shanghai (Songjiang)) wrap onto a second line */
const labelWidthPx = 92
const symbolSizeMin = 12
const symbolSizeRange = 34

function isCityPoint(value: unknown): value is { data: { code: string } } {
  if (typeof value !== 'object' || value === null || !('data' in value)) return false
  const data = value.data
  return typeof data === 'object' && data !== null && 'code' in data && typeof data.code === 'string'
}

export function CorridorMap({ cities }: { cities: City[] }) {
  const { t } = useTranslation('home')
  const { language, nameOf } = useLanguage()
  const navigate = useNavigate()
  const frame = mapFrame(cities)
  const most = Math.max(1, ...cities.map((city) => city.figures.highTechFirms))
  const sizeOf = (city: City) =>
    symbolSizeMin + symbolSizeRange * Math.sqrt(city.figures.highTechFirms / most)
  const links = shortestNetwork(cities)
  const chartAspectRatio = (frame.aspectRatio * (1 - grid.top - grid.bottom)) / (1 - grid.left - grid.right)
  const percent = (share: number) => `${share * 100}%`
  const cityOfPoint = (point: unknown) =>
    isCityPoint(point) ? cities.find((candidate) => candidate.code === point.data.code) : undefined
  /** on hover or focus of a dot: the city with its count of high-tech firms */
  const emphasisLabel = (point: unknown) => {
    const city = cityOfPoint(point)
    return city === undefined
      ? ''
      : `${nameOf(city)}  ${t('figures.highTechFirms')} ${formatCount(city.figures.highTechFirms, language)}`
  }

  const option: MapOption = {
    animation: false,
    grid: {
      left: percent(grid.left),
      right: percent(grid.right),
      top: percent(grid.top),
      bottom: percent(grid.bottom),
    },
    xAxis: {
      type: 'value',
      min: frame.minLongitude,
      max: frame.maxLongitude,
      interval: 1,
      axisLabel: {
        formatter: (value: number) => `${value.toFixed(0)}°E`,
        color: '#8c8c8c',
        showMinLabel: false,
        showMaxLabel: false,
      },
      axisLine: { show: false },
      axisTick: { show: false },
      splitLine: { lineStyle: { type: 'dashed', color: '#e6ecf5' } },
    },
    yAxis: {
      type: 'value',
      min: frame.minLatitude,
      max: frame.maxLatitude,
      interval: 1,
      axisLabel: {
        formatter: (value: number) => `${value.toFixed(0)}°N`,
        color: '#8c8c8c',
        showMinLabel: false,
        showMaxLabel: false,
      },
      axisLine: { show: false },
      axisTick: { show: false },
      splitLine: { lineStyle: { type: 'dashed', color: '#e6ecf5' } },
    },
    series: [
      {
        type: 'lines',
        coordinateSystem: 'cartesian2d',
        silent: true,
        lineStyle: { color: '#7aa7e6', width: 2, opacity: 0.55, curveness: 0.08 },
        data: links.map(([from, to]) => ({
          coords: [
            [from.longitude, from.latitude],
            [to.longitude, to.latitude],
          ],
        })),
      },
      {
        type: 'scatter',
        cursor: 'pointer',
        data: cities.map((city) => ({
          code: city.code,
          name: nameOf(city),
          value: [city.longitude, city.latitude, city.figures.highTechFirms],
          symbolSize: sizeOf(city),
        })),
        itemStyle: { color: '#1561c9', opacity: 0.85, borderColor: '#ffffff', borderWidth: 2 },
        emphasis: {
          scale: 1.15,
          itemStyle: { color: '#f5a623' },
          label: { formatter: emphasisLabel },
        },
        label: {
          show: true,
          position: 'right',
          distance: 6,
          formatter: '{b}',
          color: '#1f2937',
          fontSize: 13,
          fontWeight: 600,
          width: labelWidthPx,
          overflow: 'break',
          textBorderColor: '#ffffff',
          textBorderWidth: 3,
        },
        labelLayout: { moveOverlap: 'shiftY' },
      },
    ],
  }

  return (
    <div
      data-testid="home-map"
      role="img"
      aria-label={t('mapLabel', {
        cities: cities
          .map((city) => `${nameOf(city)} ${formatCount(city.figures.highTechFirms, language)}`)
          .join(', '),
      })}
      style={{ width: '100%', aspectRatio: String(chartAspectRatio), maxHeight: 620 }}
    >
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        style={{ width: '100%', height: '100%' }}
        opts={{ renderer: 'canvas' }}
        onEvents={{
          click: (parameters: unknown) => {
            if (isCityPoint(parameters)) void navigate(`/cities/${encodeURIComponent(parameters.data.code)}`)
          },
          finished: () => {
            window.__g60MapDrawn = true
          },
        }}
      />
    </div>
  )
}
