// The moves of a one-stop case on the workflow engine (cases.workflow.ts), each with what changes with it: the
// working-day clock (started at acceptance, stopped while materials are awaited, stopped at the decision), the
// applicant told at every step, the waiting parties' tasks resolved and the next party's written, and for the G60
// talent card, the card with its entitlements.
import type { Database } from '../../db/client'
import { addWorkingDaysOn, shanghaiDateOf, workingDaysBetweenOn } from '../../platform/calendar'
import { AppError, assert } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { notify, resolveTasks, type NotificationInput } from '../../platform/notifications'
import type { Principal } from '../../platform/authorization'
import type { LicenceGrant } from '../licences'
import { actorIdOf, runTransition, type Move } from '../../platform/workflow'
import * as notices from './case-notices'
import type { CaseFiling } from './case-filing.service'
import * as repository from './cases.repository'
import { caseWorkflow } from './cases.workflow'
import * as itemsRepository from './items.repository'
import type { MaterialClaim, UploadedFile } from './materials'
import { talentCardEntitlements } from './services.reference'
import type { CaseStatus } from './services.states'
import { talentCards } from './services.tables'

type CaseMove = Move<CaseStatus>

/** What a decision needs of the licences module: the approved case's licence, issued in the decision's transaction. */
export interface LicenceIssuer {
  issueForCase(transaction: Database, grant: LicenceGrant): Promise<unknown>
}
/** a talent card's validity when its item's version names none */
const talentCardYearsDefault = 3
const caseEntity = (id: string) => ({ type: 'service_case', id })

interface MoveRequest {
  now: Date
  principal: Principal | null
  id: string
  action: string
  note?: string | null
  /** the case's own changes, its events and what it tells whom, in the move's transaction */
  apply: (transaction: Database, found: repository.CaseRow, move: CaseMove) => Promise<NotificationInput[]>
  auditDetails?: Record<string, unknown>
}

/** One move: the engine's checks, the case's changes, then every task about the case resolved and the new ones. */
async function move(db: Database, request: MoveRequest): Promise<repository.CaseRow> {
  return runTransition(db, caseWorkflow, {
    principal: request.principal,
    id: request.id,
    action: request.action,
    note: request.note ?? null,
    now: request.now,
    apply: async (transaction, found, taken) => {
      const told = await request.apply(transaction, found, taken)
      await resolveTasks(transaction, caseEntity(found.id))
      await notify(transaction, told)
      const updated = await repository.findCase(transaction, found.id)
      assert(updated !== undefined, `case ${found.id} vanished`)
      return updated
    },
    auditDetails: (updated, taken) => ({
      number: updated.number,
      from: taken.from,
      to: taken.to,
      dueOn: updated.dueOn,
      ...request.auditDetails,
    }),
  })
}

async function event(transaction: Database, caseId: string, kind: string, details: Record<string, unknown>) {
  await repository.insertEvent(transaction, { id: newId('scev'), caseId, kind, details })
}

/** The G60 talent card of an approved talent-card case: its entitlements, valid for the item's years. */
async function issueTalentCard(transaction: Database, found: repository.CaseRow, issuedOn: string) {
  const version = await itemsRepository.findVersion(transaction, found.itemCode, found.itemVersion)
  const validYears = version?.snapshot.licence?.validYears ?? talentCardYearsDefault
  const year = Number(issuedOn.slice(0, 4))
  await transaction.insert(talentCards).values({
    id: newId('tcard'),
    // one card per case: the card is quoted by its case's number
    number: `G60TC-${found.number}`,
    userId: found.applicantUserId,
    caseId: found.id,
    holderNameZh: found.applicantNameZh,
    holderNameEn: found.applicantNameEn,
    cityCode: found.competentCityCode,
    entitlements: talentCardEntitlements.map((entitlement) => entitlement.code),
    issuedOn,
    validUntil: `${year + validYears}${issuedOn.slice(4)}`,
    isSynthetic: found.isSynthetic,
  })
}

/** A firm's approved case ends in its licence, signed by the competent city, as the item's version describes it. */
async function issueLicence(
  licences: LicenceIssuer,
  transaction: Database,
  found: repository.CaseRow,
  firmId: string,
  at: Date,
) {
  const version = await itemsRepository.findVersion(transaction, found.itemCode, found.itemVersion)
  const licence = version?.snapshot.licence
  assert(licence != null, `case ${found.id} names licence ${found.licenceType} but its item version has none`)
  await licences.issueForCase(transaction, {
    caseId: found.id,
    caseNumber: found.number,
    itemCode: found.itemCode,
    licence,
    firmId,
    issuerCode: found.competentCityCode,
    at,
    isSynthetic: found.isSynthetic,
  })
}

/** The applicant hands in more materials with a move: checked, written, and on the case's timeline. */
async function handIn(
  filing: CaseFiling,
  transaction: Database,
  found: repository.CaseRow,
  handed: { claims: MaterialClaim[]; files: UploadedFile[] },
  actorUserId: string,
) {
  const added = await filing.addMaterials(transaction, found, handed.claims, handed.files, actorUserId)
  await event(transaction, found.id, 'materials_added', { materials: added })
}

interface MoveDependencies {
  db: Database
  filing: CaseFiling
  licences: LicenceIssuer
  clock: () => Date
}

/** The window accepts and routes the case: the clock starts, due the promised working days after today. */
function accept(
  dependencies: MoveDependencies,
  principal: Principal | null,
  id: string,
  note: string | null,
) {
  const { db, clock } = dependencies
  const now = clock()
  const today = shanghaiDateOf(now)
  return move(db, {
    now,
    principal,
    id,
    action: 'accept',
    note,
    apply: async (transaction, found, taken) => {
      assert(taken.dueOn !== null, 'acceptance sets a due day')
      const accepted = await repository.updateCase(transaction, id, {
        status: taken.to,
        acceptedAt: now,
        clockState: 'running',
        clockAnchorOn: today,
        clockWorkingDays: found.promisedDays,
        dueOn: taken.dueOn,
      })
      await event(transaction, id, 'clock_started', {
        anchorOn: today,
        workingDays: found.promisedDays,
        dueOn: taken.dueOn,
      })
      return [
        notices.decisionWaiting(accepted, taken.dueOn),
        notices.caseUpdate(accepted, 'accepted', taken.dueOn),
      ]
    },
  })
}

/** At the window, before acceptance: what is missing, asked once (一次性告知). */
function requestMaterials(
  dependencies: MoveDependencies,
  principal: Principal | null,
  id: string,
  note: string,
) {
  const { db, clock } = dependencies
  const now = clock()
  return move(db, {
    now,
    principal,
    id,
    action: 'request_materials',
    note,
    apply: async (transaction, _found, taken) => {
      const updated = await repository.updateCase(transaction, id, { status: taken.to })
      return [notices.materialsRequested(updated, note)]
    },
  })
}

function notAccept(dependencies: MoveDependencies, principal: Principal | null, id: string, reason: string) {
  const { db, clock } = dependencies
  const now = clock()
  return move(db, {
    now,
    principal,
    id,
    action: 'not_accept',
    note: reason,
    apply: async (transaction, _found, taken) => {
      const updated = await repository.updateCase(transaction, id, {
        status: taken.to,
        reason,
        decidedAt: now,
      })
      return [notices.caseUpdate(updated, 'not_accepted', reason)]
    },
  })
}

/** The applicant completes the intake: back to the window's queue. */
function supplement(
  dependencies: MoveDependencies,
  principal: Principal | null,
  id: string,
  claims: MaterialClaim[],
  files: UploadedFile[],
) {
  const { db, clock } = dependencies
  const now = clock()
  return move(db, {
    now,
    principal,
    id,
    action: 'supplement',
    apply: async (transaction, found, taken) => {
      await handIn(dependencies.filing, transaction, found, { claims, files }, actorIdOf(taken))
      const updated = await repository.updateCase(transaction, id, { status: taken.to })
      return [notices.intakeWaiting(updated, true)]
    },
  })
}

/** The deciding office asks for more: the clock stops with the working days it still had. */
function pauseForMaterials(
  dependencies: MoveDependencies,
  principal: Principal | null,
  id: string,
  note: string,
) {
  const { db, clock } = dependencies
  const now = clock()
  const today = shanghaiDateOf(now)
  return move(db, {
    now,
    principal,
    id,
    action: 'pause_for_materials',
    note,
    apply: async (transaction, found, taken) => {
      assert(found.dueOn !== null, 'a case in review has a due day')
      const remaining = Math.max(0, await workingDaysBetweenOn(transaction, today, found.dueOn))
      const updated = await repository.updateCase(transaction, id, {
        status: taken.to,
        clockState: 'paused',
        pausedOn: today,
        clockWorkingDays: remaining,
      })
      await event(transaction, id, 'clock_paused', { pausedOn: today, workingDaysLeft: remaining })
      return [notices.materialsRequested(updated, note)]
    },
  })
}

/** The applicant completes the review's request: the clock runs again for the working days it had left. */
function resumeWithMaterials(
  dependencies: MoveDependencies,
  principal: Principal | null,
  id: string,
  claims: MaterialClaim[],
  files: UploadedFile[],
) {
  const { db, clock } = dependencies
  const now = clock()
  const today = shanghaiDateOf(now)
  return move(db, {
    now,
    principal,
    id,
    action: 'resume_with_materials',
    apply: async (transaction, found, taken) => {
      await handIn(dependencies.filing, transaction, found, { claims, files }, actorIdOf(taken))
      const workingDays = found.clockWorkingDays ?? 0
      const dueOn = await addWorkingDaysOn(transaction, today, workingDays)
      const updated = await repository.updateCase(transaction, id, {
        status: taken.to,
        clockState: 'running',
        pausedOn: null,
        clockAnchorOn: today,
        clockWorkingDays: workingDays,
        dueOn,
        warnedAt: null,
      })
      await event(transaction, id, 'clock_resumed', { anchorOn: today, workingDays, dueOn })
      return [notices.decisionWaiting(updated, dueOn)]
    },
  })
}

/** The competent city decides: the clock stops; an approved talent-card case records the card. */
function decide(
  dependencies: MoveDependencies,
  principal: Principal | null,
  id: string,
  decision: {
    action: 'approve' | 'approve_with_conditions' | 'refuse'
    conditions?: string
    reason?: string
  },
) {
  if (decision.action === 'approve_with_conditions' && decision.conditions === undefined) {
    throw new AppError('VALIDATION_FAILED', { problems: [{ path: '/conditions', rule: 'required' }] })
  }
  if (decision.action === 'refuse' && decision.reason === undefined) {
    throw new AppError('VALIDATION_FAILED', { problems: [{ path: '/reason', rule: 'required' }] })
  }
  const outcome =
    decision.action === 'approve'
      ? 'approved'
      : decision.action === 'refuse'
        ? 'refused'
        : 'approved_with_conditions'
  const { db, clock } = dependencies
  const now = clock()
  const today = shanghaiDateOf(now)
  return move(db, {
    now,
    principal,
    id,
    action: decision.action,
    note: decision.reason ?? decision.conditions ?? null,
    apply: async (transaction, found, taken) => {
      const updated = await repository.updateCase(transaction, id, {
        status: taken.to,
        decision: outcome,
        decidedAt: now,
        conditions: decision.conditions ?? null,
        reason: decision.reason ?? null,
        clockState: 'stopped',
      })
      if (taken.to === 'approved' && found.licenceType === 'G60TalentCard') {
        await issueTalentCard(transaction, updated, today)
      } else if (taken.to === 'approved' && found.licenceType !== null && found.firmId !== null) {
        await issueLicence(dependencies.licences, transaction, updated, found.firmId, now)
      }
      return [notices.caseUpdate(updated, outcome, decision.reason ?? decision.conditions ?? null)]
    },
    auditDetails: { decision: outcome },
  })
}

function withdraw(
  dependencies: MoveDependencies,
  principal: Principal | null,
  id: string,
  reason: string | null,
) {
  const { db, clock } = dependencies
  const now = clock()
  return move(db, {
    now,
    principal,
    id,
    action: 'withdraw',
    note: reason,
    apply: async (transaction, found, taken) => {
      const updated = await repository.updateCase(transaction, id, {
        status: taken.to,
        decidedAt: now,
        reason,
        clockState: found.clockState === 'not_started' ? 'not_started' : 'stopped',
        pausedOn: null,
      })
      return [notices.caseUpdate(updated, 'withdrawn', reason)]
    },
  })
}

/** `clock` gives the moment of each move (tests set it); the working days count from its Shanghai day. */
export function createCaseMoves(
  db: Database,
  filing: CaseFiling,
  licences: LicenceIssuer,
  clock: () => Date = () => new Date(),
) {
  const dependencies: MoveDependencies = { db, filing, licences, clock }
  return {
    accept: accept.bind(null, dependencies),
    requestMaterials: requestMaterials.bind(null, dependencies),
    notAccept: notAccept.bind(null, dependencies),
    supplement: supplement.bind(null, dependencies),
    pauseForMaterials: pauseForMaterials.bind(null, dependencies),
    resumeWithMaterials: resumeWithMaterials.bind(null, dependencies),
    decide: decide.bind(null, dependencies),
    withdraw: withdraw.bind(null, dependencies),
  }
}

export type CaseMoves = ReturnType<typeof createCaseMoves>
