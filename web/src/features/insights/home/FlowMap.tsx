// The corridor map with the flows of one kind between the nine cities: a click on an arrow opens the records
// behind it, a click on a city its flows.
import { Grid, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import { registerCorridorMap } from '../../../shared/charts/corridorGeo'
import { EChart } from '../../../shared/charts/EChart'
import { formatCount } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { FlowMatrix } from '../common/insights.types'
import { formatFlowValue, kindColours, unitOfKind } from '../common/kinds'
import { crossActivity, flowLines, flowMapOption, isCityDot, isFlowLine, type FlowLine } from './flowMap'

registerCorridorMap()

declare global {
  interface Window {
    /** set once the insights map has been drawn: the browser journeys wait for it */
    __g60FlowMapDrawn?: boolean
  }
}

export interface FlowMapProps {
  cities: City[]
  matrix: FlowMatrix
  onOpenCell: (fromCityCode: string, toCityCode: string) => void
  onOpenCity: (cityCode: string) => void
}

export function FlowMap({ cities, matrix, onOpenCell, onOpenCity }: FlowMapProps) {
  const { t } = useTranslation('insights')
  const { language, nameOf, isChinese } = useLanguage()
  const unit = unitOfKind[matrix.kind]
  const compact = Grid.useBreakpoint().md !== true
  const nameOfCode = (code: string) => {
    const city = cities.find((candidate) => candidate.code === code)
    return city === undefined ? code : nameOf(city)
  }
  const mapCities = cities.map((city) => ({ ...city, name: nameOf(city) }))
  const activity = crossActivity(matrix.cells)
  const describeLine = (line: FlowLine) =>
    t('map.lineTooltip', {
      from: nameOfCode(line.fromCityCode),
      to: nameOfCode(line.toCityCode),
      value: formatFlowValue(line.value, unit, language),
      records: formatCount(line.records, language),
    })
  const describeCity = (code: string) =>
    t('map.cityTooltip', {
      city: nameOfCode(code),
      value: formatFlowValue(activity.get(code) ?? 0, unit, language),
    })
  const option = flowMapOption({
    cities: mapCities,
    cells: matrix.cells,
    colour: kindColours[matrix.kind],
    isChinese,
    describeLine,
    describeCity,
    compact,
  })
  const lines = flowLines(matrix.cells, mapCities)
  const label = t('map.label', {
    kind: t(`kinds.${matrix.kind}`),
    flows: lines.length === 0 ? t('map.noFlows') : [...lines].reverse().map(describeLine).join('; '),
  })
  return (
    <>
      <EChart
        option={option}
        label={label}
        testId="flow-map"
        frame={{ aspectRatio: compact ? '1.1' : '1.3', maxHeight: 560 }}
        onEvents={{
          click: (point: unknown) => {
            if (isFlowLine(point)) onOpenCell(point.data.fromCityCode, point.data.toCityCode)
            else if (isCityDot(point)) onOpenCity(point.data.code)
          },
          finished: () => {
            window.__g60FlowMapDrawn = true
          },
        }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('map.attribution')}
      </Typography.Text>
    </>
  )
}
