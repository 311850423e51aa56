import { defineErrors } from '../../platform/errors'

export const insightsErrors = defineErrors({
  INSIGHTS_PERIOD_INVALID: {
    status: 422,
    zh: '统计期间无效：请使用 2026、2026-03 或 2026-Q1 这样的写法，且不超过十年',
    en: 'The period is not valid: write 2026, 2026-03 or 2026-Q1, at most ten years',
  },
  INSIGHTS_CELL_OUT_OF_REACH: {
    status: 403,
    zh: '只能查看与本市相关的跨城明细',
    en: 'You can see the records of flows that touch your own city only',
  },
  INSIGHTS_WEIGHTS_INVALID: {
    status: 422,
    zh: '指数权重须为整数百分点，合计为 100',
    en: 'Index weights are whole percentage points that add up to 100',
  },
  INSIGHTS_WEIGHTS_DATE_INVALID: {
    status: 422,
    zh: '新权重须从本月或以后某月的 1 日起生效，且晚于已有版本',
    en: 'New weights take effect from the first day of this month or a later one, after every saved version',
  },
  INSIGHTS_DATASET_NOT_FOUND: { status: 404, zh: '未找到该开放数据集', en: 'No such open data set' },
  INSIGHTS_DATASET_FILTER_INVALID: {
    status: 422,
    zh: '该数据集不支持此筛选条件',
    en: 'This data set cannot be filtered that way',
  },
})
