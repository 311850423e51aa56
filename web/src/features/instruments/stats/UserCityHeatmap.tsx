// User city × owner city: the hours each city's users spent on each city's instruments in the period. The
// diagonal is use at home; everything off it crosses a city line.
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import { cityHeatmapOption } from '../../../shared/charts/cityHeatmap'
import { EChart } from '../../../shared/charts/EChart'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { SharingStats } from '../common/instrument.types'

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
  const option = cityHeatmapOption({
    names,
    x: { name: t('stats.ownerCity'), nameGap: 72, rotate: 30 },
    y: { name: t('stats.userCity'), nameGap: 114 },
    grid: { left: 130, bottom: 140 },
    data: cells.map((cell) => ({ value: cell })),
    max: most,
    scale: [t('stats.hoursValue', { hours: most }), '0'],
    describe,
    cellLabel: (point) => String(cellOf(point)?.[2] ?? ''),
  })
  const label = t('stats.heatmapLabel', {
    flows: flows
      .map((flow) =>
        t('stats.cellTooltip', {
          user: names[indexOf(flow.userCityCode)] ?? flow.userCityCode,
          owner: names[indexOf(flow.ownerCityCode)] ?? flow.ownerCityCode,
          hours: flow.hours,
        }),
      )
      .join('; '),
  })
  return <EChart option={option} label={label} testId="user-city-heatmap" frame={{ height: 480 }} />
}
