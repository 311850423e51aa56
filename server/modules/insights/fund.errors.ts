import { defineErrors } from '../../platform/errors'

/** The G60 fund's refusals: what the corridor office may not record, and why. */
export const fundErrors = defineErrors({
  INSIGHTS_FUND_INDUSTRY_OUTSIDE: {
    status: 422,
    zh: 'G60 基金只投资七大新兴产业（集成电路、生物医药、人工智能、高端装备、新材料、新能源、新能源汽车）',
    en: 'The G60 fund invests only in its seven industries (integrated circuits, biomedicine, artificial intelligence, high-end equipment, new materials, new energy, new-energy vehicles)',
  },
  INSIGHTS_FUND_CAPITAL_EXCEEDED: {
    status: 409,
    zh: '本次出资将超出出资方的认缴额度',
    en: 'The capital call would exceed a backer’s commitment',
  },
  INSIGHTS_FUND_INVESTMENT_NOT_FOUND: { status: 404, zh: '未找到该投资项目', en: 'No such investment' },
  INSIGHTS_FUND_DATE_INVALID: {
    status: 422,
    zh: '投资日期不得晚于今天，也不得早于基金首笔认缴',
    en: 'An investment is dated neither in the future nor before the fund’s first commitment',
  },
  INSIGHTS_FUND_REFERRAL_NOT_FOUND: {
    status: 404,
    zh: '未找到该编号的已获批股权投资转介',
    en: 'No approved or drawn equity referral has this id',
  },
  INSIGHTS_FUND_REFERRAL_FIRM_MISMATCH: {
    status: 422,
    zh: '该转介属于另一家企业',
    en: 'The referral is for another firm',
  },
  INSIGHTS_FUND_REFERRAL_USED: {
    status: 409,
    zh: '该转介已转为一笔投资',
    en: 'The referral has become an investment already',
  },
  INSIGHTS_FUND_FOLLOW_ON_INVALID: {
    status: 422,
    zh: '追加投资须晚于所跟投的一轮、该轮尚未退出，且阶段不得倒退',
    en: 'A follow-on comes after the round it follows, which has not exited, at the same or a later stage',
  },
  INSIGHTS_FUND_ALREADY_EXITED: {
    status: 409,
    zh: '该投资已退出',
    en: 'The investment has exited already',
  },
  INSIGHTS_FUND_EXIT_INVALID: {
    status: 422,
    zh: '退出日期须晚于投资日期，且不得晚于今天',
    en: 'An exit is dated after the investment and not in the future',
  },
})
