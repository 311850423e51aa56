// The versions of the index weights, newest first: from which month each applies, its base month, the weight of
// each kind and why it was set. A new version never changes the months before it.
import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { shanghaiToday } from '../../../shared/format/days'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { column, timestampColumn, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import type { WeightsVersion } from '../common/insights.types'
import { flowKinds } from '../common/kinds'
import { formatMonth } from '../common/period'
import { versionsNewestFirst } from './indexSeries'

export function WeightVersions({ versions }: { versions: WeightsVersion[] }) {
  const { t } = useTranslation('insights')
  const { language } = useLanguage()
  const today = shanghaiToday()
  const sorted = versionsNewestFirst(versions)
  const current = sorted.find((version) => version.effectiveFrom <= today)
  const columns: Column<WeightsVersion>[] = [
    column(
      'effectiveFrom',
      t('weights.effectiveFrom'),
      (row) => (
        <>
          {formatMonth(row.effectiveFrom, language)}{' '}
          {row === current && <Tag color="blue">{t('weights.current')}</Tag>}
        </>
      ),
      150,
    ),
    column('baseMonth', t('weights.baseMonth'), (row) => formatMonth(row.baseMonth, language), 110),
    ...flowKinds.map((kind) =>
      column(kind, t(`kinds.${kind}`), (row: WeightsVersion) => `${row.weights[kind]}%`, {
        width: 90,
        align: 'right',
      }),
    ),
    column('note', t('weights.note'), (row) => row.note, { width: 220, ellipsis: true }),
    timestampColumn('createdAt', t('weights.createdAt'), (row) => row.createdAt, 170),
  ]
  return (
    <DataTable<WeightsVersion>
      rows={sorted}
      columns={columns}
      size="small"
      scroll={{ x: 1100 }}
      data-testid="weight-versions"
    />
  )
}
