// A chart of the console: ECharts (with only the parts the console draws) on a canvas that fills its frame, the
// frame an image to screen readers with the chart's figures in words.
import ReactEChartsCore from 'echarts-for-react/esm/core'
import type { EChartsReactProps } from 'echarts-for-react/esm/types'
import type { CSSProperties } from 'react'
import { echarts } from './echarts'

interface EChartProps {
  option: EChartsReactProps['option']
  /** what the chart shows, in words */
  label: string
  testId: string
  /** the frame's size: a height, or an aspect ratio */
  frame: CSSProperties
  onEvents?: EChartsReactProps['onEvents']
}

export function EChart({ option, label, testId, frame, onEvents }: EChartProps) {
  return (
    <div data-testid={testId} role="img" aria-label={label} style={{ width: '100%', ...frame }}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        lazyUpdate
        style={{ width: '100%', height: '100%' }}
        opts={{ renderer: 'canvas' }}
        onEvents={onEvents}
      />
    </div>
  )
}
