import { defineErrors } from '../../platform/errors'

export const policyErrors = defineErrors({
  POLICY_NOT_FOUND: { status: 404, zh: '未找到该政策', en: 'No such policy' },
  POLICY_ITEM_NOT_FOUND: { status: 404, zh: '未找到该政策事项', en: 'No such policy item' },
  POLICY_DECISION_NOT_FOUND: { status: 404, zh: '未找到该匹配结果', en: 'No such decision' },
  POLICY_AWARD_NOT_FOUND: { status: 404, zh: '未找到该奖补记录', en: 'No such award' },
  POLICY_AWARD_LIST_NOT_FOUND: { status: 404, zh: '未找到该兑现名单', en: 'No such award list' },
  POLICY_RULE_SYNTAX: {
    status: 422,
    zh: '规则表达式有语法错误',
    en: 'The rule expression has a syntax error',
  },
  POLICY_RULE_FACT_UNKNOWN: {
    status: 422,
    zh: '规则引用了未声明的企业数据项',
    en: 'The rule reads a fact that is not declared',
  },
  POLICY_RULE_TYPE: {
    status: 422,
    zh: '规则表达式类型不符（条件须为布尔值，金额公式须为整数分）',
    en: 'The rule has a type error (a condition gives bool, the award formula an int of fen)',
  },
  POLICY_RULE_FUNCTION_NOT_ALLOWED: {
    status: 422,
    zh: '规则中不允许使用该函数',
    en: 'A rule may not call this function',
  },
  POLICY_RULE_TOO_COSTLY: {
    status: 422,
    zh: '规则的计算量超出上限，请简化嵌套循环',
    en: 'The rule could run too long; simplify its nested loops',
  },
  POLICY_RULE_CONDITIONS_COUNT: {
    status: 422,
    zh: '一条规则须有 1 至 12 个条件',
    en: 'A rule has 1 to 12 conditions',
  },
  POLICY_RULE_DATE_INVALID: {
    status: 422,
    zh: '新版本的生效日期须晚于现行版本、不早于今天，且在事项有效期内',
    en: 'A new version takes effect after the current one, not before today, within the item’s validity',
  },
  POLICY_AWARD_LIST_ALREADY_APPROVED: {
    status: 409,
    zh: '该兑现名单已审批拨付',
    en: 'This award list has been approved and paid already',
  },
  POLICY_AWARD_LIST_EMPTY: { status: 409, zh: '名单中没有待拨付的企业', en: 'The list has no award to pay' },
  POLICY_BUDGET_EXCEEDED: {
    status: 409,
    zh: '政策资金预算余额不足，无法拨付',
    en: 'The item’s budget cannot cover these awards',
  },
  POLICY_AWARD_TRANSITION_INVALID: {
    status: 409,
    zh: '该奖补当前状态不允许此操作',
    en: 'The award’s current state does not allow this',
  },
  POLICY_RUN_IN_PROGRESS: {
    status: 409,
    zh: '已有一次全域匹配正在进行',
    en: 'A corridor run is in progress already',
  },
})
