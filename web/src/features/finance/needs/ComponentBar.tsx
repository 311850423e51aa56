// The six ranking components as one bar out of 100 points: each segment is what a component earned, the grey rest
// what the product did not; the legend gives every component's points against its weight.
import { Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { isOneOf } from '../../../shared/ui/enums'
import { rankingComponents, type RankingComponent } from '../common/enums'
import type { MatchComponent } from '../common/finance.types'

export const componentColours: Record<RankingComponent, string> = {
  amountFit: '#1561c9',
  rate: '#13a8a8',
  termFit: '#52c41a',
  scoreMargin: '#faad14',
  specificity: '#722ed1',
  pastOutcomes: '#eb2f96',
}

export function ComponentBar({ components }: { components: MatchComponent[] }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const points = (value: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)
  const nameOf = (component: string) =>
    isOneOf(rankingComponents, component) ? t(`components.${component}`) : component
  const colourOf = (component: string) =>
    isOneOf(rankingComponents, component) ? componentColours[component] : '#8c8c8c'
  const describe = (item: MatchComponent) =>
    t('matches.componentPoints', {
      name: nameOf(item.component),
      points: points(item.points),
      weight: item.weight,
    })
  return (
    <div className="g60-component-bar" data-testid="component-bar">
      <div className="g60-component-track" role="img" aria-label={components.map(describe).join('；')}>
        {components.map((item) => (
          <Tooltip key={item.component} title={describe(item)}>
            <span
              className="g60-component-segment"
              style={{ width: `${Math.max(item.points, 0)}%`, background: colourOf(item.component) }}
            />
          </Tooltip>
        ))}
      </div>
      <ul className="g60-component-legend">
        {components.map((item) => (
          <li key={item.component}>
            <span className="g60-component-swatch" style={{ background: colourOf(item.component) }} />
            {nameOf(item.component)}
            <span className="g60-numeric g60-component-points">
              {points(item.points)}/{item.weight}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
