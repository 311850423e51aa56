// The map's flows as a table (its table view): each pair of cities, largest first, with its value and records and
// a button that opens the records (the server writes the same as a file, in the same order).
import { Button } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { column, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import { Count } from '../../../shared/ui/Formatted'
import type { FlowCell, FlowMatrix } from '../common/insights.types'
import { formatFlowValue, unitOfKind } from '../common/kinds'

type FlowRow = FlowCell & { id: string }

/** The pairs of cities with records, cross-city ones first and largest first; the suppressed last. */
export function flowListRows(matrix: FlowMatrix): FlowRow[] {
  return matrix.cells
    .map((cell) => ({ ...cell, id: `${cell.fromCityCode}>${cell.toCityCode}` }))
    .sort(
      (first, second) =>
        Number(first.fromCityCode === first.toCityCode) - Number(second.fromCityCode === second.toCityCode) ||
        (second.value ?? -1) - (first.value ?? -1),
    )
}

export function FlowList({
  matrix,
  cityName,
  onOpenCell,
}: {
  matrix: FlowMatrix
  cityName: (code: string) => string
  onOpenCell: (fromCityCode: string, toCityCode: string) => void
}) {
  const { t } = useTranslation('insights')
  const { language } = useLanguage()
  const unit = unitOfKind[matrix.kind]
  const columns: Column<FlowRow>[] = [
    column('from', t(`direction.${matrix.kind}.from`), (row) => cityName(row.fromCityCode), 120),
    column('to', t(`direction.${matrix.kind}.to`), (row) => cityName(row.toCityCode), 120),
    column(
      'value',
      t('records.value'),
      (row) => (row.value === null ? t('flows.suppressedShort') : formatFlowValue(row.value, unit, language)),
      { width: 150, align: 'right' },
    ),
    column('records', t('flows.records'), (row) => <Count value={row.records} />, {
      width: 90,
      align: 'right',
    }),
    column(
      'open',
      t('flows.openRecords'),
      (row) =>
        row.suppressed ? null : (
          <Button
            size="small"
            onClick={() => onOpenCell(row.fromCityCode, row.toCityCode)}
            data-testid={`flow-open-${row.fromCityCode}-${row.toCityCode}`}
            data-from={row.fromCityCode}
            data-to={row.toCityCode}
          >
            {t('flows.openRecords')}
          </Button>
        ),
      110,
    ),
  ]
  return (
    <DataTable<FlowRow>
      rows={flowListRows(matrix)}
      columns={columns}
      size="small"
      scroll={{ x: 600 }}
      data-testid="flow-list"
    />
  )
}
