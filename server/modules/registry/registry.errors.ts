import { defineErrors } from '../../platform/errors'

export const registryErrors = defineErrors({
  CITY_NOT_FOUND: { status: 404, zh: '未找到该城市', en: 'City not found' },
  INDUSTRY_NOT_FOUND: { status: 404, zh: '未找到该产业', en: 'Industry not found' },
  PARK_NOT_FOUND: { status: 404, zh: '未找到该园区', en: 'Park not found' },
  ALLIANCE_NOT_FOUND: { status: 404, zh: '未找到该联盟', en: 'Alliance not found' },
  FIRM_NOT_FOUND: { status: 404, zh: '未找到该企业', en: 'Firm not found' },
  INSTITUTION_NOT_FOUND: { status: 404, zh: '未找到该金融机构', en: 'Financial institution not found' },
  PROVIDER_NOT_FOUND: { status: 404, zh: '未找到该服务机构', en: 'Service provider not found' },
  REFERENCE_UNKNOWN: {
    status: 422,
    zh: '引用的城市、产业、园区或联盟不存在',
    en: 'A referenced city, industry, park or alliance does not exist',
  },
  CREDIT_CODE_INVALID: {
    status: 400,
    zh: '统一社会信用代码无效（应为 18 位且校验位正确）',
    en: 'The unified social credit code is not valid (18 characters with a correct check character)',
  },
  CREDIT_CODE_TAKEN: {
    status: 409,
    zh: '该统一社会信用代码已登记',
    en: 'This credit code is already registered',
  },
  INDUSTRY_EXISTS: { status: 409, zh: '该产业代码已存在', en: 'This industry code exists already' },
  PARK_CITY_MISMATCH: { status: 422, zh: '园区不在该企业所在城市', en: "The park is not in the firm's city" },
  ALLIANCE_PARENT_INVALID: {
    status: 422,
    zh: '联盟层级不正确（1 个总联盟、7 个重点产业联盟、N 个分联盟）',
    en: 'Wrong alliance tier for this parent (1 overall, 7 key industry, N sub-alliances)',
  },
  FIELDS_NOT_EDITABLE: {
    status: 403,
    zh: '这些字段只能由主管部门修改',
    en: 'Only the competent authority may change these fields',
  },
  ADMISSION_TRANSITION_INVALID: {
    status: 409,
    zh: '服务机构准入状态不允许这样变更',
    en: 'This admission status change is not allowed',
  },
  ADMISSION_PUBLIC_NOTICE_RUNNING: {
    status: 409,
    zh: '7 天公示期尚未届满，暂不能准入',
    en: 'The 7-day public notice has not yet run its course',
  },
  ADMISSION_REASON_REQUIRED: {
    status: 422,
    zh: '暂停或列入黑名单须说明理由',
    en: 'Suspending or blacklisting a provider needs a reason',
  },
})
