// The G60 fund's charts: each backer's commitment against what has been called (bars, in ¥100 million), the
// portfolio by industry × city (a heat map of the amount invested), and the amount by stage (bars).
import { BarChart, type BarSeriesOption } from 'echarts/charts'
import {
  LegendComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { useTranslation } from 'react-i18next'
import type { HeatmapOption } from '../../../shared/charts/cityHeatmap'
import { echarts } from '../../../shared/charts/echarts'
import { EChart } from '../../../shared/charts/EChart'
import { indexOfPoint } from '../../../shared/charts/points'
import { formatCount, formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { Backer, FundFigures } from '../common/insights.types'
import { compactFlowValue } from '../common/kinds'

echarts.use([BarChart, LegendComponent])

type BarOption = ComposeOption<
  BarSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>

/** ¥100 million in fen */
const fenPerHundredMillionYuan = 10_000_000_000

export function BackersChart({ figures }: { figures: FundFigures }) {
  const { t } = useTranslation('insights')
  const { language, nameOf } = useLanguage()
  const backers = figures.backers
  const describe = (points: unknown) => {
    const backer = backers[indexOfPoint(points) ?? -1]
    if (backer === undefined) return ''
    return [
      nameOf(backer),
      `${t('fund.committed')}: ${formatFen(backer.committedFen, language)}`,
      `${t('fund.called')}: ${formatFen(backer.calledFen, language)}`,
      `${t('fund.remaining')}: ${formatFen(backer.remainingFen, language)}`,
    ].join('<br/>')
  }
  const option: BarOption = {
    animation: false,
    grid: { left: 48, right: 16, top: 48, bottom: 96 },
    legend: { top: 0, itemWidth: 12, itemHeight: 12 },
    tooltip: { trigger: 'axis', formatter: describe },
    xAxis: {
      type: 'category',
      data: backers.map((backer) => nameOf(backer)),
      axisLabel: { interval: 0, rotate: 35, width: 110, overflow: 'truncate', fontSize: 11 },
    },
    yAxis: { type: 'value', name: t('fund.hundredMillionYuan') },
    series: [
      { name: t('fund.committed'), colour: '#a9c4eb', fen: (backer: Backer) => backer.committedFen },
      { name: t('fund.called'), colour: '#1561c9', fen: (backer: Backer) => backer.calledFen },
    ].map(({ name, colour, fen }): BarSeriesOption => ({
      type: 'bar',
      name,
      barGap: '-100%',
      barMaxWidth: 26,
      itemStyle: { color: colour },
      data: backers.map((backer) => fen(backer) / fenPerHundredMillionYuan),
    })),
  }
  const label = t('fund.backersLabel', {
    backers: backers
      .map(
        (backer) =>
          `${nameOf(backer)} ${formatFen(backer.calledFen, language)} / ${formatFen(backer.committedFen, language)}`,
      )
      .join('; '),
  })
  return <EChart option={option} label={label} testId="fund-backers-chart" frame={{ height: 340 }} />
}

export function PortfolioHeatmap({ figures }: { figures: FundFigures }) {
  const { t } = useTranslation('insights')
  const { language, nameOf } = useLanguage()
  const { industries, cities, cells } = figures.heatMap
  const data = cells.flatMap((cell) => {
    const x = cities.findIndex((city) => city.code === cell.cityCode)
    const y = industries.findIndex((industry) => industry.code === cell.industry)
    return x < 0 || y < 0 || cell.investments === 0
      ? []
      : [{ value: [x, y, cell.amountFen], investments: cell.investments }]
  })
  const largest = Math.max(1, ...data.map((cell) => cell.value[2] ?? 0))
  /** the cell a tooltip or label is for, found by its place (ECharts hands over a copy of the item) */
  const read = (point: unknown) => {
    if (typeof point !== 'object' || point === null || !('data' in point)) return null
    const item = point.data
    if (typeof item !== 'object' || item === null || !('value' in item) || !Array.isArray(item.value))
      return null
    const [x, y] = item.value
    return data.find((cell) => cell.value[0] === x && cell.value[1] === y) ?? null
  }
  const option: HeatmapOption = {
    animation: false,
    grid: { left: 120, right: 16, top: 12, bottom: 100 },
    tooltip: {
      trigger: 'item',
      formatter: (point: unknown) => {
        const cell = read(point)
        if (cell === null) return ''
        const [x = 0, y = 0, fen = 0] = cell.value
        return t('fund.cellTooltip', {
          industry: nameOf(industries[y] ?? { nameZh: '', nameEn: '' }),
          city: nameOf(cities[x] ?? { nameZh: '', nameEn: '' }),
          amount: formatFen(fen, language),
          investments: formatCount(cell.investments, language),
        })
      },
    },
    xAxis: {
      type: 'category',
      data: cities.map((city) => nameOf(city)),
      splitArea: { show: true },
      axisLabel: { interval: 0, rotate: 30 },
    },
    yAxis: {
      type: 'category',
      data: industries.map((industry) => nameOf(industry)),
      inverse: true,
      splitArea: { show: true },
    },
    visualMap: {
      type: 'continuous',
      min: 0,
      max: largest,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      calculable: false,
      text: [compactFlowValue(largest, 'fen', language), '0'],
      inRange: { color: ['#e8f1fd', '#7aa7e6', '#1561c9', '#0b2f6b'] },
    },
    series: [
      {
        type: 'heatmap',
        data,
        label: {
          show: true,
          fontSize: 11,
          formatter: (point: unknown) => {
            const cell = read(point)
            return cell === null ? '' : compactFlowValue(cell.value[2] ?? 0, 'fen', language)
          },
        },
      },
    ],
  }
  return (
    <EChart option={option} label={t('fund.heatmapLabel')} testId="fund-heatmap" frame={{ height: 420 }} />
  )
}

export function StageChart({ figures }: { figures: FundFigures }) {
  const { t } = useTranslation('insights')
  const { language, nameOf } = useLanguage()
  const stages = figures.byStage
  const option: BarOption = {
    animation: false,
    grid: { left: 48, right: 48, top: 48, bottom: 32 },
    legend: { top: 0, itemWidth: 12, itemHeight: 12 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: stages.map((row) => nameOf(row.stage)) },
    yAxis: [
      { type: 'value', name: t('fund.hundredMillionYuan') },
      { type: 'value', name: t('fund.investments'), splitLine: { show: false }, minInterval: 1 },
    ],
    series: [
      {
        type: 'bar',
        name: t('fund.invested'),
        barMaxWidth: 36,
        itemStyle: { color: '#1561c9' },
        data: stages.map((row) => row.amountFen / fenPerHundredMillionYuan),
      },
      {
        type: 'bar',
        name: t('fund.investments'),
        yAxisIndex: 1,
        barMaxWidth: 36,
        itemStyle: { color: '#f5a623' },
        data: stages.map((row) => row.investments),
      },
    ],
  }
  const label = t('fund.stagesLabel', {
    stages: stages.map((row) => `${nameOf(row.stage)} ${formatFen(row.amountFen, language)}`).join('; '),
  })
  return <EChart option={option} label={label} testId="fund-stage-chart" frame={{ height: 300 }} />
}
