// The corridor office's scoring parameters: every dated set, newest first, which one is in force today, and each
// set's weights and full marks on demand. A new set takes effect from its day; earlier scores keep theirs.
import { PlusOutlined } from '@ant-design/icons'
import { Card, Empty, Skeleton, Table, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { shanghaiToday } from '../../../shared/format/days'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { InlineError } from '../../../shared/ui/PageError'
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
  const { language } = useLanguage()
  const sets = useParameterSets()
  const items = sets.data?.items ?? []
  const today = shanghaiToday()
  const inForce = setInForce(items, today)
  const columns: TableColumnsType<ParameterSet> = [
    {
      key: 'effectiveFrom',
      title: t('parameters.effectiveFrom'),
      width: 200,
      render: (_, set) => (
        <>
          <span className="g60-numeric">{set.effectiveFrom}</span>{' '}
          {set.id === inForce?.id && <Tag color="success">{t('parameters.inForce')}</Tag>}
          {set.effectiveFrom > today && <Tag color="processing">{t('parameters.scheduled')}</Tag>}
        </>
      ),
    },
    { key: 'note', title: t('parameters.note'), render: (_, set) => set.note },
    {
      key: 'createdAt',
      title: t('parameters.createdAt'),
      width: 180,
      render: (_, set) => formatTimestamp(set.createdAt, language),
    },
  ]
  return (
    <>
      <PageTitle
        title={t('nav.parameters')}
        subtitle={t('parameters.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/finance/parameters/new">
            {t('parameters.new')}
          </LinkButton>
        }
      />
      <Card>
        {sets.isError && <InlineError error={sets.error} onRetry={() => void sets.refetch()} />}
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
