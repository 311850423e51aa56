// What firms and officers are told about policy matches and awards (platform notifications), written with the change.
import { formatYuan } from '../../platform/money'
import type { NotificationInput } from '../../platform/notifications'
import type { AwardRow } from './awards.repository'
import { corridorIssuerCode } from './policies.states'

interface ItemNames {
  code: string
  titleZh: string
  titleEn: string
}

/** Who acts for an issuer: its city's officers, or the corridor office for its own items. */
function issuerAudience(issuerCode: string): NotificationInput['audience'] {
  return issuerCode === corridorIssuerCode
    ? { role: 'corridor_admin' }
    : { role: 'city_officer', cityCode: issuerCode }
}

/** A firm newly qualifies for items: one notice per firm and run slice, however many items. */
export function newlyQualified(
  firmId: string,
  items: readonly (ItemNames & { amountFen: number })[],
): NotificationInput {
  const first = items[0]
  const totalFen = items.reduce((sum, item) => sum + item.amountFen, 0)
  const more = items.length - 1
  return {
    kind: 'update',
    topic: 'policy.qualified',
    audience: { role: 'firm', organisationId: firmId },
    entity: { type: 'policy_item', id: first?.code ?? 'none' },
    title: {
      zh: more > 0 ? `您符合 ${items.length} 项政策条件` : `您符合政策条件：${first?.titleZh ?? ''}`,
      en: more > 0 ? `You qualify for ${items.length} policy items` : `You qualify: ${first?.titleEn ?? ''}`,
    },
    body: {
      zh: `${totalFen > 0 ? `涉及资金 ${formatYuan(totalFen, 0)}。` : ''}免申即享事项经主管部门审核后直接拨付，快申快享事项请在线确认。`,
      en: `${totalFen > 0 ? `${formatYuan(totalFen, 0)} at stake. ` : ''}Items paid without application are paid once the city approves; confirm fast-apply items online.`,
    },
    link: '/policies/matches',
  }
}

/** The issuing city (or the office): an auto item's award list has firms waiting for review and approval. */
export function awardListWaiting(
  list: { id: string; issuerCode: string },
  item: ItemNames,
): NotificationInput {
  return {
    kind: 'task',
    topic: 'policy.award_list_waiting',
    audience: issuerAudience(list.issuerCode),
    entity: { type: 'policy_award_list', id: list.id },
    title: { zh: `免申即享名单待审核：${item.titleZh}`, en: `Award list to review: ${item.titleEn}` },
    body: {
      zh: '系统已按政策规则比对出符合条件的企业，请审核后批准拨付。',
      en: 'The rule matched qualifying firms; review the list and approve payment.',
    },
    link: `/policies/award-lists/${list.id}`,
  }
}

export function awardPaid(award: AwardRow, item: ItemNames): NotificationInput {
  return {
    kind: 'update',
    topic: 'policy.award_paid',
    audience: { role: 'firm', organisationId: award.firmId },
    entity: { type: 'policy_award', id: award.id },
    title: {
      zh: `政策资金已拨付 ${formatYuan(award.amountFen, 0)}`,
      en: `Award paid: ${formatYuan(award.amountFen, 0)}`,
    },
    body: {
      zh: `${item.titleZh}：资金已兑现，无需申请。`,
      en: `${item.titleEn}: paid to you, with no application.`,
    },
    link: '/policies/matches',
  }
}

export function awardOffered(
  award: AwardRow,
  item: ItemNames,
  promiseWorkingDays: number,
): NotificationInput {
  return {
    kind: 'task',
    topic: 'policy.award_offered',
    audience: { role: 'firm', organisationId: award.firmId },
    entity: { type: 'policy_award', id: award.id },
    title: { zh: `请确认申领：${item.titleZh}`, en: `Confirm to claim: ${item.titleEn}` },
    body: {
      zh: `确认后 ${promiseWorkingDays} 个工作日内拨付 ${formatYuan(award.amountFen, 0)}。`,
      en: `Once you confirm, ${formatYuan(award.amountFen, 0)} is paid within ${promiseWorkingDays} working days.`,
    },
    link: '/policies/matches',
  }
}

export function awardConfirmed(award: AwardRow, item: ItemNames): NotificationInput {
  return {
    kind: 'task',
    topic: 'policy.award_confirmed',
    audience: issuerAudience(award.issuerCode),
    entity: { type: 'policy_award', id: award.id },
    title: { zh: `快申快享待拨付：${item.titleZh}`, en: `Fast-apply award to pay: ${item.titleEn}` },
    body: {
      zh: `企业已确认申领，须于 ${award.dueOn ?? ''} 前拨付 ${formatYuan(award.amountFen, 0)}。`,
      en: `The firm confirmed; pay ${formatYuan(award.amountFen, 0)} by ${award.dueOn ?? ''}.`,
    },
    link: '/policies/awards',
  }
}

export function awardOverdue(award: AwardRow): NotificationInput {
  return {
    kind: 'task',
    topic: 'policy.award_overdue',
    audience: { role: 'corridor_admin' },
    entity: { type: 'policy_award', id: award.id },
    title: { zh: '快申快享超期未拨付', en: 'A fast-apply award is overdue' },
    body: {
      zh: `承诺拨付日 ${award.dueOn ?? ''} 已过，金额 ${formatYuan(award.amountFen, 0)}，发文单位 ${award.issuerCode}。`,
      en: `Promised by ${award.dueOn ?? ''}: ${formatYuan(award.amountFen, 0)}, issued by ${award.issuerCode}.`,
    },
    link: '/policies/awards',
  }
}
