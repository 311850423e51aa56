// Window city × competent city: the cases each city's window received for each city's offices in the period. The
// diagonal is handled at home; everything off it crossed a city line (异地受理、远程审批).
import { Grid } from 'antd'
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import { cityHeatmapOption } from '../../../shared/charts/cityHeatmap'
import { EChart } from '../../../shared/charts/EChart'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { ServiceFigures } from '../common/services.types'

function cellOf(value: unknown): [number, number, number] | null {
  if (typeof value !== 'object' || value === null || !('value' in value) || !Array.isArray(value.value))
    return null
  const [competent, window, cases]: unknown[] = value.value
  return typeof competent === 'number' && typeof window === 'number' && typeof cases === 'number'
    ? [competent, window, cases]
    : null
}

export function PairsHeatmap({ pairs, cities }: { pairs: ServiceFigures['pairs']; cities: City[] }) {
  const { t } = useTranslation('services')
  const { nameOf } = useLanguage()
  // a phone: the columns' names stand upright, or they would run into each other
  const narrow = Grid.useBreakpoint().sm === false
  const names = cities.map((city) => nameOf(city))
  const indexOf = (code: string) => cities.findIndex((city) => city.code === code)
  const cells = pairs
    .map((pair): [number, number, number] => [
      indexOf(pair.competentCity.code),
      indexOf(pair.windowCity.code),
      pair.cases,
    ])
    .filter(([competent, window]) => competent >= 0 && window >= 0)
  const most = Math.max(1, ...cells.map((cell) => cell[2]))
  const describe = (point: unknown) => {
    const cell = cellOf(point)
    if (cell === null) return ''
    return t('dashboard.pairTooltip', {
      window: names[cell[1]] ?? '',
      competent: names[cell[0]] ?? '',
      count: cell[2],
    })
  }
  const option = cityHeatmapOption({
    names,
    x: { name: t('dashboard.competentCity'), nameGap: narrow ? 96 : 72, rotate: narrow ? 90 : 30 },
    y: { name: t('dashboard.windowCity'), nameGap: 100 },
    grid: { left: 116, bottom: narrow ? 164 : 140 },
    data: cells.map((cell) => ({ value: cell })),
    max: most,
    scale: [String(most), '0'],
    describe,
    cellLabel: (point) => String(cellOf(point)?.[2] ?? ''),
  })
  const label = t('dashboard.heatmapLabel', {
    pairs: pairs
      .map((pair) =>
        t('dashboard.pairTooltip', {
          window: nameOf(pair.windowCity),
          competent: nameOf(pair.competentCity),
          count: pair.cases,
        }),
      )
      .join('; '),
  })
  return <EChart option={option} label={label} testId="service-pairs-heatmap" frame={{ height: 460 }} />
}
