// A flow matrix as a 9 × 9 heat map: from-city rows, to-city columns, the diagonal each city at home. Suppressed
// cells (money of fewer than three records, for whoever may not open them) are grey and say so; a click on a cell
// opens its records.
import type { HeatmapSeriesOption } from 'echarts/charts'
import { useTranslation } from 'react-i18next'
import type { HeatmapOption } from '../../../shared/charts/cityHeatmap'
import { EChart } from '../../../shared/charts/EChart'
import { formatCount } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { FlowMatrix } from '../common/insights.types'
import { compactFlowValue, formatFlowValue, unitOfKind } from '../common/kinds'
import { heatmapCells, isHeatmapCell } from './flowMatrix'

interface FlowHeatmapProps {
  matrix: FlowMatrix
  codes: string[]
  names: string[]
  onOpenCell: (fromCityCode: string, toCityCode: string) => void
}

export function FlowHeatmap({ matrix, codes, names, onOpenCell }: FlowHeatmapProps) {
  const { t } = useTranslation('insights')
  const { language, isChinese } = useLanguage()
  const unit = unitOfKind[matrix.kind]
  const { shown, suppressed, largest } = heatmapCells(matrix, codes)
  const describe = (point: unknown) => {
    if (!isHeatmapCell(point)) return ''
    const cell = point.data
    const from = names[codes.indexOf(cell.fromCityCode)] ?? ''
    const to = names[codes.indexOf(cell.toCityCode)] ?? ''
    return cell.suppressed
      ? t('flows.cellSuppressedTooltip', { from, to })
      : t('flows.cellTooltip', {
          from,
          to,
          value: formatFlowValue(cell.value[2], unit, language),
          records: formatCount(cell.records, language),
        })
  }
  const cellLabel = (point: unknown) =>
    isHeatmapCell(point) ? compactFlowValue(point.data.value[2], unit, language) : ''
  const suppressedSeries: HeatmapSeriesOption = {
    type: 'heatmap',
    data: suppressed,
    itemStyle: { color: '#d9d9d9', borderColor: '#ffffff', borderWidth: 1 },
    label: { show: true, formatter: t('flows.suppressedShort'), color: '#595959', fontSize: 11 },
    emphasis: { itemStyle: { borderColor: '#f5a623', borderWidth: 2 } },
  }
  const option: HeatmapOption = {
    animation: false,
    // English names of the cities are longer: more room for them left of the rows and under the columns
    grid: { left: isChinese ? 96 : 140, right: 16, top: 12, bottom: isChinese ? 112 : 136 },
    tooltip: { trigger: 'item', formatter: describe },
    xAxis: {
      type: 'category',
      data: names,
      name: t(`direction.${matrix.kind}.to`),
      nameLocation: 'middle',
      nameGap: isChinese ? 58 : 84,
      splitArea: { show: true },
      axisLabel: { interval: 0, rotate: 30, fontSize: 12 },
    },
    yAxis: {
      type: 'category',
      data: names,
      name: t(`direction.${matrix.kind}.from`),
      nameLocation: 'middle',
      nameGap: isChinese ? 80 : 124,
      inverse: true,
      splitArea: { show: true },
    },
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      min: 0,
      max: largest,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      text: [compactFlowValue(largest, unit, language), '0'],
      inRange: { color: ['#e8f1fd', '#7aa7e6', '#1561c9', '#0b2f6b'] },
    },
    series: [
      {
        type: 'heatmap',
        data: shown,
        cursor: 'pointer',
        label: { show: true, formatter: cellLabel, fontSize: 11 },
        emphasis: { itemStyle: { borderColor: '#f5a623', borderWidth: 2 } },
      },
      suppressedSeries,
    ],
  }
  const label = t('flows.heatmapLabel', {
    kind: t(`kinds.${matrix.kind}`),
    cells: shown
      .map(
        (cell) =>
          `${names[cell.value[1]] ?? ''} → ${names[cell.value[0]] ?? ''} ${formatFlowValue(cell.value[2], unit, language)}`,
      )
      .join('; '),
  })
  return (
    <EChart
      option={option}
      label={label}
      testId={`flow-heatmap-${matrix.kind}`}
      frame={{ height: 480 }}
      onEvents={{
        click: (point: unknown) => {
          if (isHeatmapCell(point)) onOpenCell(point.data.fromCityCode, point.data.toCityCode)
        },
      }}
    />
  )
}
