// The signed-in booker's violations: no-shows (nobody checked in within an hour of the start) and overbooking
// (more than twice the time used). More than an owner's limit bars the booker from that owner's instruments.
import { Alert, Card, Empty, Flex, Statistic, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { column, timestampColumn } from '../../../shared/ui/columns'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { RecordName } from '../../../shared/ui/RecordName'
import type { Violation } from '../common/instrument.types'
import { useViolations } from './bookings.queries'

/** the default blacklist threshold of an owner: more than this many in 12 months */
const defaultViolationLimit = 3

export function ViolationsPage() {
  const { t } = useTranslation('instruments')
  const record = useViolations()
  const violations = record.data?.violations ?? []
  const count = record.data?.countLast12Months ?? 0
  const columns: TableColumnsType<Violation> = [
    timestampColumn('when', t('violations.occurredAt'), (violation) => violation.occurredAt, 180),
    column(
      'kind',
      t('violations.kind'),
      (violation) => (
        <>
          {t(`enums.violationKind.${violation.kind}`)}
          <span className="g60-secondary-name">{t(`violations.explained.${violation.kind}`)}</span>
        </>
      ),
      200,
    ),
    column('instrument', t('bookings.instrument'), (violation) => (
      <>
        <RecordName
          record={violation.instrument}
          fallback=""
          to={`/instruments/${encodeURIComponent(violation.instrumentId)}`}
        />
        <span className="g60-secondary-name">
          <RecordName record={violation.provider} fallback="" />
        </span>
      </>
    )),
  ]
  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('violations.title')} subtitle={t('violations.subtitle')} />
      <QueryError query={record} />
      <Card data-testid="violation-summary">
        <Flex gap={48} wrap align="center">
          <Statistic
            title={t('violations.last12Months')}
            value={count}
            loading={record.isPending}
            styles={{ content: { color: count > 0 ? '#cf1322' : undefined } }}
          />
          <Alert
            style={{ flex: 1, minWidth: 280 }}
            type={count >= defaultViolationLimit ? 'error' : count > 0 ? 'warning' : 'success'}
            showIcon
            title={
              count === 0 ? t('violations.clean') : t('violations.warning', { limit: defaultViolationLimit })
            }
          />
        </Flex>
      </Card>
      <Card title={t('violations.listTitle')}>
        <Table<Violation>
          rowKey="id"
          columns={columns}
          dataSource={violations}
          loading={record.isFetching}
          pagination={false}
          size="middle"
          locale={{ emptyText: <Empty description={t('violations.empty')} /> }}
          data-testid="violation-table"
        />
      </Card>
    </Flex>
  )
}
