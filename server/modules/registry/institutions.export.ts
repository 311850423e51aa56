// The institutions list as a file: what the list shows (same filters, same order), with kinds and cities by name in
// the language asked for.
import { nameIn, type ExportColumn } from '../../platform/export'
import type { InstitutionRow } from './organisations.repository'
import { cityNameOf, codeNameOf, yesNo } from './registry.names'

export const institutionExportColumns: readonly ExportColumn<InstitutionRow>[] = [
  { zh: '机构名称', en: 'Institution', kind: 'text', value: (row, language) => nameIn(language, row) },
  {
    zh: '机构类型',
    en: 'Kind',
    kind: 'text',
    value: (row, language) => codeNameOf('institutionKind', row.kind, language),
  },
  { zh: '城市', en: 'City', kind: 'text', value: (row, language) => cityNameOf(row.cityCode, language) },
  {
    zh: '金融服务联盟成员',
    en: 'Alliance member',
    kind: 'text',
    value: (row, language) => yesNo(row.isAllianceMember, language),
  },
  { zh: '加入日期', en: 'Joined', kind: 'date', value: (row) => row.joinedOn },
]
