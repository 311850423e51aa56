// A workstation case's stages on the platform's workflow engine: visit → assessment → referral → decision → drawdown,
// one stage forward at a time, or closed from any open stage; only the workstation of the firm's city (or the
// corridor office) moves it. An action is named after the stage it leads to, as the API names the move.
import { defineWorkflow, type Grant, type TransitionRule } from '../../platform/workflow'
import { lockCase, type CaseRow } from './cases.repository'
import { financePolicies as policies } from './finance.policies'
import { caseStages, type CaseStage } from './finance.reference'

const workstation: Grant<CaseRow> = {
  policy: policies.runCase,
  scope: (found) => ({ cityCode: found.cityCode }),
}
const openStages = caseStages.filter((stage) => stage !== 'closed')

/** To each stage from the one before it (to the first, from none); to closed from every open stage. */
const transitions: TransitionRule<CaseStage, CaseRow>[] = caseStages.map((stage, index) => ({
  action: stage,
  from: stage === 'closed' ? openStages : caseStages.slice(Math.max(0, index - 1), index),
  to: stage,
  allowed: [workstation],
}))

export const caseWorkflow = defineWorkflow<CaseStage, CaseRow>({
  recordType: 'finance_case',
  states: caseStages,
  invalidCode: 'CASE_STAGE_INVALID',
  notFoundCode: 'CASE_NOT_FOUND',
  notFoundDetail: 'caseId',
  transitions,
  lock: lockCase,
  stateOf: (found) => found.stage,
  cityOf: (found) => found.cityCode,
})
