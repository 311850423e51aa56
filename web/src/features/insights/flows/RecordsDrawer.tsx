// The records behind one cell of a matrix, newest first, within the caller's reach: when, from → to, the parties,
// the value; their count and sum over every page; an export of them (the server writes it, within the same reach). A cell out of the caller's reach (a city
// officer's cell between two other cities) says so instead.
import { Alert, Descriptions, Drawer, Flex, Grid } from 'antd'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../../shared/api/errors'
import { usePagedList } from '../../../shared/list/usePagedList'
import { PagedTable } from '../../../shared/list/PagedRows'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { column, timestampColumn, type Column } from '../../../shared/ui/columns'
import { useErrorText } from '../../../shared/ui/errorText'
import { Count } from '../../../shared/ui/Formatted'
import { ExportButton } from '../../../shared/list/ExportButton'
import {
  figureExportPaths,
  flowRecordsSource,
  useRecordTotals,
  type RecordFilters,
} from '../common/insights.queries'
import type { FlowRecord } from '../common/insights.types'
import { formatFlowValue, unitOfKind } from '../common/kinds'

type RecordRow = FlowRecord & { id: string }

interface RecordsDrawerProps {
  filters: RecordFilters
  cityName: (code: string) => string
  periodText: string
  onClose: () => void
}

function useRecordColumns(filters: RecordFilters, cityName: (code: string) => string): Column<RecordRow>[] {
  const { t } = useTranslation('insights')
  const { language, isChinese } = useLanguage()
  const unit = unitOfKind[filters.kind]
  const named = (zh: string | null, en: string | null) => (isChinese ? zh : en) ?? zh ?? en ?? '—'
  return [
    timestampColumn('occurredAt', t('records.occurredAt'), (row) => row.occurredAt, 170),
    column(
      'route',
      t('records.route'),
      (row) => `${cityName(row.fromCityCode)} → ${cityName(row.toCityCode)}`,
      150,
    ),
    column(
      'party',
      t(`direction.${filters.kind}.party`),
      (row) => named(row.partyNameZh, row.partyNameEn),
      240,
    ),
    column(
      'counterparty',
      t(`direction.${filters.kind}.counterparty`),
      (row) => named(row.counterpartyNameZh, row.counterpartyNameEn),
      240,
    ),
    column('value', t('records.value'), (row) => formatFlowValue(row.value, unit, language), {
      width: 150,
      align: 'right',
    }),
  ]
}

function RecordsList({ filters, cityName, periodText }: Omit<RecordsDrawerProps, 'onClose'>) {
  const { t } = useTranslation('insights')
  const { language } = useLanguage()
  const list = usePagedList(flowRecordsSource, () => filters)
  const totals = useRecordTotals(filters)
  const columns = useRecordColumns(filters, cityName)
  const unit = unitOfKind[filters.kind]
  return (
    <Flex vertical gap="middle">
      <Descriptions size="small" column={1} bordered data-testid="records-totals">
        <Descriptions.Item label={t('records.period')}>{periodText}</Descriptions.Item>
        <Descriptions.Item label={t('records.count')}>
          {totals.data === undefined ? '—' : <Count value={totals.data.records} />}
        </Descriptions.Item>
        <Descriptions.Item label={t('records.sum')}>
          {totals.data === undefined ? '—' : formatFlowValue(totals.data.value, unit, language)}
        </Descriptions.Item>
      </Descriptions>
      <Flex justify="flex-end" gap="small" wrap>
        <ExportButton path={figureExportPaths.records} query={{ ...filters }} testId="records-export" />
      </Flex>
      <PagedTable<RecordRow> list={list} columns={columns} scroll={{ x: 950 }} data-testid="flow-records" />
    </Flex>
  )
}

export function RecordsDrawer(props: RecordsDrawerProps) {
  const { t } = useTranslation('insights')
  const errorText = useErrorText()
  const screens = Grid.useBreakpoint()
  const { filters, cityName, onClose } = props
  // the totals tell at once whether the cell is within reach: a 403 says why not, without a table
  const totals = useRecordTotals(filters)
  const outOfReach = isApiError(totals.error, 403)
  const title = t('records.title', {
    kind: t(`kinds.${filters.kind}`),
    from: filters.from === undefined ? t('records.anyCity') : cityName(filters.from),
    to: filters.to === undefined ? t('records.anyCity') : cityName(filters.to),
  })
  return (
    <Drawer
      open
      title={title}
      onClose={onClose}
      size={screens.md === true ? 1000 : '100%'}
      destroyOnHidden
      data-testid="records-drawer"
    >
      {outOfReach ? (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('records.outOfReach')}
          description={errorText(totals.error)}
          data-testid="records-out-of-reach"
        />
      ) : (
        <RecordsList {...props} />
      )}
    </Drawer>
  )
}
