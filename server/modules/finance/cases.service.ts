// Workstation cases: a city's tech-finance workstation follows a firm through visit → assessment → referral →
// decision → drawdown, with notes and due dates; only the workstation of the firm's city acts on the case.
import type { Database } from '../../db/client'
import { auditTrail } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { assert, orRefuse } from '../../platform/errors'
import { pageById } from '../../platform/http/schemas'
import { newId } from '../../platform/ids'
import { actorIdOf, runTransition } from '../../platform/workflow'
import { shanghaiDateOf } from '../../platform/calendar/calendar.days'
import { caseWorkflow } from './cases.workflow'
import { financePolicies as policies } from './finance.policies'
import * as repository from './cases.repository'
import type {
  AdvanceCaseInput,
  CaseCountQueryInput,
  CaseQueryInput,
  CreateCaseInput,
} from './finance.schemas'
import { caseStages } from './finance.reference'
import type { FinanceRegistryAccess } from './products.service'

const financeCaseAudit = auditTrail('finance_case')

const caseNotesMax = 200
/** the most officers a board offers to filter by: a city's workstation has a handful */
const caseOfficersMax = 100

export function createCasesService(db: Database, registry: FinanceRegistryAccess) {
  async function getCase(principal: Principal | null, id: string) {
    const found = orRefuse(await repository.findNamedCase(db, id), 'CASE_NOT_FOUND', { caseId: id })
    authorize(principal, policies.readCase, { cityCode: found.cityCode })
    return { ...found, notes: await repository.caseNotes(db, id, caseNotesMax) }
  }

  /** The filter a reader may apply: an officer or workstation sees its own city's cases whatever it asks for. */
  function caseFilterOf(principal: Principal | null, query: CaseQueryInput): repository.CaseFilter {
    const actor = authorize(principal, policies.readCase, {
      cityCode: query.city ?? principal?.cityCode ?? null,
    })
    return {
      cityCode: actor.role === 'corridor_admin' ? query.city : (actor.cityCode ?? ''),
      stage: query.stage,
      firmId: query.firm,
      officerUserId: query.officer,
      overdueBefore: query.overdue === true ? shanghaiDateOf() : undefined,
    }
  }

  async function listCases(principal: Principal | null, query: CaseQueryInput) {
    const filter = caseFilterOf(principal, query)
    return pageById(query, (after, limit) => repository.listCases(db, filter, after, limit))
  }

  /** A board's column heads and officer choices under the same filter as its cards, in one answer. */
  async function countCases(principal: Principal | null, query: CaseCountQueryInput) {
    const filter = caseFilterOf(principal, query)
    const [stages, officers] = await Promise.all([
      repository.countCasesByStage(db, filter),
      repository.caseOfficers(db, filter, caseOfficersMax),
    ])
    const counted = new Map(stages.map((row) => [row.stage, row.count]))
    return {
      stages: caseStages.map((stage) => ({ stage, count: counted.get(stage) ?? 0 })),
      officers: officers.map((officer) => ({
        id: officer.id,
        nameZh: officer.nameZh ?? '',
        nameEn: officer.nameEn ?? '',
        count: officer.count,
      })),
    }
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
      const named = await repository.findNamedCase(transaction, inserted.id)
      assert(named !== undefined, `case ${inserted.id} vanished`)
      return { ...named, notes: [] }
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

  return { getCase, listCases, countCases, createCase, advanceCase }
}

export type CasesService = ReturnType<typeof createCasesService>
