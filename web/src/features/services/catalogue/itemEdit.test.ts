import { describe, expect, it } from 'vitest'
import type { ServiceItem } from '../common/services.types'
import { editValuesOf, itemBodyOf } from './itemEdit'

const item: ServiceItem = {
  code: 'G60-SHSJ-AMR-002',
  version: 3,
  category: 'enterprise',
  talentArea: null,
  nameZh: '内资有限公司变更登记',
  nameEn: 'Change registration of a domestic limited company',
  descriptionZh: '变更登记事项',
  descriptionEn: 'Records a change',
  competentCity: { code: 'SH-SJ', nameZh: '上海（松江）', nameEn: 'Shanghai (Songjiang)' },
  department: { code: 'amr', nameZh: '市场监督管理局', nameEn: 'Administration for Market Regulation' },
  mode: 'proxy',
  statutoryDays: 3,
  promisedDays: 2,
  feeFen: 12_050,
  licence: { type: 'BusinessLicence', nameZh: '营业执照', nameEn: 'Business licence', validYears: 30 },
  materials: [
    {
      code: 'application_form',
      nameZh: '申请书',
      nameEn: 'Application form',
      required: true,
      kinds: ['pdf'],
      reuse: null,
    },
    {
      code: 'business_licence',
      nameZh: '营业执照',
      nameEn: 'Business licence',
      required: false,
      kinds: ['pdf', 'jpg'],
      reuse: 'registry',
    },
  ],
  isActive: true,
  updatedAt: '2026-12-01T00:00:00.000Z',
}

describe("the office's item edit", () => {
  it('starts from the item as it stands, the fee in yuan', () => {
    expect(editValuesOf(item)).toEqual({
      promisedDays: 2,
      statutoryDays: 3,
      fee: '120.50',
      descriptionZh: '变更登记事项',
      descriptionEn: 'Records a change',
    })
  })

  it('sends the whole item with the edited fields, the fee in fen and the note trimmed', () => {
    const body = itemBodyOf(item, {
      ...editValuesOf(item),
      promisedDays: 1,
      fee: '0',
      descriptionEn: ' Records a change of registration ',
      changeNote: ' 承诺时限压缩为1个工作日 ',
    })
    expect(body).toEqual({
      category: 'enterprise',
      talentArea: null,
      nameZh: item.nameZh,
      nameEn: item.nameEn,
      descriptionZh: '变更登记事项',
      descriptionEn: 'Records a change of registration',
      competentCityCode: 'SH-SJ',
      departmentCode: 'amr',
      mode: 'proxy',
      statutoryDays: 3,
      promisedDays: 1,
      feeFen: 0,
      licence: { type: 'BusinessLicence', nameZh: '营业执照', nameEn: 'Business licence', validYears: 30 },
      materials: [
        { code: 'application_form', required: true },
        { code: 'business_licence', required: false },
      ],
      changeNote: '承诺时限压缩为1个工作日',
    })
  })
})
