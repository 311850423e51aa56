// A flow matrix as a table: a row per from-city, a column per to-city, each cell a button that opens its records
// (a suppressed cell says so); the row's total at the end.
import { Button, Tag, Tooltip } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatCount } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { column, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import type { FlowCell, FlowMatrix } from '../common/insights.types'
import { formatFlowValue, unitOfKind } from '../common/kinds'
import { matrixRows, type MatrixRow } from './flowMatrix'

interface MatrixTableProps {
  matrix: FlowMatrix
  codes: string[]
  names: string[]
  onOpenCell: (fromCityCode: string, toCityCode: string) => void
}

export function MatrixTable({ matrix, codes, names, onOpenCell }: MatrixTableProps) {
  const { t } = useTranslation('insights')
  const { language } = useLanguage()
  const unit = unitOfKind[matrix.kind]
  const cellView = (cell: FlowCell | null) => {
    if (cell === null) return '—'
    const testId = `matrix-cell-${cell.fromCityCode}-${cell.toCityCode}`
    if (cell.suppressed || cell.value === null)
      return (
        <Tooltip title={t('flows.suppressedExplained')}>
          <Tag data-testid={testId} tabIndex={0}>
            {t('flows.suppressedShort')}
          </Tag>
        </Tooltip>
      )
    return (
      <Button
        type="link"
        size="small"
        style={{ padding: 0, height: 'auto' }}
        onClick={() => onOpenCell(cell.fromCityCode, cell.toCityCode)}
        data-testid={testId}
      >
        {/* named by the figures it shows and then the pair of cities (WCAG 2.5.3: the words seen are in the name) */}
        <span style={{ display: 'flex', flexDirection: 'column', alignItems: 'flex-end' }}>
          <span>{formatFlowValue(cell.value, unit, language)}</span>
          <span className="g60-muted" style={{ fontSize: 12 }}>
            {t('flows.recordsCount', { count: cell.records, records: formatCount(cell.records, language) })}
          </span>
          <span className="g60-visually-hidden">
            {t('flows.openCell', {
              from: names[codes.indexOf(cell.fromCityCode)] ?? '',
              to: names[codes.indexOf(cell.toCityCode)] ?? '',
            })}
          </span>
        </span>
      </Button>
    )
  }
  const columns: Column<MatrixRow>[] = [
    column(
      'from',
      t(`direction.${matrix.kind}.from`),
      (row) => names[codes.indexOf(row.fromCityCode)] ?? row.fromCityCode,
      { width: 110, fixed: 'left' },
    ),
    ...codes.map((to, index) =>
      column(to, names[index] ?? to, (row: MatrixRow) => cellView(row.cells[index] ?? null), {
        width: unit === 'fen' ? 140 : 100,
        align: 'right',
      }),
    ),
    column('total', t('flows.rowTotal'), (row) => formatFlowValue(row.total, unit, language), {
      width: unit === 'fen' ? 150 : 110,
      align: 'right',
    }),
  ]
  return (
    <DataTable<MatrixRow>
      rows={matrixRows(matrix, codes)}
      columns={columns}
      size="small"
      scroll={{ x: 110 + codes.length * (unit === 'fen' ? 140 : 100) + 150 }}
      data-testid={`flow-matrix-${matrix.kind}`}
    />
  )
}
