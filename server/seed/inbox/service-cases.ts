// What the one-stop cases told whom (case-notices.ts), replayed from each case's moves and clock events: the
// window's intake task when a case is handed in or completed, the deciding office's task when it is accepted or
// resumed, the applicant's task when materials are asked for, the watcher's due-soon and overdue tasks, and the
// applicant's update at each step; every move ends the tasks open before it, as case-moves.service.ts does.
import * as caseNotices from '../../modules/services/case-notices'
import type {
  CaseEventRow,
  CaseTransitionRow,
  ServiceCaseRow,
  ServiceDemoData,
} from '../../modules/services/seed'
import type { NotificationInput } from '../../platform/notifications'
import { msOf, task, update, type Notice } from './notices'

const decisionOutcomes: Record<string, 'approved' | 'approved_with_conditions' | 'refused'> = {
  approve: 'approved',
  approve_with_conditions: 'approved_with_conditions',
  refuse: 'refused',
}

function groupByCase<Row extends { id: string }>(rows: readonly Row[], caseOf: (row: Row) => string) {
  const byCase = new Map<string, Row[]>()
  for (const row of rows) {
    const list = byCase.get(caseOf(row))
    if (list === undefined) byCase.set(caseOf(row), [row])
    else list.push(row)
  }
  return byCase
}

/** What a move told: its next party's task and the applicant's update. */
function toldByMove(found: ServiceCaseRow, move: CaseTransitionRow, events: readonly CaseEventRow[]) {
  const tasks: NotificationInput[] = []
  const updates: NotificationInput[] = []
  const atMs = msOf(move.occurredAt, 'a case move')
  switch (move.action) {
    case 'accept':
      tasks.push(caseNotices.decisionWaiting(found, move.dueOn ?? ''))
      updates.push(caseNotices.caseUpdate(found, 'accepted', move.dueOn))
      break
    case 'request_materials':
    case 'pause_for_materials':
      tasks.push(caseNotices.materialsRequested(found, move.note ?? ''))
      break
    case 'supplement':
      tasks.push(caseNotices.intakeWaiting(found, true))
      break
    case 'resume_with_materials': {
      const resumed = events.find(
        (event) => event.kind === 'clock_resumed' && event.occurredAt.getTime() === atMs,
      )
      tasks.push(caseNotices.decisionWaiting(found, String(resumed?.details.dueOn ?? found.dueOn ?? '')))
      break
    }
    case 'not_accept':
      updates.push(caseNotices.caseUpdate(found, 'not_accepted', move.note))
      break
    case 'withdraw':
      updates.push(caseNotices.caseUpdate(found, 'withdrawn', move.note))
      break
    default: {
      const outcome = decisionOutcomes[move.action]
      if (outcome === undefined) throw new Error(`a case move ${move.action} tells nobody`)
      updates.push(caseNotices.caseUpdate(found, outcome, move.note))
    }
  }
  return { tasks, updates }
}

function caseNoticesOf(
  found: ServiceCaseRow,
  moves: readonly CaseTransitionRow[],
  events: readonly CaseEventRow[],
) {
  const moveTimes = moves.map((move) => msOf(move.occurredAt, 'a case move')).sort((a, b) => a - b)
  /** the first move after a task was written ends it */
  const resolvedAfter = (atMs: number) => moveTimes.find((moveMs) => moveMs > atMs) ?? null
  const notices: Notice[] = []
  const submittedMs = found.submittedAt.getTime()
  notices.push(task(caseNotices.intakeWaiting(found, false), submittedMs, resolvedAfter(submittedMs)))
  for (const move of moves) {
    const atMs = msOf(move.occurredAt, 'a case move')
    const told = toldByMove(found, move, events)
    for (const input of told.tasks) notices.push(task(input, atMs, resolvedAfter(atMs)))
    for (const input of told.updates) notices.push(update(input, atMs))
  }
  for (const event of events) {
    const atMs = event.occurredAt.getTime()
    const asThen = { ...found, dueOn: String(event.details.dueOn ?? found.dueOn) }
    if (event.kind === 'due_soon_warned')
      notices.push(task(caseNotices.dueSoon(asThen), atMs, resolvedAfter(atMs)))
    if (event.kind === 'escalated') notices.push(task(caseNotices.overdue(asThen), atMs, resolvedAfter(atMs)))
  }
  return notices
}

export function serviceCaseNotices(services: ServiceDemoData): Notice[] {
  const movesByCase = groupByCase(services.transitions, (move) => move.recordId)
  const eventsByCase = groupByCase(services.events, (event) => event.caseId)
  return services.cases.flatMap((found) =>
    caseNoticesOf(found, movesByCase.get(found.id) ?? [], eventsByCase.get(found.id) ?? []),
  )
}
