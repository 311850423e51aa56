// One group's indicators: each value (by its unit) with its source and the day it describes, the weight, how much of
// the full marks it attains and the points it earns.
import { Card, Empty, Progress, Table, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { column } from '../../../shared/ui/columns'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { isOneOf } from '../../../shared/ui/enums'
import { indicatorSources, unitOf } from '../common/enums'
import type { Contribution, ScoreGroup } from '../common/finance.types'
import { formatIndicatorValue, formatTenths } from '../common/format'

export function IndicatorTable({
  group,
  contributions,
}: {
  group: ScoreGroup
  contributions: Contribution[]
}) {
  const { t } = useTranslation('finance')
  const { language, nameOf, otherNameOf } = useLanguage()
  const sourceName = (source: string) =>
    isOneOf(indicatorSources, source) ? t(`enums.indicatorSource.${source}`) : source
  const columns: TableColumnsType<Contribution> = [
    column('name', t('score.indicator'), (item) => (
      <>
        {nameOf(item)}
        <span className="g60-secondary-name">{otherNameOf(item)}</span>
      </>
    )),
    column(
      'value',
      t('score.value'),
      (item) =>
        item.value === null ? (
          <span className="g60-muted">{t('score.noValue')}</span>
        ) : (
          <span className="g60-numeric">{formatIndicatorValue(item.value, unitOf(item.code), language)}</span>
        ),
      { align: 'right', width: 170 },
    ),
    column(
      'source',
      t('score.source'),
      (item) =>
        item.source === null ? (
          t('common.none')
        ) : (
          <>
            <Tag color={item.source === 'self_reported' ? 'default' : 'blue'}>{sourceName(item.source)}</Tag>
            <span className="g60-secondary-name">{item.asOf}</span>
          </>
        ),
      190,
    ),
    column('weight', t('score.weight'), (item) => formatTenths(item.weightPermille, language), {
      align: 'right',
      width: 80,
    }),
    column(
      'attainment',
      t('score.attainment'),
      (item) => (
        <>
          <Progress
            percent={Math.round(item.attainment * 1000) / 10}
            size="small"
            aria-label={t('score.attainmentOf', { name: nameOf(item) })}
          />
          <span className="g60-secondary-name">
            {t('score.fullMarks', {
              value: formatIndicatorValue(item.fullMarks, unitOf(item.code), language),
            })}
          </span>
        </>
      ),
      210,
    ),
    column(
      'points',
      t('score.points'),
      (item) => <strong className="g60-numeric">{formatTenths(item.pointsTenths, language)}</strong>,
      { align: 'right', width: 80 },
    ),
  ]
  return (
    <Card
      title={t(`enums.indicatorGroup.${group.group}`)}
      extra={t('score.pointsOf', {
        points: formatTenths(group.pointsTenths, language),
        of: formatTenths(group.weightPermille, language),
      })}
    >
      <Table<Contribution>
        rowKey="code"
        columns={columns}
        dataSource={contributions}
        pagination={false}
        size="small"
        scroll={{ x: 860 }}
        locale={{ emptyText: <Empty /> }}
        data-testid={`indicators-${group.group}`}
      />
    </Card>
  )
}
