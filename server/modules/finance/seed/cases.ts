// Workstation cases: the demo's scripted cases, then a share of the period's needs followed from a visit before the
// need through assessment, referral, decision and drawdown as far as its first referral got (or closed), and visits
// that led nowhere yet. Each stage is reached one step at a time, as the cases service allows, with a note.
import type { Random } from '../../../seed/random'
import { shanghaiDateOf } from '../../../platform/calendar'
import { dayMs, hourMs, workingMoment } from '../../../seed/support/time'
import { caseWorkflow } from '../cases.workflow'
import type { CaseStage } from '../finance.reference'
import { financeTexts } from './catalogue'
import { windowDays, type FinanceSeed } from './state'
import type { CasePlan, Firm, Need, Referral } from './types'

const caseNotesByStage = new Map<string, readonly string[]>(Object.entries(financeTexts.caseNotesByStage))

/** No open case is left further past its follow-up day than this (in days) when the activity ends. */
export const caseOverdueDaysMax = 21

/**
 * The follow-up day a workstation sets after a case's last step, 5–25 days on. A case that went quiet long before
 * the end was closed by its workstation a few weeks after its day, as officers do with firms that went nowhere, so
 * that the open cases are recent ones and none is overdue by more than caseOverdueDaysMax.
 */
function followUp(seed: FinanceSeed, random: Random, events: [CaseStage, number][]) {
  const last = events[events.length - 1]
  if (last === undefined) return null
  const dueMs = last[1] + (5 + random.next() * 20) * dayMs
  if (last[0] === 'closed') return null
  if (dueMs >= seed.endMs - caseOverdueDaysMax * dayMs) return dueMs
  const closedMs = workingMoment(dueMs + (3 + random.next() * 14) * dayMs)
  if (closedMs >= seed.latestEventMs) return seed.endMs - random.next() * caseOverdueDaysMax * dayMs
  events.push(['closed', closedMs])
  return null
}

function addCase(seed: FinanceSeed, random: Random, { firm, events, referral }: CasePlan) {
  const [created] = events
  if (created === undefined) return
  const dueMs = followUp(seed, random, events)
  for (const [index, [stage]] of events.entries()) {
    const from = events[index - 1]?.[0]
    if (from !== undefined && !caseWorkflow.allows(from, stage)) {
      throw new Error(`a seeded case moves from ${from} to ${stage}`)
    }
  }
  const officer = seed.workstationOf(firm.row.cityCode)
  const id = seed.makeId('fcas', created[1])
  const last = events[events.length - 1] ?? created
  const stage = last[0]
  const reachedReferral = events.some(([name]) => name === 'referral')
  seed.out.cases.push({
    id,
    cityCode: firm.row.cityCode,
    firmId: firm.row.id,
    officerUserId: officer,
    stage,
    dueOn: dueMs === null ? null : shanghaiDateOf(new Date(dueMs)),
    referralId: reachedReferral && referral !== null ? referral.row.id : null,
    summary: random.pick(financeTexts.caseSummaries),
    isSynthetic: true,
    createdAt: new Date(created[1]),
    updatedAt: new Date(last[1]),
  })
  for (const [noteStage, atMs] of events.slice(1)) {
    seed.out.caseNotes.push({
      id: seed.makeId('fcnt', atMs),
      caseId: id,
      authorUserId: officer,
      stage: noteStage,
      text: random.pick(caseNotesByStage.get(noteStage) ?? ['跟进中']),
      createdAt: new Date(atMs),
    })
  }
}

/** The stages a workstation followed a need through, from a visit before it, as far as its first referral got. */
function needCaseEvents(seed: FinanceSeed, random: Random, need: Need, first: Referral | null) {
  const visitMs = workingMoment(need.createdAtMs - (3 + random.next() * 27) * dayMs)
  const events: [CaseStage, number][] = [['visit', visitMs]]
  let previousMs = visitMs
  const push = (stage: CaseStage, atMs: number) => {
    const at = Math.max(atMs, previousMs + hourMs)
    if (at >= seed.latestEventMs) return false
    events.push([stage, at])
    previousMs = at
    return true
  }
  const assessedMs = workingMoment(visitMs + (2 + random.next() * 6) * dayMs)
  if (!push('assessment', first === null ? assessedMs : Math.min(assessedMs, first.createdAtMs - hourMs))) {
    return events
  }
  if (first === null) {
    if (random.chance(0.5)) push('closed', workingMoment(previousMs + (10 + random.next() * 30) * dayMs))
    return events
  }
  if (
    push('referral', first.createdAtMs) &&
    first.decidedAtMs !== null &&
    push('decision', first.decidedAtMs)
  ) {
    if (first.drawnAtMs !== null) {
      if (push('drawdown', first.drawnAtMs) && random.chance(0.5)) {
        push('closed', workingMoment(first.drawnAtMs + (15 + random.next() * 45) * dayMs))
      }
    } else if (first.row.status === 'declined' && random.chance(0.7)) {
      push('closed', workingMoment(first.decidedAtMs + (2 + random.next() * 18) * dayMs))
    }
  } else if (first.closedAtMs !== null && first.row.status === 'withdrawn') {
    push('closed', workingMoment(first.closedAtMs + (1 + random.next() * 9) * dayMs))
  }
  return events
}

/** A visit that led nowhere yet: a firm the workstation called on without a need on the platform. */
function visitOnlyEvents(seed: FinanceSeed, random: Random): [CaseStage, number][] | null {
  const visitMs = workingMoment(seed.startMs + random.next() * (windowDays - 1) * dayMs)
  if (visitMs >= seed.latestEventMs) return null
  const events: [CaseStage, number][] = [['visit', visitMs]]
  const assessedMs = workingMoment(visitMs + (2 + random.next() * 8) * dayMs)
  if (assessedMs < seed.latestEventMs && random.chance(0.6)) {
    events.push(['assessment', assessedMs])
    const closedMs = workingMoment(assessedMs + (10 + random.next() * 40) * dayMs)
    if (closedMs < seed.latestEventMs && random.chance(0.5)) events.push(['closed', closedMs])
  }
  return events
}

export function generateCases(
  seed: FinanceSeed,
  scriptedCases: readonly CasePlan[],
  needs: readonly Need[],
  needFirms: readonly Firm[],
) {
  const random = seed.random.fork('cases')
  const referralsByNeed = new Map<string, Referral[]>()
  for (const referral of seed.referrals) {
    referralsByNeed.set(referral.need.row.id, [
      ...(referralsByNeed.get(referral.need.row.id) ?? []),
      referral,
    ])
  }
  for (const scriptedCase of scriptedCases) addCase(seed, random, scriptedCase)
  for (const need of needs) {
    if (!random.chance(seed.input.figures.caseShare)) continue
    const first = referralsByNeed.get(need.row.id)?.[0] ?? null
    const events = needCaseEvents(seed, random, need, first)
    // The case names the referral once it reached that stage (addCase reads it then only).
    addCase(seed, random, { firm: need.firm, events, referral: first })
  }
  const visitOnly = Math.round(seed.out.cases.length * 0.25)
  for (let index = 0; index < visitOnly; index++) {
    const firm = random.pick(needFirms)
    const events = visitOnlyEvents(seed, random)
    if (events !== null) addCase(seed, random, { firm, events, referral: null })
  }
}
