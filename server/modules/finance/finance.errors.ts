import { defineErrors } from '../../platform/errors'

export const financeErrors = defineErrors({
  FINANCE_PRODUCT_NOT_FOUND: { status: 404, zh: '未找到该金融产品', en: 'Finance product not found' },
  FINANCE_PRODUCT_RANGES_INVALID: {
    status: 422,
    zh: '产品的金额或期限范围无效（下限须不高于上限）',
    en: "The product's amount or term range is not valid (the minimum must not exceed the maximum)",
  },
  FINANCE_PRODUCT_RATE_NOT_APPLICABLE: {
    status: 422,
    zh: '只有贷款类产品设置利率上限；贷款类产品必须设置',
    en: 'A rate cap belongs to loans only, and every loan needs one',
  },
  SCORE_PARAMETERS_INVALID: {
    status: 422,
    zh: '评分参数无效：每个阶段 18 项权重须为非负整数且合计 1000，满分值须为正',
    en: 'Each stage needs 18 whole, non-negative weights adding up to 1000, and every full-marks value must be positive',
  },
  SCORE_PARAMETERS_EXIST: {
    status: 409,
    zh: '该生效日期已有一套评分参数',
    en: 'A parameter set already takes effect on that day',
  },
  SCORE_PARAMETERS_IN_PAST: {
    status: 422,
    zh: '评分参数只能从今天或以后生效，已给出的历史评分不得改变',
    en: 'A parameter set takes effect today or later: scores already given for past days must not change',
  },
  DECISION_TERM_OUT_OF_RANGE: {
    status: 422,
    zh: '批复期限超出产品的期限范围',
    en: "The term is outside the product's range",
  },
  SCORE_NO_PARAMETERS: {
    status: 409,
    zh: '该日期尚无生效的评分参数',
    en: 'No parameter set is in force on that day',
  },
  INDICATOR_SOURCE_NOT_ALLOWED: {
    status: 403,
    zh: '企业只能填报自报数据；其他来源须由主管部门或工作站录入',
    en: 'A firm records self-reported values only; other sources are recorded by officers or workstations',
  },
  INDICATOR_AS_OF_IN_FUTURE: {
    status: 422,
    zh: '指标的数据日期不能晚于今天',
    en: 'A value cannot describe a day after today',
  },
  NEED_NOT_FOUND: { status: 404, zh: '未找到该融资需求', en: 'Financing need not found' },
  NEED_CLOSED: { status: 409, zh: '该融资需求已关闭', en: 'This financing need is closed' },
  REFERRAL_NOT_FOUND: { status: 404, zh: '未找到该推荐', en: 'Referral not found' },
  REFERRAL_PRODUCT_NOT_ELIGIBLE: {
    status: 422,
    zh: '该产品不满足此融资需求的准入条件',
    en: 'The product does not pass the eligibility conditions for this need',
  },
  REFERRAL_EXISTS: {
    status: 409,
    zh: '该需求已推荐给此产品',
    en: 'This need was already referred to this product',
  },
  REFERRAL_TRANSITION_INVALID: {
    status: 409,
    zh: '该推荐当前状态不允许此操作',
    en: "The referral's current status does not allow this",
  },
  CONSENT_REQUIRED: {
    status: 403,
    zh: '企业未授权或已撤回授权，不能查看其指标数据',
    en: 'The firm has not granted consent, or has revoked it: its indicators are not available',
  },
  DECISION_RATE_ABOVE_CAP: {
    status: 422,
    zh: '批复利率超过产品的利率上限',
    en: "The rate is above the product's cap",
  },
  DECISION_AMOUNT_OUT_OF_RANGE: {
    status: 422,
    zh: '批复或提款金额超出范围',
    en: 'The approved or drawn amount is out of range',
  },
  CASE_NOT_FOUND: { status: 404, zh: '未找到该工作站案例', en: 'Workstation case not found' },
  CASE_STAGE_INVALID: {
    status: 409,
    zh: '案例只能推进到下一阶段或关闭',
    en: 'A case moves to its next stage, or is closed',
  },
  FINANCE_PERIOD_INVALID: {
    status: 422,
    zh: '统计期间无效：开始日期须不晚于结束日期，跨度不超过 3 年',
    en: 'The period must start on or before its end and span at most 3 years',
  },
})
