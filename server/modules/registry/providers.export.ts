// The providers list as a file: what the list shows (same filters, same order), with kinds, admission statuses and
// cities by name in the language asked for.
import { nameIn, type ExportColumn } from '../../platform/export'
import type { ProviderRow } from './organisations.repository'
import { cityNameOf, codeNameOf } from './registry.names'

export const providerExportColumns: readonly ExportColumn<ProviderRow>[] = [
  { zh: '统一社会信用代码', en: 'Credit code', kind: 'text', value: (row) => row.creditCode },
  { zh: '机构名称', en: 'Provider', kind: 'text', value: (row, language) => nameIn(language, row) },
  {
    zh: '机构类型',
    en: 'Kind',
    kind: 'text',
    value: (row, language) => codeNameOf('providerKind', row.kind, language),
  },
  { zh: '城市', en: 'City', kind: 'text', value: (row, language) => cityNameOf(row.cityCode, language) },
  {
    zh: '准入状态',
    en: 'Admission',
    kind: 'text',
    value: (row, language) => codeNameOf('admissionStatus', row.admissionStatus, language),
  },
  { zh: '状态更新日期', en: 'Status since', kind: 'date', value: (row) => row.admissionUpdatedOn },
]
