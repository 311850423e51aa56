// The corridor office's scoring parameters: every dated set, newest first, which one is in force today, and each
// set's weights and full marks on demand. A new set takes effect from its day; earlier scores keep theirs.
import { Card, Empty, Skeleton, Table, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { column, timestampColumn } from '../../../shared/ui/columns'
import { shanghaiToday } from '../../../shared/format/days'
import { NewLink } from '../../../shared/ui/LinkButton'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import type { ParameterSet } from '../common/finance.types'
import { useParameterSets } from './parameters.queries'
import { valuesFrom } from './parameterValues'
import { WeightsTable } from './WeightsTable'

/** The set in force today: the newest whose day has come (the list is newest first). */
export function setInForce(sets: readonly ParameterSet[], today: string): ParameterSet | undefined {
  return sets.find((set) => set.effectiveFrom <= today)
}

export function ParametersPage() {
  const { t } = useTranslation('finance')
  const sets = useParameterSets()
  const items = sets.data?.items ?? []
  const today = shanghaiToday()
  const inForce = setInForce(items, today)
  const columns: TableColumnsType<ParameterSet> = [
    column(
      'effectiveFrom',
      t('parameters.effectiveFrom'),
      (set) => (
        <>
          <span className="g60-numeric">{set.effectiveFrom}</span>{' '}
          {set.id === inForce?.id && <Tag color="success">{t('parameters.inForce')}</Tag>}
          {set.effectiveFrom > today && <Tag color="processing">{t('parameters.scheduled')}</Tag>}
        </>
      ),
      200,
    ),
    { key: 'note', title: t('parameters.note'), render: (_, set) => set.note },
    timestampColumn('createdAt', t('parameters.createdAt'), (set) => set.createdAt, 180),
  ]
  return (
    <>
      <PageTitle
        title={t('nav.parameters')}
        subtitle={t('parameters.subtitle')}
        extra={<NewLink to="/finance/parameters/new">{t('parameters.new')}</NewLink>}
      />
      <Card>
        <QueryError query={sets} />
        {sets.isPending && <Skeleton active />}
        {/* mounted once the sets are in, so that the set in force opens expanded */}
        {sets.data !== undefined && (
          <Table<ParameterSet>
            rowKey="id"
            columns={columns}
            dataSource={items}
            loading={sets.isFetching}
            pagination={false}
            size="middle"
            expandable={{
              expandedRowRender: (set) => (
                <WeightsTable weights={valuesFrom(set).weights} fullMarks={set.fullMarks} editable={false} />
              ),
              defaultExpandedRowKeys: inForce === undefined ? [] : [inForce.id],
            }}
            locale={{ emptyText: <Empty description={t('parameters.empty')} /> }}
            data-testid="parameter-sets"
          />
        )}
      </Card>
    </>
  )
}
