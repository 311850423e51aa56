// A chart in its card, with its table one click away: every chart of the console can be read as a table too (for
// screen readers, for copying the figures, and for a narrow screen where a chart's labels crowd).
import { Card, Flex, Segmented } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartSlot } from './ChartSlot'

type View = 'chart' | 'table'

/** antd's xs screens: narrower than its sm breakpoint */
const phoneQuery = '(max-width: 575.98px)'

function isPhone(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(phoneQuery).matches
}

export function ChartCard({
  title,
  height,
  chart,
  table,
  phoneView,
  actions,
  testId,
}: {
  title: ReactNode
  /** the chart's height, kept while its data or its code loads */
  height: number
  /** the chart, false until its data is in (see ChartSlot) */
  chart: ReactNode
  /** the same figures as a table */
  table: ReactNode
  /** what a phone shows first, for a chart too dense for its width (a city × city heat map) */
  phoneView?: View
  /** under the chart or its table, on the right: what can be done with the figures (export them …) */
  actions?: ReactNode
  testId?: string
}) {
  const { t } = useTranslation()
  const [view, setView] = useState<View>(() => (phoneView !== undefined && isPhone() ? phoneView : 'chart'))
  return (
    <Card
      title={title}
      data-testid={testId}
      extra={
        <Segmented<View>
          size="small"
          aria-label={t('common.viewAs')}
          value={view}
          onChange={setView}
          options={[
            { value: 'chart', label: t('common.chartView') },
            { value: 'table', label: t('common.tableView') },
          ]}
        />
      }
    >
      {view === 'chart' ? <ChartSlot height={height}>{chart}</ChartSlot> : table}
      {actions !== undefined && (
        <Flex justify="flex-end" wrap gap="small" style={{ marginTop: 12 }}>
          {actions}
        </Flex>
      )}
    </Card>
  )
}
