// An alliance's members as a file: what the list shows (same filter, same order), with members, their kind and
// city by name in the language asked for.
import { nameIn, type ExportColumn } from '../../platform/export'
import { cityNameOf, codeNameOf } from './registry.names'

/** A member as the alliance's list answers it. */
export interface AllianceMemberItem {
  memberId: string
  memberKind: 'park' | 'firm'
  nameZh: string
  nameEn: string
  cityCode: string
  joinedOn: string
}

export const allianceMemberExportColumns: readonly ExportColumn<AllianceMemberItem>[] = [
  { zh: '成员', en: 'Member', kind: 'text', value: (member, language) => nameIn(language, member) },
  {
    zh: '成员类型',
    en: 'Kind',
    kind: 'text',
    value: (member, language) => codeNameOf('memberKind', member.memberKind, language),
  },
  {
    zh: '城市',
    en: 'City',
    kind: 'text',
    value: (member, language) => (member.cityCode === '' ? null : cityNameOf(member.cityCode, language)),
  },
  { zh: '加入日期', en: 'Joined', kind: 'date', value: (member) => member.joinedOn },
]
