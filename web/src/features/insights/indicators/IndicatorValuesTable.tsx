// An indicator's values as a table (its chart's table view): scope, period, value, gap to the target, the source
// and the day it was published; measured values (computed from the platform's records) and demo data say so.
import { Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { column, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import { Day } from '../../../shared/ui/Formatted'
import { SyntheticTag } from '../../../shared/ui/SyntheticTag'
import type { Indicator, IndicatorValue } from '../common/insights.types'
import { formatGap, formatIndicatorValue, gapTone } from './indicatorFigures'

type ValueRow = IndicatorValue & { id: string; scopeName: string }

export function GapText({ value, indicator }: { value: IndicatorValue | null; indicator: Indicator }) {
  const { language } = useLanguage()
  if (value === null || value.gapToTarget === null) return <>—</>
  const tone = gapTone(value)
  return (
    <Typography.Text type={tone} data-on-track={String(value.onTrack)}>
      {formatGap(value.gapToTarget, indicator, language)}
    </Typography.Text>
  )
}

export function IndicatorValuesTable({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('insights')
  const { language, isChinese } = useLanguage()
  const rows: ValueRow[] = indicator.series.flatMap((series) =>
    [...series.values].reverse().map((value) => ({
      ...value,
      id: `${series.scope}-${value.periodEnd}`,
      scopeName: isChinese ? series.scopeNameZh : series.scopeNameEn,
    })),
  )
  const columns: Column<ValueRow>[] = [
    column('scope', t('indicators.scope'), (row) => row.scopeName, 150),
    column('periodEnd', t('indicators.periodEnd'), (row) => <Day day={row.periodEnd} />, 130),
    column('value', t('indicators.value'), (row) => formatIndicatorValue(row.value, indicator, language), {
      width: 130,
      align: 'right',
    }),
    column('gap', t('indicators.gap'), (row) => <GapText value={row} indicator={indicator} />, {
      width: 110,
      align: 'right',
    }),
    column(
      'source',
      t('indicators.source'),
      (row) => (
        <>
          {row.source} {row.measured && <Tag color="cyan">{t('indicators.measured')}</Tag>}
          <SyntheticTag isSynthetic={row.isSynthetic} />
        </>
      ),
      320,
    ),
    column('publishedOn', t('indicators.publishedOn'), (row) => <Day day={row.publishedOn} />, 130),
  ]
  return (
    <DataTable<ValueRow>
      rows={rows}
      columns={columns}
      size="small"
      scroll={{ x: 980 }}
      emptyText={t('indicators.noValues')}
      data-testid={`indicator-values-${indicator.code}`}
    />
  )
}
