// One workflow engine for every record that moves through states (bookings, voucher claims, redemptions, finance
// cases, service cases): a transition table per record type, and one function that takes a move in one transaction —
// lock the record, authorize the actor against the record's scope, check the table and the move's guards, compute the
// next due day in working days, apply the record's own changes, then write the move's history row and its audit record
// (rows first, the audit chain last, as every audited write does).
import type { Database } from '../../db/client'
import { recordAudit } from '../audit'
import { isAllowed, type Policy, type Principal, type ResourceScope } from '../authorization'
import { addWorkingDaysOn, shanghaiDateOf } from '../calendar'
import { AppError, assert } from '../errors'
import { newId } from '../ids'
import { insertTransition, listTransitions, type TransitionRow } from './workflow.repository'

/** Who may take a move: a policy (role × reach) checked against a scope of the record. */
export interface Grant<Row> {
  policy: Policy
  /** the record's scope for this grant (its city, the organisation or user it belongs to) */
  scope(row: Row): ResourceScope
}

export interface TransitionRule<State extends string, Row> {
  action: string
  from: readonly State[]
  to: State
  /** any one grant lets the actor take the move; none: FORBIDDEN (AUTH_REQUIRED when nobody is signed in) */
  allowed: readonly Grant<Row>[]
  /** the platform itself may take the move (a job, with no signed-in actor) */
  bySystem?: boolean
  /** conditions on who acts, checked with the grants and before the state (never deciding one's own claim) */
  mayAct?(row: Row, actor: Principal): void
  /** conditions on the locked record, checked after the state; throws a coded AppError to refuse */
  guard?(row: Row, actor: Principal | null, transaction: Database): void | Promise<void>
  /** the code answered when the state does not allow this move, instead of the workflow's */
  invalidCode?: string
  /** the record's next due day: this many working days after the day of the move (Asia/Shanghai) */
  dueInWorkingDays?: number | ((row: Row) => number)
}

export interface WorkflowDefinition<State extends string, Row> {
  /** the record type its history and audit records name */
  recordType: string
  states: readonly State[]
  transitions: readonly TransitionRule<State, Row>[]
  /** answered when the record's state does not allow the action, with details { from, to, allowed } */
  invalidCode: string
  /** answered when there is no such record, with details { [notFoundDetail]: id } */
  notFoundCode: string
  notFoundDetail: string
  /** reads the record FOR UPDATE in the given transaction */
  lock(db: Database, id: string): Promise<Row | undefined>
  stateOf(row: Row): string
  cityOf(row: Row): string | null
}

export interface Move<State extends string> {
  action: string
  from: State
  to: State
  /** null when the platform itself moves the record (a rule `bySystem`) */
  actor: Principal | null
  /** the due day the move sets, when its rule has one */
  dueOn: string | null
}

export interface TransitionRequest<State extends string, Row, Result> {
  /** the signed-in actor, or 'system' for a move the platform makes itself (its rule must allow it) */
  principal: Principal | null | 'system'
  id: string
  action: string
  /** conditions of this request on who acts, after the rule's (an owner cancelling must give a reason) */
  mayAct?(row: Row, actor: Principal): void
  /** the record's own changes that go with the move, in its transaction (its UPDATE, a ledger move…) */
  apply(transaction: Database, row: Row, move: Move<State>): Promise<Result>
  /** the audit record's action (default `<recordType>.<action>`) and details (default { from, to }) */
  auditAction?: string
  auditDetails?(result: Result, move: Move<State>): Record<string, unknown>
  note?: string | null
  /** the moment of the move, whose Shanghai day due days count from (default: now) */
  now?: Date
}

export interface Workflow<State extends string, Row> extends WorkflowDefinition<State, Row> {
  /** the rule of an action, or undefined */
  rule(action: string): TransitionRule<State, Row> | undefined
  /** whether the table lets an action be taken from a state */
  allows(from: string, action: string): boolean
  /** the actions a state allows, in table order */
  actionsFrom(from: string): string[]
  /** the state an action leads to from `from`, or the workflow's refusal: the table alone (seeds, pure rules) */
  moveFrom(from: string, action: string): State
}

/** Checks the table once, when the module loads: every state known, every action named once. */
export function defineWorkflow<State extends string, Row>(
  definition: WorkflowDefinition<State, Row>,
): Workflow<State, Row> {
  const states = new Set<string>(definition.states)
  const rules = new Map<string, TransitionRule<State, Row>>()
  for (const rule of definition.transitions) {
    const where = `${definition.recordType}.${rule.action}`
    assert(!rules.has(rule.action), `${where} is in the table twice`)
    assert(states.has(rule.to), `${where} leads to unknown state ${rule.to}`)
    for (const from of rule.from) assert(states.has(from), `${where} starts from unknown state ${from}`)
    assert(rule.allowed.length > 0 || rule.bySystem === true, `nobody may take ${where}`)
    rules.set(rule.action, rule)
  }
  const rulesFrom = (from: string) =>
    definition.transitions.filter((rule) => rule.from.some((state) => state === from))
  const workflow: Workflow<State, Row> = {
    ...definition,
    rule: (action) => rules.get(action),
    allows: (from, action) => rules.get(action)?.from.some((state) => state === from) ?? false,
    actionsFrom: (from) => rulesFrom(from).map((rule) => rule.action),
    moveFrom: (from, action) => {
      const rule = rules.get(action)
      assert(rule !== undefined, `${definition.recordType} has no action ${action}`)
      if (!rule.from.some((state) => state === from)) throw refusalOf(workflow, rule, from)
      return rule.to
    },
  }
  return workflow
}

/** The refusal of a move the state does not allow, naming the states the record could move to. */
function refusalOf<State extends string, Row>(
  workflow: Workflow<State, Row>,
  rule: TransitionRule<State, Row>,
  from: string,
): AppError {
  const targets = workflow.transitions
    .filter((each) => each.from.some((state) => state === from))
    .map((each) => each.to)
  const code = rule.invalidCode ?? workflow.invalidCode
  return new AppError(code, { from, to: rule.to, allowed: [...new Set(targets)] })
}

/** Throws AUTH_REQUIRED or FORBIDDEN unless one of the rule's grants reaches the record. */
export function authorizeMove<Row>(
  principal: Principal | null,
  grants: readonly Grant<Row>[],
  row: Row,
): Principal {
  if (principal === null) throw new AppError('AUTH_REQUIRED')
  if (!grants.some((grant) => isAllowed(principal, grant.policy, grant.scope(row)))) {
    throw new AppError('FORBIDDEN', { role: principal.role })
  }
  return principal
}

/**
 * Checks a move on a record locked in the caller's transaction: who acts, the table, the guards. runTransition calls
 * it; so may a move made by a statement of its own.
 */
export async function checkMove<State extends string, Row>(
  workflow: Workflow<State, Row>,
  request: Pick<TransitionRequest<State, Row, unknown>, 'principal' | 'action' | 'mayAct'>,
  row: Row,
  transaction: Database,
): Promise<{ rule: TransitionRule<State, Row>; actor: Principal | null }> {
  const { principal, action } = request
  const rule = workflow.rule(action)
  assert(rule !== undefined, `${workflow.recordType} has no action ${action}`)
  assert(
    principal !== 'system' || rule.bySystem === true,
    `${workflow.recordType}.${action} is not the platform's`,
  )
  const actor = principal === 'system' ? null : authorizeMove(principal, rule.allowed, row)
  if (actor !== null) {
    rule.mayAct?.(row, actor)
    request.mayAct?.(row, actor)
  }
  const from = workflow.stateOf(row)
  if (!rule.from.some((state) => state === from)) throw refusalOf(workflow, rule, from)
  await rule.guard?.(row, actor, transaction)
  return { rule, actor }
}

/** Takes one move in one transaction on `db` (the database, or a transaction the caller holds). */
export async function runTransition<State extends string, Row, Result>(
  db: Database,
  workflow: Workflow<State, Row>,
  request: TransitionRequest<State, Row, Result>,
): Promise<Result> {
  return db.transaction(async (transaction) => {
    const row = await workflow.lock(transaction, request.id)
    if (row === undefined)
      throw new AppError(workflow.notFoundCode, { [workflow.notFoundDetail]: request.id })
    const { rule, actor } = await checkMove(workflow, request, row, transaction)
    const dueInWorkingDays =
      typeof rule.dueInWorkingDays === 'function' ? rule.dueInWorkingDays(row) : rule.dueInWorkingDays
    const dueOn =
      dueInWorkingDays === undefined
        ? null
        : await addWorkingDaysOn(transaction, shanghaiDateOf(request.now), dueInWorkingDays)
    const from = workflow.stateOf(row) as State
    const move: Move<State> = { action: rule.action, from, to: rule.to, actor, dueOn }
    const result = await request.apply(transaction, row, move)
    await recordMove(transaction, workflow, request.id, row, move, request.note ?? null)
    await recordAudit(transaction, {
      actorUserId: actor?.userId ?? null,
      action: request.auditAction ?? `${workflow.recordType}.${rule.action}`,
      entityType: workflow.recordType,
      entityId: request.id,
      cityCode: workflow.cityOf(row),
      details: request.auditDetails?.(result, move) ?? { from: move.from, to: move.to },
    })
    return result
  })
}

/** The history row of a move; runTransition writes it, a move made elsewhere calls this in its transaction. */
export async function recordMove<State extends string, Row>(
  transaction: Database,
  workflow: Workflow<State, Row>,
  id: string,
  row: Row,
  move: Move<State>,
  note: string | null,
): Promise<void> {
  await insertTransition(transaction, {
    id: newId('wtr'),
    recordType: workflow.recordType,
    recordId: id,
    action: move.action,
    fromState: move.from,
    toState: move.to,
    actorUserId: move.actor?.userId ?? null,
    cityCode: workflow.cityOf(row),
    dueOn: move.dueOn,
    note,
  })
}

/** transitions read for one record at most */
export const historyLengthMax = 500

/** A record's moves, oldest first. */
export function transitionHistory(
  db: Database,
  recordType: string,
  recordId: string,
): Promise<TransitionRow[]> {
  return listTransitions(db, recordType, recordId, historyLengthMax)
}

/** The user who took a move that only a signed-in actor may take. */
export function actorIdOf(move: Move<string>): string {
  assert(move.actor !== null, `${move.action} was taken by the platform, not a user`)
  return move.actor.userId
}
