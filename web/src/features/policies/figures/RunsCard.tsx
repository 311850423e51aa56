// The corridor office's matching runs: run matching across the corridor now (in slices, on the server), and the
// latest runs with how far each got, refreshed while one is running.
import { PlayCircleOutlined } from '@ant-design/icons'
import { Card, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { column, timestampColumn, type Column } from '../../../shared/ui/columns'
import { ConfirmButton } from '../../../shared/ui/ConfirmButton'
import { DataTable } from '../../../shared/ui/DataTable'
import { Count, Day, Timestamp } from '../../../shared/ui/Formatted'
import { QueryError } from '../../../shared/ui/PageError'
import { useMatchingRuns, useRunMatching } from '../common/policies.queries'
import type { MatchingRun } from '../common/policies.types'

export function RunsCard() {
  const { t } = useTranslation('policies')
  const runs = useMatchingRuns(true)
  const runNow = useRunMatching()
  const running = (runs.data ?? []).some((run) => run.status === 'running')
  const count = (value: (run: MatchingRun) => number) => (run: MatchingRun) => <Count value={value(run)} />
  const columns: Column<MatchingRun>[] = [
    timestampColumn('startedAt', t('runs.startedAt'), (run) => run.startedAt, 170),
    column('asOf', t('runs.asOf'), (run) => <Day day={run.asOf} />, 130),
    column(
      'status',
      t('runs.status'),
      (run) => (
        <Tag color={run.status === 'running' ? 'processing' : 'success'}>
          {t(`enums.runStatus.${run.status}`)}
        </Tag>
      ),
      100,
    ),
    column(
      'firms',
      t('runs.firmsDone'),
      count((run) => run.firmsDone),
      { width: 110, align: 'right' },
    ),
    column(
      'decisions',
      t('runs.decisionsWritten'),
      count((run) => run.decisionsWritten),
      {
        width: 120,
        align: 'right',
      },
    ),
    column(
      'newly',
      t('runs.newlyQualified'),
      count((run) => run.newlyQualified),
      { width: 120, align: 'right' },
    ),
    column(
      'finishedAt',
      t('runs.finishedAt'),
      (run) => (run.finishedAt === null ? t('facts.none') : <Timestamp at={run.finishedAt} />),
      170,
    ),
  ]
  return (
    <Card
      title={t('runs.title')}
      extra={
        <ConfirmButton
          type="primary"
          icon={<PlayCircleOutlined />}
          question={t('runs.question')}
          description={t('runs.description')}
          send={() => runNow.mutateAsync(undefined)}
          pending={runNow.isPending}
          disabled={running}
          done={t('runs.started')}
          data-testid="run-matching"
        >
          {t('runs.runNow')}
        </ConfirmButton>
      }
      data-testid="policy-runs"
    >
      <QueryError query={runs} />
      <DataTable<MatchingRun>
        rows={runs.data ?? []}
        columns={columns}
        loading={runs.isPending}
        emptyText={t('runs.empty')}
      />
    </Card>
  )
}
