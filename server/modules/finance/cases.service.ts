// Workstation cases: a city's tech-finance workstation follows a firm through visit → assessment → referral →
// decision → drawdown, with notes and due dates; only the workstation of the firm's city acts on the case.
import type { Database } from '../../db/client'
import { auditTrail } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { orRefuse } from '../../platform/errors'
import { pageById } from '../../platform/http/schemas'
import { newId } from '../../platform/ids'
import { actorIdOf, runTransition } from '../../platform/workflow'
import { caseWorkflow } from './cases.workflow'
import { financePolicies as policies } from './finance.policies'
import * as repository from './cases.repository'
import type { AdvanceCaseInput, CaseQueryInput, CreateCaseInput } from './finance.schemas'
import type { FinanceRegistryAccess } from './products.service'

const financeCaseAudit = auditTrail('finance_case')

const caseNotesMax = 200

export function createCasesService(db: Database, registry: FinanceRegistryAccess) {
  async function getCase(principal: Principal | null, id: string) {
    const found = orRefuse(await repository.findCase(db, id), 'CASE_NOT_FOUND', { caseId: id })
    authorize(principal, policies.readCase, { cityCode: found.cityCode })
    return { ...found, notes: await repository.caseNotes(db, id, caseNotesMax) }
  }

  async function listCases(principal: Principal | null, query: CaseQueryInput) {
    const actor = authorize(principal, policies.readCase, {
      cityCode: query.city ?? principal?.cityCode ?? null,
    })
    const filter = {
      cityCode: actor.role === 'corridor_admin' ? query.city : (actor.cityCode ?? ''),
      stage: query.stage,
      firmId: query.firm,
    }
    return pageById(query, (after, limit) => repository.listCases(db, filter, after, limit))
  }

  async function createCase(principal: Principal | null, input: CreateCaseInput) {
    const firm = await registry.getFirm(input.firmId)
    const actor = authorize(principal, policies.runCase, { cityCode: firm.cityCode })
    return db.transaction(async (transaction) => {
      const inserted = await repository.insertCase(transaction, {
        id: newId('fcas'),
        cityCode: firm.cityCode,
        firmId: firm.id,
        officerUserId: actor.userId,
        dueOn: input.dueOn ?? null,
        summary: input.summary,
      })
      await financeCaseAudit.record(transaction, actor, 'create', inserted, input)
      return { ...inserted, notes: [] }
    })
  }

  /** One stage forward, or closed (caseWorkflow), with a note; the due day and referral as the officer sets them. */
  async function advanceCase(principal: Principal | null, id: string, input: AdvanceCaseInput) {
    await runTransition(db, caseWorkflow, {
      principal,
      id,
      action: input.stage,
      apply: async (transaction, _locked, move) => {
        await repository.updateCase(transaction, id, {
          stage: move.to,
          ...(input.dueOn !== undefined ? { dueOn: input.dueOn } : {}),
          ...(input.referralId !== undefined ? { referralId: input.referralId } : {}),
        })
        await repository.insertCaseNote(transaction, {
          id: newId('fcnt'),
          caseId: id,
          authorUserId: actorIdOf(move),
          stage: move.to,
          text: input.note,
        })
      },
      auditAction: 'finance_case.advance',
      note: input.note,
    })
    return getCase(principal, id)
  }

  return { getCase, listCases, createCase, advanceCase }
}

export type CasesService = ReturnType<typeof createCasesService>
