// The settlement runs list as a file: what the list shows (same city, same order), with city names and the amounts
// in yuan, in the language asked for. A run's own payment batch has its bank file (settlements.service exportRun).
import type { ExportColumn } from '../../platform/export'
import { cityNameOf } from '../registry'
import type { SettlementRunRow } from './settlements.repository'

export const settlementRunExportColumns: readonly ExportColumn<SettlementRunRow>[] = [
  {
    zh: '城市',
    en: 'City',
    kind: 'text',
    value: (run, language) => cityNameOf(run.cityCode, language),
  },
  { zh: '结算期起', en: 'Period from', kind: 'date', value: (run) => run.periodStart },
  { zh: '结算期止', en: 'Period to', kind: 'date', value: (run) => run.periodEnd },
  { zh: '兑付笔数', en: 'Redemptions', kind: 'integer', value: (run) => run.redemptionCount },
  { zh: '收款方数', en: 'Payees', kind: 'integer', value: (run) => run.paymentCount },
  { zh: '结算金额（元）', en: 'Total (yuan)', kind: 'yuan', value: (run) => run.totalFen },
  { zh: '截止时间', en: 'Cut-off', kind: 'datetime', value: (run) => run.cutoffAt.toISOString() },
  { zh: '结算时间', en: 'Run at', kind: 'datetime', value: (run) => run.createdAt.toISOString() },
]
