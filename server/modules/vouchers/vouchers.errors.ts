import { defineErrors } from '../../platform/errors'

// 404: the record does not exist; 409: the record's state forbids it now; 422: the scheme's rules forbid it.
export const voucherErrors = defineErrors({
  SCHEME_NOT_FOUND: { status: 404, zh: '未找到该创新券政策', en: 'Voucher scheme not found' },
  SCHEME_CLOSED: {
    status: 409,
    zh: '该创新券政策已停止申领',
    en: 'This voucher scheme no longer takes claims',
  },
  SCHEME_CAPS_INCONSISTENT: {
    status: 422,
    zh: '额度上限须满足：单次 ≤ 每年 ≤ 累计',
    en: 'Caps must satisfy: per claim ≤ per firm per year ≤ per firm in total',
  },
  SCHEME_BUDGET_INSUFFICIENT: {
    status: 409,
    zh: '该政策的预算余额不足',
    en: "The scheme's budget does not hold enough to issue this voucher",
  },
  APPROPRIATION_OVER_ANNUAL_BUDGET: {
    status: 422,
    zh: '本年度拨款将超过该政策的年度预算',
    en: "This appropriation would exceed the scheme's annual budget for the year",
  },
  CLAIM_NOT_FOUND: { status: 404, zh: '未找到该申领', en: 'Voucher claim not found' },
  CLAIM_ALREADY_PENDING: {
    status: 409,
    zh: '该企业在此政策下已有待审批的申领',
    en: 'The firm already has a claim under this scheme awaiting a decision',
  },
  CLAIM_OVER_CLAIM_CAP: {
    status: 422,
    zh: '申领金额超过单次上限',
    en: 'The amount is over the cap per claim',
  },
  CLAIM_OVER_YEAR_CAP: {
    status: 422,
    zh: '申领金额超过企业本年度上限',
    en: "The amount is over the firm's cap for this year",
  },
  CLAIM_OVER_TOTAL_CAP: {
    status: 422,
    zh: '申领金额超过企业累计上限',
    en: "The amount is over the firm's cap in total",
  },
  CLAIM_APPROVAL_OVER_REQUEST: {
    status: 422,
    zh: '核定金额不得超过申领金额',
    en: 'The approved amount may not exceed the requested amount',
  },
  CLAIM_TRANSITION_INVALID: {
    status: 409,
    zh: '该申领当前状态不允许此操作',
    en: "The claim's current status does not allow this",
  },
  CLAIM_SELF_DECISION: {
    status: 403,
    zh: '不得审批自己提交的申领',
    en: 'You may not decide a claim you submitted yourself',
  },
  UTILISATION_GATE_NOT_MET: {
    status: 422,
    zh: '已持有创新券的使用比例未达到再次申领的要求',
    en: 'The firm has not yet used enough of the vouchers it holds to claim again',
  },
  FIRM_NOT_IN_SCHEME_CITY: {
    status: 422,
    zh: '企业不在该政策的发放城市',
    en: "The firm is not in the scheme's issuing city",
  },
  FIRM_NOT_ELIGIBLE: {
    status: 422,
    zh: '企业不符合该政策的申领条件',
    en: "The firm does not meet the scheme's eligibility conditions",
  },
  VOUCHER_NOT_FOUND: { status: 404, zh: '未找到该创新券', en: 'Voucher not found' },
  VOUCHER_NUMBER_INVALID: {
    status: 400,
    zh: '创新券编号格式或校验位不正确',
    en: 'The voucher number is malformed or its check character is wrong',
  },
  VOUCHER_EXPIRED: { status: 409, zh: '该创新券已过期', en: 'The voucher has expired' },
  VOUCHER_BALANCE_INSUFFICIENT: {
    status: 409,
    zh: '创新券余额不足',
    en: 'The voucher balance is not enough for this',
  },
  VOUCHER_SHARE_OVER_LIMIT: {
    status: 422,
    zh: '券额超过政策允许的订单比例',
    en: 'The voucher share is over what the scheme allows for this order',
  },
  VOUCHER_SHARE_ZERO: {
    status: 422,
    zh: '按政策比例，该订单的券额为零',
    en: "Under the scheme's co-pay rule the voucher would pay nothing for this order",
  },
  PROVIDER_NOT_RECOGNISED: {
    status: 422,
    zh: '该政策不认可此服务机构所在城市',
    en: "The scheme does not recognise providers of this provider's city",
  },
  SERVICE_CATEGORY_NOT_ALLOWED: {
    status: 422,
    zh: '该政策不支持此类服务',
    en: 'The scheme does not pay for this category of service',
  },
  PROVIDER_SUSPENDED: {
    status: 409,
    zh: '该服务机构已被暂停',
    en: 'The provider is suspended',
  },
  PROVIDER_NOT_ADMITTED: {
    status: 409,
    zh: '该服务机构尚未准入或已被列入黑名单',
    en: 'The provider is not admitted (or is blacklisted)',
  },
  PRODUCT_NOT_FOUND: { status: 404, zh: '未找到该服务产品', en: 'Service product not found' },
  PRODUCT_WITHDRAWN: { status: 409, zh: '该服务产品已下架', en: 'The service product has been withdrawn' },
  ORDER_NOT_FOUND: { status: 404, zh: '未找到该订单', en: 'Order not found' },
  ORDER_QUANTITY_INVALID: { status: 422, zh: '订单数量无效', en: 'The order quantity is not valid' },
  ORDER_TRANSITION_INVALID: {
    status: 409,
    zh: '该订单当前状态不允许此操作',
    en: "The order's current status does not allow this",
  },
  ORDER_PAYS_FOR_SOURCE: {
    status: 409,
    zh: '该订单为仪器预约的创新券支付，请取消预约本身',
    en: 'This order pays for an instrument booking: cancel the booking instead',
  },
  LEDGER_BALANCE_INSUFFICIENT: {
    status: 409,
    zh: '账户余额不足',
    en: 'The account does not hold enough for this transfer',
  },
  LEDGER_AMOUNT_INVALID: {
    status: 422,
    zh: '金额须为正整数（分）',
    en: 'Amounts must be a positive whole number of fen',
  },
  REDEMPTION_NOT_FOUND: { status: 404, zh: '未找到该兑付申请', en: 'Redemption claim not found' },
  REDEMPTION_TRANSITION_INVALID: {
    status: 409,
    zh: '该兑付申请当前状态不允许此操作',
    en: "The redemption claim's current status does not allow this",
  },
  REDEMPTION_ALREADY_CLAIMED: {
    status: 409,
    zh: '该订单已有进行中的兑付申请',
    en: 'This order already has a redemption claim in progress or approved',
  },
  REDEMPTION_INVOICE_DUPLICATE: {
    status: 409,
    zh: '该发票号已在长三角G60走廊内申请过兑付',
    en: 'This invoice number has already been used for a redemption in the corridor',
  },
  REDEMPTION_DELIVERABLE_INVALID: {
    status: 422,
    zh: '交付成果文件无效：须为非空的 Base64 内容且不超过 5 MB',
    en: 'The deliverable must be non-empty Base64 content of at most 5 MB',
  },
  REDEMPTION_SPOT_CHECK_PENDING: {
    status: 409,
    zh: '该兑付申请被抽中核查，须先登记核查结果',
    en: 'This claim was drawn for a spot check: record its result before approving',
  },
  REDEMPTION_NOT_DRAWN_FOR_SPOT_CHECK: {
    status: 409,
    zh: '该兑付申请未被抽中核查，或核查结果已登记',
    en: 'This claim was not drawn for a spot check, or its result is already recorded',
  },
  SETTLEMENT_NOT_FOUND: { status: 404, zh: '未找到该结算批次', en: 'Settlement run not found' },
  SETTLEMENT_PERIOD_INVALID: {
    status: 422,
    zh: '结算期间的开始日期须不晚于结束日期',
    en: 'The period must start on or before the day it ends',
  },
  SETTLEMENT_PERIOD_NOT_ENDED: {
    status: 422,
    zh: '结算期间不能晚于今天',
    en: 'A settlement period cannot end after today',
  },
  SETTLEMENT_PERIOD_OVERLAPS: {
    status: 409,
    zh: '该期间与本市已有的结算批次重叠',
    en: "The period overlaps one of the city's earlier settlement runs",
  },
  SETTLEMENT_NOTHING_TO_SETTLE: {
    status: 409,
    zh: '该期间没有待结算的已批准兑付',
    en: 'No approved, unsettled redemptions fall in this period',
  },
  CLEARING_PERIOD_INVALID: {
    status: 422,
    zh: '清算期间无效：开始日期须不晚于结束日期，且跨度不超过 3 年',
    en: 'The period must start on or before the day it ends and span at most 3 years',
  },
})
