// Issuing city × provider city: how much each city's vouchers paid providers of each city in the period. The
// diagonal is spending at home; everything off it crosses a city line.
import { useTranslation } from 'react-i18next'
import type { City, ClearingReport } from '../../../shared/api/types'
import { cityHeatmapOption } from '../../../shared/charts/cityHeatmap'
import { EChart } from '../../../shared/charts/EChart'
import { formatCount, formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'

interface Cell {
  value: [number, number, number]
  count: number
}

function isCell(value: unknown): value is { data: Cell } {
  if (typeof value !== 'object' || value === null || !('data' in value)) return false
  const data = value.data
  return typeof data === 'object' && data !== null && 'count' in data && 'value' in data
}

const fenPerYuan = 100

export function ClearingHeatmap({ report, cities }: { report: ClearingReport; cities: City[] }) {
  const { t } = useTranslation('vouchers')
  const { language, nameOf } = useLanguage()
  // the corridor's order of the nine cities, as the report lists their positions
  const codes = report.positions.map((position) => position.cityCode)
  const names = codes.map((code) => {
    const city = cities.find((candidate) => candidate.code === code)
    return city === undefined ? code : nameOf(city)
  })
  const indexOf = (code: string) => codes.indexOf(code)
  const cells: Cell[] = report.flows
    .map((flow) => ({
      value: [indexOf(flow.providerCityCode), indexOf(flow.issuerCityCode), flow.valueFen] as [
        number,
        number,
        number,
      ],
      count: flow.count,
    }))
    .filter((cell) => cell.value[0] >= 0 && cell.value[1] >= 0)
  const largestFen = Math.max(1, ...cells.map((cell) => cell.value[2]))
  const compactYuan = new Intl.NumberFormat(language, { notation: 'compact', maximumFractionDigits: 1 })
  /** whole yuan in a cell (integer division: the exact figure is in the tooltip and the table) */
  const cellLabel = (fen: number) => `¥${compactYuan.format(Math.trunc(fen / fenPerYuan))}`
  const describe = (point: unknown) => {
    if (!isCell(point)) return ''
    const [provider, issuer, fen] = point.data.value
    return t('clearing.cellTooltip', {
      issuer: names[issuer] ?? '',
      provider: names[provider] ?? '',
      amount: formatFen(fen, language),
      count: formatCount(point.data.count, language),
    })
  }

  const option = cityHeatmapOption({
    names,
    x: { name: t('clearing.providerCity'), nameGap: 34 },
    y: { name: t('clearing.issuerCity'), nameGap: 94 },
    grid: { left: 110, bottom: 96 },
    data: cells,
    max: largestFen,
    scale: [cellLabel(largestFen), '¥0'],
    describe,
    cellLabel: (point) => (isCell(point) ? cellLabel(point.data.value[2]) : ''),
  })
  const label = t('clearing.heatmapLabel', {
    flows: report.flows
      .map((flow) =>
        t('clearing.flowLabel', {
          issuer: names[indexOf(flow.issuerCityCode)] ?? flow.issuerCityCode,
          provider: names[indexOf(flow.providerCityCode)] ?? flow.providerCityCode,
          amount: formatFen(flow.valueFen, language),
        }),
      )
      .join('; '),
  })
  return <EChart option={option} label={label} testId="clearing-heatmap" frame={{ height: 480 }} />
}
