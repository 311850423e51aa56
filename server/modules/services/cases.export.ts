// The cases list as a file: what the list shows (same view, filters and order), with the item, the applicant, the
// cities and the department by name, in the language asked for.
import { nameIn, type ExportColumn } from '../../platform/export'
import { cityNameOf } from '../registry'
import type { CaseRow } from './cases.repository'
import { departments } from './services.reference'
import type { CaseDecision, CaseStatus } from './services.states'

export type CaseExportItem = CaseRow

type Names = { nameZh: string; nameEn: string }

const statusNames: Record<CaseStatus, Names> = {
  submitted: { nameZh: '待预审', nameEn: 'Awaiting pre-review' },
  intake_incomplete: { nameZh: '待补正', nameEn: 'Materials requested' },
  in_review: { nameZh: '审批中', nameEn: 'Under review' },
  review_paused: { nameZh: '审批暂停', nameEn: 'Review paused' },
  approved: { nameZh: '已办结（准予）', nameEn: 'Approved' },
  refused: { nameZh: '不予许可', nameEn: 'Refused' },
  not_accepted: { nameZh: '不予受理', nameEn: 'Not accepted' },
  withdrawn: { nameZh: '已撤回', nameEn: 'Withdrawn' },
}

const decisionNames: Record<CaseDecision, Names> = {
  approved: { nameZh: '准予许可', nameEn: 'Approved' },
  approved_with_conditions: { nameZh: '附条件准予许可', nameEn: 'Approved with conditions' },
  refused: { nameZh: '不予许可', nameEn: 'Refused' },
}

const departmentNames = new Map(departments.map((department) => [department.code, department]))

export const caseExportColumns: readonly ExportColumn<CaseExportItem>[] = [
  { zh: '办件编号', en: 'Case number', kind: 'text', value: (found) => found.number },
  { zh: '提交时间', en: 'Submitted', kind: 'datetime', value: (found) => found.submittedAt.toISOString() },
  {
    zh: '事项',
    en: 'Item',
    kind: 'text',
    value: (found, language) => nameIn(language, { nameZh: found.itemNameZh, nameEn: found.itemNameEn }),
  },
  {
    zh: '申请人',
    en: 'Applicant',
    kind: 'text',
    value: (found, language) =>
      nameIn(language, { nameZh: found.applicantNameZh, nameEn: found.applicantNameEn }),
  },
  {
    zh: '受理窗口城市',
    en: 'Window city',
    kind: 'text',
    value: (found, language) => cityNameOf(found.windowCityCode, language),
  },
  {
    zh: '审批城市',
    en: 'Competent city',
    kind: 'text',
    value: (found, language) => cityNameOf(found.competentCityCode, language),
  },
  {
    zh: '审批部门',
    en: 'Department',
    kind: 'text',
    value: (found, language) =>
      nameIn(language, departmentNames.get(found.departmentCode)) ?? found.departmentCode,
  },
  {
    zh: '状态',
    en: 'Status',
    kind: 'text',
    value: (found, language) => nameIn(language, statusNames[found.status as CaseStatus]) ?? found.status,
  },
  { zh: '办结期限', en: 'Due on', kind: 'date', value: (found) => found.dueOn },
  {
    zh: '办结时间',
    en: 'Decided',
    kind: 'datetime',
    value: (found) => found.decidedAt?.toISOString() ?? null,
  },
  {
    zh: '决定',
    en: 'Decision',
    kind: 'text',
    value: (found, language) =>
      found.decision === null
        ? null
        : (nameIn(language, decisionNames[found.decision as CaseDecision]) ?? found.decision),
  },
  { zh: '评价（1–5）', en: 'Rating (1–5)', kind: 'integer', value: (found) => found.rating },
]
