// One group's indicators: each value (by its unit) with its source and the day it describes, the weight, how much of
// the full marks it attains and the points it earns.
import { Card, Empty, Progress, Table, Tag, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
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
    {
      key: 'name',
      title: t('score.indicator'),
      render: (_, item) => (
        <>
          {nameOf(item)}
          <span className="g60-secondary-name">{otherNameOf(item)}</span>
        </>
      ),
    },
    {
      key: 'value',
      title: t('score.value'),
      align: 'right',
      width: 170,
      render: (_, item) =>
        item.value === null ? (
          <span className="g60-muted">{t('score.noValue')}</span>
        ) : (
          <span className="g60-numeric">{formatIndicatorValue(item.value, unitOf(item.code), language)}</span>
        ),
    },
    {
      key: 'source',
      title: t('score.source'),
      width: 190,
      render: (_, item) =>
        item.source === null ? (
          t('common.none')
        ) : (
          <>
            <Tag color={item.source === 'self_reported' ? 'default' : 'blue'}>{sourceName(item.source)}</Tag>
            <span className="g60-secondary-name">{item.asOf}</span>
          </>
        ),
    },
    {
      key: 'weight',
      title: t('score.weight'),
      align: 'right',
      width: 80,
      render: (_, item) => formatTenths(item.weightPermille, language),
    },
    {
      key: 'attainment',
      title: t('score.attainment'),
      width: 210,
      render: (_, item) => (
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
    },
    {
      key: 'points',
      title: t('score.points'),
      align: 'right',
      width: 80,
      render: (_, item) => (
        <strong className="g60-numeric">{formatTenths(item.pointsTenths, language)}</strong>
      ),
    },
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
