// A one-stop case's moves (异地受理、远程审批、本地发证): handed in at a window city, pre-reviewed there (accepted and
// routed, sent back for more materials, or not accepted), decided by the competent city's office on a working-day
// clock that stops while materials are awaited, or withdrawn by the applicant. The window never decides, and the
// competent city never pre-reviews another city's intake; the corridor office may act anywhere.
import { defineWorkflow, type Grant } from '../../platform/workflow'
import { lockCase, type CaseRow } from './cases.repository'
import { caseStatuses, type CaseStatus } from './services.states'

const applicant: Grant<CaseRow> = {
  policy: { firm: 'own_organisation', professional: 'self' },
  scope: (found) => ({ organisationId: found.firmId, userId: found.applicantUserId }),
}
const window: Grant<CaseRow> = {
  policy: { city_officer: 'own_city', corridor_admin: 'any' },
  scope: (found) => ({ cityCode: found.windowCityCode }),
}
const competent: Grant<CaseRow> = {
  policy: { city_officer: 'own_city', corridor_admin: 'any' },
  scope: (found) => ({ cityCode: found.competentCityCode }),
}
const openStatuses: CaseStatus[] = ['submitted', 'intake_incomplete', 'in_review', 'review_paused']

export const caseWorkflow = defineWorkflow<CaseStatus, CaseRow>({
  recordType: 'service_case',
  states: caseStatuses,
  invalidCode: 'SERVICE_CASE_TRANSITION_INVALID',
  notFoundCode: 'SERVICE_CASE_NOT_FOUND',
  notFoundDetail: 'caseId',
  transitions: [
    // the clock starts at acceptance: due the promised number of working days after the day of acceptance
    {
      action: 'accept',
      from: ['submitted'],
      to: 'in_review',
      allowed: [window],
      dueInWorkingDays: (found) => found.promisedDays,
    },
    { action: 'request_materials', from: ['submitted'], to: 'intake_incomplete', allowed: [window] },
    { action: 'not_accept', from: ['submitted', 'intake_incomplete'], to: 'not_accepted', allowed: [window] },
    { action: 'supplement', from: ['intake_incomplete'], to: 'submitted', allowed: [applicant] },
    { action: 'pause_for_materials', from: ['in_review'], to: 'review_paused', allowed: [competent] },
    { action: 'resume_with_materials', from: ['review_paused'], to: 'in_review', allowed: [applicant] },
    { action: 'approve', from: ['in_review'], to: 'approved', allowed: [competent] },
    { action: 'approve_with_conditions', from: ['in_review'], to: 'approved', allowed: [competent] },
    { action: 'refuse', from: ['in_review'], to: 'refused', allowed: [competent] },
    { action: 'withdraw', from: openStatuses, to: 'withdrawn', allowed: [applicant] },
  ],
  lock: lockCase,
  stateOf: (found) => found.status,
  cityOf: (found) => found.competentCityCode,
})
