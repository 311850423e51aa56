// The sharing statistics as a file: the rows the page shows (same period, grouping and filters), named in the
// language asked for, hours and the sharing rate as numbers, income in yuan, cities by name.
import type { ExportColumn, ExportLanguage } from '../../platform/export'
import { cityNameOf } from '../registry'

/** One row of the statistics as the service answers it. */
export interface StatisticsExportItem {
  key: string
  nameZh: string
  nameEn: string
  cityCode: string
  bookings: number
  effectiveHours: number
  externalHours: number
  sharingRatePercent: number
  crossCityHours: number
  incomeFen: number
  averageRating: number | null
  grade: string | null
}

const nameOf = (row: StatisticsExportItem, language: ExportLanguage) =>
  language === 'zh' ? row.nameZh : row.nameEn

const hoursColumn = (
  zh: string,
  en: string,
  value: (row: StatisticsExportItem) => number,
): ExportColumn<StatisticsExportItem> => ({ zh, en, kind: 'decimal', value })

export const statisticsExportColumns: readonly ExportColumn<StatisticsExportItem>[] = [
  { zh: '名称', en: 'Name', kind: 'text', value: nameOf },
  { zh: '城市', en: 'City', kind: 'text', value: (row, language) => cityNameOf(row.cityCode, language) },
  { zh: '预约次数', en: 'Bookings', kind: 'integer', value: (row) => row.bookings },
  hoursColumn('有效机时（小时）', 'Effective hours', (row) => row.effectiveHours),
  hoursColumn('对外服务机时（小时）', 'External hours', (row) => row.externalHours),
  // percent cells hold a fraction: 0.125 is 12.5%
  { zh: '共享率', en: 'Sharing rate', kind: 'percent', value: (row) => row.sharingRatePercent / 100 },
  hoursColumn('跨城使用机时（小时）', 'Cross-city hours', (row) => row.crossCityHours),
  { zh: '服务收入（元）', en: 'Income (yuan)', kind: 'yuan', value: (row) => row.incomeFen },
  { zh: '平均评分', en: 'Average rating', kind: 'decimal', value: (row) => row.averageRating },
  { zh: '等级', en: 'Grade', kind: 'text', value: (row) => row.grade },
]
