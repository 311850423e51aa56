// The service catalogue as a file: what the catalogue shows (same filters, same order), with cities and departments
// by name and fees in yuan, in the language asked for.
import { nameIn, type ExportColumn } from '../../platform/export'
import type { ItemRow } from './items.repository'
import { cityNamed, departmentNamed } from './services.presenters'
import type { ServiceMode } from './services.reference'

const modeNames: Record<ServiceMode, { nameZh: string; nameEn: string }> = {
  online: { nameZh: '全程网办', nameEn: 'Fully online' },
  proxy: { nameZh: '异地代收代办', nameEn: 'Collected at another city' },
  joint: { nameZh: '多地联办', nameEn: 'Handled jointly' },
}

export const itemExportColumns: readonly ExportColumn<ItemRow>[] = [
  { zh: '事项编码', en: 'Item code', kind: 'text', value: (item) => item.code },
  {
    zh: '事项名称',
    en: 'Item',
    kind: 'text',
    value: (item, language) => nameIn(language, { nameZh: item.nameZh, nameEn: item.nameEn }),
  },
  {
    zh: '审批城市',
    en: 'Competent city',
    kind: 'text',
    value: (item, language) => nameIn(language, cityNamed(item.competentCityCode)),
  },
  {
    zh: '审批部门',
    en: 'Department',
    kind: 'text',
    value: (item, language) => nameIn(language, departmentNamed(item.departmentCode)),
  },
  {
    zh: '办理方式',
    en: 'Mode',
    kind: 'text',
    value: (item, language) => nameIn(language, modeNames[item.mode as ServiceMode]) ?? item.mode,
  },
  { zh: '法定时限（工作日）', en: 'Statutory days', kind: 'integer', value: (item) => item.statutoryDays },
  { zh: '承诺时限（工作日）', en: 'Promised days', kind: 'integer', value: (item) => item.promisedDays },
  { zh: '收费（元）', en: 'Fee (yuan)', kind: 'yuan', value: (item) => item.feeFen },
  {
    zh: '办结证照',
    en: 'Licence issued',
    kind: 'text',
    value: (item, language) =>
      item.licenceType === null
        ? null
        : nameIn(language, {
            nameZh: item.licenceNameZh ?? item.licenceType,
            nameEn: item.licenceNameEn ?? item.licenceType,
          }),
  },
]
