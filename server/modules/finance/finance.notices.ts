// What the parties of a referral are told (platform notifications), written with the change.
import type { NotificationInput } from '../../platform/notifications'
import { formatYuan } from '../../platform/money'

/** The institution: a firm referred its need to one of its products, with its consent to read its figures. */
export function referralWaiting(referral: {
  id: string
  institutionId: string
  requestedAmountFen: number
}): NotificationInput {
  return {
    kind: 'task',
    topic: 'finance_referral.waiting',
    audience: { role: 'financier', organisationId: referral.institutionId },
    entity: { type: 'finance_referral', id: referral.id },
    title: { zh: '新的融资对接申请', en: 'A firm referred its need to you' },
    body: {
      zh: `申请金额 ${formatYuan(referral.requestedAmountFen, 0)}，企业已授权查看其积分`,
      en: `${formatYuan(referral.requestedAmountFen, 0)} requested; the firm consents to its score being read`,
    },
    link: '/finance/queue',
  }
}

/** The firm: the institution decided on its referral. */
export function referralDecided(
  referral: { id: string; firmId: string },
  outcome: 'approved' | 'declined',
  detail: string,
): NotificationInput {
  const approved = outcome === 'approved'
  return {
    kind: 'update',
    topic: `finance_referral.${outcome}`,
    audience: { role: 'firm', organisationId: referral.firmId },
    entity: { type: 'finance_referral', id: referral.id },
    title: {
      zh: approved ? '融资申请已获批' : '融资申请未获批',
      en: approved ? 'Your financing request was approved' : 'Your financing request was declined',
    },
    body: { zh: detail, en: detail },
    link: '/finance/referrals',
  }
}
