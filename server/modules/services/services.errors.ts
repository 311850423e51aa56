import { defineErrors } from '../../platform/errors'

export const serviceErrors = defineErrors({
  SERVICE_ITEM_NOT_FOUND: { status: 404, zh: '未找到该服务事项', en: 'No such service item' },
  SERVICE_ITEM_EXISTS: { status: 409, zh: '该事项编码已存在', en: 'A service item with this code exists' },
  SERVICE_ITEM_INACTIVE: {
    status: 409,
    zh: '该事项已停办，不再受理申请',
    en: 'This service item no longer takes applications',
  },
  SERVICE_ITEM_NOT_FOR_APPLICANT: {
    status: 403,
    zh: '企业事项由企业申请，人才事项由个人申请',
    en: 'Enterprise items are applied for by firms, talent items by professionals',
  },
  SERVICE_ITEM_ALREADY_SO: {
    status: 409,
    zh: '该事项已处于此状态（已停办或已在受理）',
    en: 'The item is already so (withdrawn, or taking applications)',
  },
  SERVICE_WINDOW_CITY_INVALID: {
    status: 422,
    zh: '请选择九城之一作为受理窗口；全程网办事项无需选择',
    en: 'Choose one of the nine cities as the window; fully online items need none',
  },
  SERVICE_CASE_NOT_FOUND: { status: 404, zh: '未找到该办件', en: 'No such case' },
  SERVICE_CASE_TRANSITION_INVALID: {
    status: 409,
    zh: '办件当前状态不允许此操作',
    en: 'The case’s current state does not allow this',
  },
  SERVICE_CASE_NOT_CLOSED: {
    status: 409,
    zh: '办件办结后才能评价',
    en: 'A case can be rated once it is closed',
  },
  SERVICE_CASE_ALREADY_RATED: {
    status: 409,
    zh: '该办件已评价，不能重复评价',
    en: 'This case has been rated already',
  },
  SERVICE_MATERIAL_UNKNOWN: {
    status: 422,
    zh: '该事项不需要此材料',
    en: 'This item does not ask for that material',
  },
  SERVICE_MATERIAL_TWICE: { status: 422, zh: '同一材料只能提交一次', en: 'Each material is handed in once' },
  SERVICE_MATERIAL_FILE_MISSING: {
    status: 422,
    zh: '上传的材料缺少对应文件',
    en: 'A material to upload has no file with it',
  },
  SERVICE_MATERIAL_TYPE_INVALID: {
    status: 415,
    zh: '材料文件类型不符合要求',
    en: 'The material’s file is not of a kind it accepts',
  },
  SERVICE_MATERIAL_TOO_LARGE: {
    status: 413,
    zh: '材料文件为空或超过大小上限',
    en: 'The material’s file is empty or over the size limit',
  },
  SERVICE_MATERIAL_REUSE_INVALID: {
    status: 422,
    zh: '该材料不能以平台已有信息替代，请上传文件',
    en: 'This material cannot be taken from what the platform holds; upload it',
  },
  SERVICE_MATERIAL_REFERENCE_INVALID: {
    status: 422,
    zh: '引用的电子证照无效、不属于申请人或类型不符',
    en: 'The e-licence referred to is not valid, not the applicant’s, or of another type',
  },
  SERVICE_MATERIALS_INCOMPLETE: { status: 422, zh: '必需材料不齐全', en: 'Required materials are missing' },
})
