// The needs list as a file: what the list shows (same filters, same order), with the firm and its city by name and
// the amount in yuan, in the language asked for.
import type { ExportColumn } from '../../platform/export'
import { cityNameOf } from '../registry'
import { needStatusNames, productTypeName, stateName, urgencyNames } from './finance.export'
import type { NamedNeedRow } from './needs.repository'

export const needExportColumns: readonly ExportColumn<NamedNeedRow>[] = [
  { zh: '发布时间', en: 'Stated', kind: 'datetime', value: (need) => need.createdAt.toISOString() },
  {
    zh: '企业',
    en: 'Firm',
    kind: 'text',
    value: (need, language) => (language === 'zh' ? need.firmNameZh : need.firmNameEn),
  },
  { zh: '城市', en: 'City', kind: 'text', value: (need, language) => cityNameOf(need.cityCode, language) },
  {
    zh: '融资类型',
    en: 'Type',
    kind: 'text',
    value: (need, language) => productTypeName(need.productType, language),
  },
  { zh: '金额（元）', en: 'Amount (yuan)', kind: 'yuan', value: (need) => need.amountFen },
  { zh: '期限（月）', en: 'Term (months)', kind: 'integer', value: (need) => need.termMonths },
  { zh: '资金用途', en: 'Purpose', kind: 'text', value: (need) => need.purpose },
  {
    zh: '紧急程度',
    en: 'Urgency',
    kind: 'text',
    value: (need, language) => stateName(urgencyNames, need.urgency, language),
  },
  {
    zh: '状态',
    en: 'Status',
    kind: 'text',
    value: (need, language) => stateName(needStatusNames, need.status, language),
  },
]
