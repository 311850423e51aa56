// What each party of a one-stop case is told, in both languages: the work waiting for them (tasks) and what
// happened to their case (updates). Written with the move that causes them (platform notifications).
import type { NotificationInput } from '../../platform/notifications'
import { cityReferences } from '../registry'
import type { CaseRow } from './cases.repository'

const cityNames = new Map(cityReferences.map((city) => [city.code, { zh: city.nameZh, en: city.nameEn }]))
/** A city as people name it in each language (the code only if the registry has no such city). */
const city = (code: string) => cityNames.get(code) ?? { zh: code, en: code }

const entity = (found: CaseRow) => ({ type: 'service_case', id: found.id })
const name = (found: CaseRow) => ({
  zh: `${found.number}「${found.itemNameZh}」`,
  en: `${found.number} (${found.itemNameEn})`,
})

function toApplicant(found: CaseRow): NotificationInput['audience'] {
  return found.applicantKind === 'firm' && found.firmId !== null
    ? { role: 'firm', organisationId: found.firmId }
    : { userId: found.applicantUserId }
}

const applicantLink = (found: CaseRow) => `/services/cases/${found.id}`

/** The window city's officers: a case handed in (or completed) waits for their pre-review. */
export function intakeWaiting(found: CaseRow, again: boolean): NotificationInput {
  const { zh, en } = name(found)
  return {
    kind: 'task',
    topic: 'service_case.intake',
    audience: { role: 'city_officer', cityCode: found.windowCityCode },
    entity: entity(found),
    title: {
      zh: again ? '补正材料待预审' : '新的跨城办件待预审',
      en: again ? 'Completed materials to pre-review' : 'A new case to pre-review',
    },
    body: {
      zh: `${zh}，申请人：${found.applicantNameZh}。请核对材料，受理并推送至主管城市，或一次性告知补正。`,
      en: `${en}, from ${found.applicantNameEn}. Check the materials, then accept and route it, or ask once for what is missing.`,
    },
    link: '/services/intake',
  }
}

/** The competent city's officers: an accepted case (or one completed during review) waits for their decision. */
export function decisionWaiting(found: CaseRow, dueOn: string): NotificationInput {
  const { zh, en } = name(found)
  return {
    kind: 'task',
    topic: 'service_case.decision',
    audience: { role: 'city_officer', cityCode: found.competentCityCode },
    entity: entity(found),
    title: { zh: '跨城办件待审批', en: 'A case to decide' },
    body: {
      zh: `${zh}，受理地：${city(found.windowCityCode).zh}，承诺办结日 ${dueOn}。`,
      en: `${en}, accepted at the ${city(found.windowCityCode).en} window, due ${dueOn}.`,
    },
    link: '/services/deciding',
  }
}

/** The applicant: more materials are needed before the case can go on. */
export function materialsRequested(found: CaseRow, note: string): NotificationInput {
  const { zh, en } = name(found)
  return {
    kind: 'task',
    topic: 'service_case.materials_requested',
    audience: toApplicant(found),
    entity: entity(found),
    title: { zh: '请补正办件材料', en: 'Materials needed for your case' },
    body: { zh: `${zh}：${note}`, en: `${en}: ${note}` },
    link: applicantLink(found),
  }
}

const outcomeTexts: Record<string, { zh: string; en: string }> = {
  accepted: { zh: '已受理，已推送至主管城市审批', en: 'accepted and routed to the competent city' },
  not_accepted: { zh: '不予受理', en: 'not accepted' },
  approved: { zh: '已审批通过', en: 'approved' },
  approved_with_conditions: { zh: '附条件审批通过', en: 'approved with conditions' },
  refused: { zh: '不予许可', en: 'refused' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
}

/** The applicant: a step of their case, with the due day or the reason when there is one. */
export function caseUpdate(
  found: CaseRow,
  outcome: keyof typeof outcomeTexts,
  detail: string | null,
): NotificationInput {
  const { zh, en } = name(found)
  const text = outcomeTexts[outcome] ?? { zh: outcome, en: outcome }
  return {
    kind: 'update',
    topic: `service_case.${outcome}`,
    audience: toApplicant(found),
    entity: entity(found),
    title: { zh: `办件${text.zh}`, en: `Your case was ${text.en}` },
    body: {
      zh: `${zh}${text.zh}${detail === null ? '。' : `：${detail}`}`,
      en: `${en} was ${text.en}${detail === null ? '.' : `: ${detail}`}`,
    },
    link: applicantLink(found),
  }
}

/** The deciding officers, one working day before the due day. */
export function dueSoon(found: CaseRow): NotificationInput {
  const { zh, en } = name(found)
  return {
    kind: 'task',
    topic: 'service_case.due_soon',
    audience: { role: 'city_officer', cityCode: found.competentCityCode },
    entity: entity(found),
    title: { zh: '办件即将到期', en: 'A case is due soon' },
    body: {
      zh: `${zh}将于 ${found.dueOn ?? ''} 到期，请及时审批。`,
      en: `${en} is due on ${found.dueOn ?? ''}.`,
    },
    link: '/services/deciding',
  }
}

/** The corridor office: a case past its due day. */
export function overdue(found: CaseRow): NotificationInput {
  const { zh, en } = name(found)
  return {
    kind: 'task',
    topic: 'service_case.overdue',
    audience: { role: 'corridor_admin' },
    entity: entity(found),
    title: { zh: '跨城办件已超期', en: 'A case is overdue' },
    body: {
      zh: `${zh}已超过承诺办结日 ${found.dueOn ?? ''}，主管城市：${city(found.competentCityCode).zh}。`,
      en: `${en} passed its due day ${found.dueOn ?? ''}; competent city ${city(found.competentCityCode).en}.`,
    },
    link: '/services/dashboard',
  }
}

/** Everyone who follows the case: its due day moved with a change of the calendar. */
export function dueDateMoved(found: CaseRow, from: string, to: string): NotificationInput {
  const { zh, en } = name(found)
  return {
    kind: 'update',
    topic: 'service_case.due_date_changed',
    audience: toApplicant(found),
    entity: entity(found),
    title: { zh: '办件办结日因节假日调整而变更', en: 'Your case’s due day moved with the holiday calendar' },
    body: {
      zh: `${zh}的承诺办结日由 ${from} 调整为 ${to}。`,
      en: `${en} is now due on ${to} instead of ${from}.`,
    },
    link: applicantLink(found),
  }
}
