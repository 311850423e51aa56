import { Skeleton } from 'antd'
import { Suspense, type ReactNode } from 'react'

/**
 * Where a chart is drawn once its data is in (`children`, false until then) and its code has loaded (charts are
 * lazy, ECharts is large): the chart's area in grey until both are.
 */
export function ChartSlot({ height, children }: { height: number; children: ReactNode }) {
  const placeholder = <Skeleton.Node active style={{ width: '100%', height }} />
  if (children === false || children === null || children === undefined) return placeholder
  return <Suspense fallback={placeholder}>{children}</Suspense>
}
