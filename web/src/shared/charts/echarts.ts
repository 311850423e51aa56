// ECharts with only the parts the console draws; a page that needs another chart type registers it here.
import { LinesChart, ScatterChart } from 'echarts/charts'
import { GridComponent } from 'echarts/components'
import * as echarts from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'

echarts.use([ScatterChart, LinesChart, GridComponent, CanvasRenderer])

export { echarts }
