// The parks list as a file: what the list shows (same filters, same order), with cities, levels and main industries
// by name in the language asked for.
import { nameIn, type ExportColumn } from '../../platform/export'
import type { ParkListRow } from './registry.repository'
import { cityNameOf, codeNameOf, yesNo } from './registry.names'

export const parkExportColumns: readonly ExportColumn<ParkListRow>[] = [
  { zh: '园区', en: 'Park', kind: 'text', value: (park, language) => nameIn(language, park) },
  { zh: '城市', en: 'City', kind: 'text', value: (park, language) => cityNameOf(park.cityCode, language) },
  {
    zh: '级别',
    en: 'Level',
    kind: 'text',
    value: (park, language) => codeNameOf('parkLevel', park.level, language),
  },
  {
    zh: '主导产业',
    en: 'Main industry',
    kind: 'text',
    value: (park, language) =>
      park.mainIndustryNameZh === null || park.mainIndustryNameEn === null
        ? null
        : nameIn(language, { nameZh: park.mainIndustryNameZh, nameEn: park.mainIndustryNameEn }),
  },
  {
    zh: '示范园区',
    en: 'Demonstration park',
    kind: 'text',
    value: (park, language) => yesNo(park.isDemonstrationPark, language),
  },
  {
    zh: '联盟创始成员',
    en: 'Founding member',
    kind: 'text',
    value: (park, language) => yesNo(park.isFoundingMember, language),
  },
]
