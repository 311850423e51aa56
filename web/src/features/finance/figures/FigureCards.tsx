// The period's headline figures: credit granted and drawn, first-time borrowers, guarantees and their share, equity
// raised and loan growth against the previous period.
import { Card, Flex, Statistic } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatCount, formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { formatPercent } from '../common/format'
import type { FigureTotals } from './totals'

export function FigureCards({ totals, loading }: { totals: FigureTotals | undefined; loading: boolean }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  const growth = totals?.loanGrowthPercent
  const figures: { key: string; label: string; value: string; note?: string }[] = [
    {
      key: 'granted',
      label: t('figures.creditGranted'),
      value: formatFen(totals?.creditGrantedFen ?? 0, language),
    },
    {
      key: 'drawn',
      label: t('figures.creditDrawn'),
      value: formatFen(totals?.creditDrawnFen ?? 0, language),
    },
    {
      key: 'firstTime',
      label: t('figures.firstTimeBorrowers'),
      value: formatCount(totals?.firstTimeBorrowers ?? 0, language),
    },
    {
      key: 'guarantees',
      label: t('figures.guarantees'),
      value: formatFen(totals?.guaranteesFen ?? 0, language),
      note: t('figures.shareLine', {
        share: formatPercent(totals?.guaranteeSharePercent ?? 0, language),
      }),
    },
    {
      key: 'equity',
      label: t('figures.equityRaised'),
      value: formatFen(totals?.equityRaisedFen ?? 0, language),
    },
    {
      key: 'growth',
      label: t('figures.loanGrowth'),
      value:
        growth === null || growth === undefined
          ? t('figures.noPrevious')
          : `${growth > 0 ? '+' : ''}${formatPercent(growth, language)}`,
      note: t('figures.previousLine', {
        amount: formatFen(totals?.previousCreditDrawnFen ?? 0, language),
      }),
    },
  ]
  return (
    <Flex wrap gap={16} data-testid="finance-figure-cards">
      {figures.map((figure) => (
        <Card
          key={figure.key}
          size="small"
          style={{ flex: '1 1 30%', minWidth: 220 }}
          data-figure={figure.key}
        >
          <Statistic
            title={figure.label}
            value={figure.value}
            loading={loading}
            styles={{ content: { fontSize: 22 } }}
          />
          {figure.note !== undefined && <span className="g60-secondary-name">{figure.note}</span>}
        </Card>
      ))}
    </Flex>
  )
}
