// The integration index month by month as a table: the index, each kind's contribution to its change from 100 and
// each kind's cross-city share against the base month's (the server writes the same as a file).
import { useTranslation } from 'react-i18next'
import type { Language } from '../../../shared/i18n/i18n'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { column, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import { flowKinds, formatShare } from '../common/kinds'
import { formatMonth } from '../common/period'
import type { IndexRow } from './indexSeries'

type Row = IndexRow & { id: string }

const decimal = (value: number | null, language: Language) =>
  value === null ? '—' : new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value)

export function IndexTable({ rows, testId }: { rows: IndexRow[]; testId?: string }) {
  const { t } = useTranslation('insights')
  const { language } = useLanguage()
  const right = { align: 'right' as const, width: 110 }
  const columns: Column<Row>[] = [
    column('month', t('index.month'), (row) => formatMonth(row.month, language), {
      width: 110,
      fixed: 'left',
    }),
    column('index', t('index.value'), (row) => decimal(row.indexValue, language), right),
    ...flowKinds.map((kind) =>
      column(
        `contribution-${kind}`,
        t('index.contributionOf', { kind: t(`kinds.${kind}`) }),
        (row: Row) => decimal(row.contributions[kind], language),
        right,
      ),
    ),
    ...flowKinds.map((kind) =>
      column(
        `share-${kind}`,
        t('index.shareOf', { kind: t(`kinds.${kind}`) }),
        (row: Row) => {
          const share = row.shares[kind]
          const base = row.baseShares[kind]
          if (share === null) return '—'
          return base === null
            ? formatShare(share, language)
            : t('index.shareAgainstBase', {
                share: formatShare(share, language),
                base: formatShare(base, language),
              })
        },
        { align: 'right', width: 150 },
      ),
    ),
  ]
  return (
    <DataTable
      rows={rows.map((row) => ({ ...row, id: row.month }))}
      columns={columns}
      scroll={{ x: 1200 }}
      emptyText={t('index.empty')}
      data-testid={testId}
    />
  )
}
