// An indicator's values over the periods, a line per scope (the corridor's thick), its target as a dashed line.
import { LineChart, type LineSeriesOption } from 'echarts/charts'
import {
  LegendComponent,
  MarkLineComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type MarkLineComponentOption,
  type TooltipComponentOption,
} from 'echarts/components'
import type { ComposeOption } from 'echarts/core'
import { useTranslation } from 'react-i18next'
import { echarts } from '../../../shared/charts/echarts'
import { EChart } from '../../../shared/charts/EChart'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { Indicator } from '../common/insights.types'
import { formatIndicatorValue, periodLabels, periodsOf } from './indicatorFigures'

echarts.use([LineChart, LegendComponent, MarkLineComponent])

type TrendOption = ComposeOption<
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | MarkLineComponentOption
>

export function IndicatorTrend({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('insights')
  const { language, isChinese } = useLanguage()
  const periods = periodsOf(indicator)
  const several = indicator.series.length > 1
  const target = indicator.target
  const option: TrendOption = {
    animation: false,
    grid: { left: 56, right: 24, top: several ? 72 : 24, bottom: 32 },
    legend: several ? { top: 0, type: 'scroll', itemWidth: 12, itemHeight: 12 } : undefined,
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) =>
        typeof value === 'number' ? formatIndicatorValue(value, indicator, language) : '—',
    },
    xAxis: { type: 'category', data: periodLabels(periods, language), boundaryGap: false },
    yAxis: {
      type: 'value',
      scale: true,
      name: isChinese ? indicator.unitZh : indicator.unitEn,
      // the target stays in sight, below or above the values
      ...(target === null
        ? {}
        : {
            min: (extent: { min: number }) => Math.min(extent.min, target),
            max: (extent: { max: number }) => Math.max(extent.max, target),
          }),
    },
    series: indicator.series.map((series, index) => ({
      type: 'line',
      name: isChinese ? series.scopeNameZh : series.scopeNameEn,
      data: periods.map((period) => series.values.find((value) => value.periodEnd === period)?.value ?? null),
      connectNulls: true,
      lineStyle: series.scope === 'G60' ? { width: 3, color: '#0b2f6b' } : { width: 1.5 },
      itemStyle: series.scope === 'G60' ? { color: '#0b2f6b' } : undefined,
      markLine:
        target === null || index > 0
          ? undefined
          : {
              silent: true,
              symbol: 'none',
              lineStyle: { type: 'dashed', color: '#cf1322' },
              label: {
                position: 'insideEndTop',
                formatter: t('indicators.targetLine', {
                  target: formatIndicatorValue(target, indicator, language),
                }),
              },
              data: [{ yAxis: target }],
            },
    })),
  }
  const label = t('indicators.trendLabel', {
    name: isChinese ? indicator.nameZh : indicator.nameEn,
    values: indicator.series
      .map(
        (series) =>
          `${isChinese ? series.scopeNameZh : series.scopeNameEn} ${series.values.map((value) => `${value.periodEnd} ${formatIndicatorValue(value.value, indicator, language)}`).join(', ')}`,
      )
      .join('; '),
  })
  return (
    <EChart
      option={option}
      label={label}
      testId={`indicator-trend-${indicator.code}`}
      frame={{ height: 280 }}
    />
  )
}
