// The period's totals over the nine cities: effective and external hours, the sharing rate, cross-city hours
// and income.
import { Card, Flex, Statistic } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { formatTenths } from '../common/durations'
import type { SharingStatsRow } from '../common/instrument.types'

const round = (value: number) => Math.round(value * 10) / 10

export function StatsFigures({ rows, loading }: { rows: SharingStatsRow[] | undefined; loading: boolean }) {
  const { t } = useTranslation('instruments')
  const { language } = useLanguage()
  const sum = (pick: (row: SharingStatsRow) => number) =>
    (rows ?? []).reduce((total, row) => total + pick(row), 0)
  const hours = (value: number) => formatTenths(value, language)
  const effective = round(sum((row) => row.effectiveHours))
  const external = round(sum((row) => row.externalHours))
  const figures = [
    { key: 'effective', label: t('stats.effectiveHours'), value: hours(effective) },
    { key: 'external', label: t('stats.externalHours'), value: hours(external) },
    {
      key: 'rate',
      label: t('stats.sharingRate'),
      value: effective > 0 ? `${hours(round((external / effective) * 100))}%` : '—',
    },
    {
      key: 'crossCity',
      label: t('stats.crossCityHours'),
      value: hours(round(sum((row) => row.crossCityHours))),
    },
    {
      key: 'income',
      label: t('stats.income'),
      value: formatFen(
        sum((row) => row.incomeFen),
        language,
      ),
    },
  ]
  return (
    <Flex wrap gap={16} data-testid="stats-figures">
      {figures.map((figure) => (
        <Card key={figure.key} size="small" style={{ flex: '1 1 180px' }}>
          <Statistic title={figure.label} value={figure.value} loading={loading} />
        </Card>
      ))}
    </Flex>
  )
}
