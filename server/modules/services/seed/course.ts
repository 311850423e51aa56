// One case's course, as the services module would have recorded it: filed with its materials, then each move taken
// through the case workflow's own table (caseWorkflow.moveFrom) with its history row, the clock's changes and events
// as case-moves.service.ts makes them, the warnings and escalations the clock watcher would have made while the
// clock ran (clock.service.ts), and the talent card an approved talent-card case records.
import type { Random } from '../../../seed/random'
import { minuteMs } from '../../../seed/support/time'
import { caseWorkflow } from '../cases.workflow'
import { talentCardEntitlements, type CatalogueItem } from '../services.reference'
import { syntheticFile } from './files'
import {
  addWorking,
  dayOf,
  midnightOf,
  nextCalendarDay,
  workingDayBefore,
  workingDaysBetween,
} from './office-time'
import { materialOf, type ServiceSeed } from './state'
import type { Applicant, ServiceCaseRow } from './types'

const talentCardYearsDefault = 3
/** the clock watcher runs hourly: it acts within the hour after a case becomes due soon or overdue */
const watcherDelayMinutesMax = 59

export interface CaseCourse {
  row: ServiceCaseRow
  item: CatalogueItem
  applicant: Applicant
  random: Random
  /** when the last thing happened to the case: every next step is later */
  lastMs: number
  /** the clock's running stretch: since when, and its due day */
  segment: { startMs: number; dueOn: string } | null
  /** the material the last request for materials named */
  requested: string | null
  /** the codes of the materials handed in as files */
  uploaded: string[]
  /** e-licences the applicant points at instead of a file, by material code: the approved case that issued it */
  licences: ReadonlyMap<string, string>
  /** left for its applicant to rate (a demo account's case) */
  keepUnrated: boolean
}

export interface Filing {
  item: CatalogueItem
  applicant: Applicant
  windowCityCode: string
  submittedMs: number
  purpose: string
  random: Random
  licences?: ReadonlyMap<string, string>
}

type MaterialAdded = { code: string; source: string; sha256: string | null }

function event(
  seed: ServiceSeed,
  course: CaseCourse,
  kind: string,
  details: Record<string, unknown>,
  atMs: number,
) {
  seed.out.events.push({
    id: seed.makeId('scev', atMs),
    caseId: course.row.id,
    kind,
    details,
    occurredAt: new Date(atMs),
  })
  course.row.updatedAt = new Date(Math.max(atMs, course.row.updatedAt.getTime()))
}

/** A material handed in: a record the platform holds (免提交) where it may stand for it, else a file. */
function addMaterial(seed: ServiceSeed, course: CaseCourse, code: string, atMs: number): MaterialAdded {
  const material = materialOf(seed, code)
  const id = seed.makeId('scmt', atMs)
  const licenceCase = course.licences.get(code)
  const common = { id, caseId: course.row.id, materialCode: code, addedByUserId: course.applicant.userId }
  const noFile = { fileName: null, contentType: null, sizeBytes: null, sha256: null, addedAt: new Date(atMs) }
  if (material.reuse === 'registry' && course.row.firmId !== null) {
    seed.out.materials.push({ ...common, ...noFile, source: 'registry', referenceId: course.row.firmId })
    return { code, source: 'registry', sha256: null }
  }
  if (material.reuse?.startsWith('licence:') === true && licenceCase !== undefined) {
    seed.out.materials.push({ ...common, ...noFile, source: 'licence', referenceId: licenceCase })
    return { code, source: 'licence', sha256: null }
  }
  const file = syntheticFile(material, `${course.row.id} ${code} ${id}`)
  seed.out.materials.push({
    ...common,
    source: 'upload',
    referenceId: null,
    fileName: file.fileName,
    contentType: file.contentType,
    sizeBytes: file.content.length,
    sha256: file.sha256,
    addedAt: new Date(atMs),
  })
  seed.out.files.push({ materialId: id, content: file.content })
  course.uploaded.push(code)
  return { code, source: 'upload', sha256: file.sha256 }
}

/** Files a case at a window with the item's required materials and some of its optional ones. */
export function fileCase(seed: ServiceSeed, filing: Filing): CaseCourse {
  const { item, applicant, submittedMs } = filing
  if (item.mode === 'online' && filing.windowCityCode !== item.competentCityCode) {
    throw new Error(`online item ${item.code} is handed in to its competent city`)
  }
  if ((item.category === 'talent') !== (applicant.kind === 'professional')) {
    throw new Error(`${applicant.kind} cannot apply for ${item.code}`)
  }
  const at = new Date(submittedMs)
  const row: ServiceCaseRow = {
    id: seed.makeId('scas', submittedMs),
    number: '',
    itemCode: item.code,
    itemVersion: 1,
    itemNameZh: item.nameZh,
    itemNameEn: item.nameEn,
    promisedDays: item.promisedDays,
    licenceType: item.licence?.type ?? null,
    applicantKind: applicant.kind,
    firmId: applicant.firmId,
    applicantUserId: applicant.userId,
    applicantNameZh: applicant.nameZh,
    applicantNameEn: applicant.nameEn,
    windowCityCode: filing.windowCityCode,
    competentCityCode: item.competentCityCode,
    departmentCode: item.departmentCode,
    status: 'submitted',
    purpose: filing.purpose,
    submittedAt: at,
    acceptedAt: null,
    decidedAt: null,
    decision: null,
    reason: null,
    conditions: null,
    clockState: 'not_started',
    clockAnchorOn: null,
    clockWorkingDays: null,
    dueOn: null,
    pausedOn: null,
    warnedAt: null,
    escalatedAt: null,
    rating: null,
    ratingComment: null,
    ratedAt: null,
    isSynthetic: true,
    createdAt: at,
    updatedAt: at,
  }
  const course: CaseCourse = {
    row,
    item,
    applicant,
    random: filing.random,
    lastMs: submittedMs,
    segment: null,
    requested: null,
    uploaded: [],
    licences: filing.licences ?? new Map(),
    keepUnrated: false,
  }
  for (const wanted of item.materials) {
    const wantedNow = wanted.required || course.licences.has(wanted.code) || filing.random.chance(0.5)
    if (wantedNow) addMaterial(seed, course, wanted.code, submittedMs)
  }
  seed.out.cases.push(row)
  seed.courses.push(course)
  return course
}

/** One move of the workflow's table, with its history row; `dueOn` is the due day the move sets (acceptance). */
function move(
  seed: ServiceSeed,
  course: CaseCourse,
  action: string,
  step: { atMs: number; actor: string; note?: string | null; dueOn?: string | null },
) {
  if (step.atMs <= course.lastMs) throw new Error(`${action} of ${course.row.id} is not after its last step`)
  const from = course.row.status
  const to = caseWorkflow.moveFrom(from, action)
  seed.out.transitions.push({
    id: seed.makeId('wtr', step.atMs),
    recordType: caseWorkflow.recordType,
    recordId: course.row.id,
    action,
    fromState: from,
    toState: to,
    actorUserId: step.actor,
    cityCode: caseWorkflow.cityOf(course.row),
    dueOn: step.dueOn ?? null,
    note: step.note ?? null,
    occurredAt: new Date(step.atMs),
  })
  course.row.status = to
  course.row.updatedAt = new Date(step.atMs)
  course.lastMs = step.atMs
}

const watcherDelay = (course: CaseCourse) =>
  (1 + course.random.integer(0, watcherDelayMinutesMax - 1)) * minuteMs

/**
 * What the hourly clock watcher did while the clock ran, until `untilMs`: a warning from the working day before the
 * due day (the officers' due-soon task), an escalation from the day after it (the corridor office's overdue task).
 */
export function watchClock(seed: ServiceSeed, course: CaseCourse, untilMs: number) {
  const segment = course.segment
  if (segment === null) return
  const limitMs = Math.min(untilMs, seed.latestMs)
  if (course.row.warnedAt === null) {
    const eligibleMs = Math.max(midnightOf(workingDayBefore(segment.dueOn, 1)), segment.startMs)
    const warnMs = eligibleMs + watcherDelay(course)
    if (warnMs < limitMs) {
      course.row.warnedAt = new Date(warnMs)
      event(seed, course, 'due_soon_warned', { dueOn: segment.dueOn }, warnMs)
    }
  }
  if (course.row.escalatedAt === null) {
    const eligibleMs = Math.max(midnightOf(nextCalendarDay(segment.dueOn)), segment.startMs)
    const escalateMs = eligibleMs + watcherDelay(course)
    if (escalateMs < limitMs) {
      course.row.escalatedAt = new Date(escalateMs)
      event(seed, course, 'escalated', { dueOn: segment.dueOn, today: dayOf(escalateMs) }, escalateMs)
    }
  }
}

/** The window accepts and routes the case: the clock starts, due the promised working days after today. */
export function accept(seed: ServiceSeed, course: CaseCourse, atMs: number, actor: string) {
  const today = dayOf(atMs)
  const workingDays = course.row.promisedDays
  const dueOn = addWorking(today, workingDays)
  move(seed, course, 'accept', { atMs, actor, dueOn })
  Object.assign(course.row, {
    acceptedAt: new Date(atMs),
    clockState: 'running',
    clockAnchorOn: today,
    clockWorkingDays: workingDays,
    dueOn,
  })
  event(seed, course, 'clock_started', { anchorOn: today, workingDays, dueOn }, atMs)
  course.segment = { startMs: atMs, dueOn }
}

/** What is wrong with one of the case's materials, as the note of a request names it. */
export function materialNote(seed: ServiceSeed, course: CaseCourse, code: string, problem: string): string {
  course.requested = code
  return `${materialOf(seed, code).nameZh}${problem}`
}

/** At the window, before acceptance: what is missing, asked once (一次性告知). */
export function requestMaterials(
  seed: ServiceSeed,
  course: CaseCourse,
  atMs: number,
  actor: string,
  note: string,
) {
  move(seed, course, 'request_materials', { atMs, actor, note })
}

export function notAccept(
  seed: ServiceSeed,
  course: CaseCourse,
  atMs: number,
  actor: string,
  reason: string,
) {
  move(seed, course, 'not_accept', { atMs, actor, note: reason })
  Object.assign(course.row, { reason, decidedAt: new Date(atMs) })
}

/** The material the request named, handed in again (or the item's first material when none was named). */
function handInRequested(seed: ServiceSeed, course: CaseCourse, atMs: number): MaterialAdded[] {
  const code = course.requested ?? course.item.materials[0]?.code
  course.requested = null
  return code === undefined ? [] : [addMaterial(seed, course, code, atMs)]
}

/** The applicant completes the intake: back to the window's queue. */
export function supplement(seed: ServiceSeed, course: CaseCourse, atMs: number) {
  const added = handInRequested(seed, course, atMs)
  move(seed, course, 'supplement', { atMs, actor: course.applicant.userId })
  event(seed, course, 'materials_added', { materials: added }, atMs)
}

/** The deciding office asks for more: the clock stops with the working days it still had. */
export function pause(seed: ServiceSeed, course: CaseCourse, atMs: number, actor: string, note: string) {
  watchClock(seed, course, atMs)
  const dueOn = course.row.dueOn
  if (dueOn === null) throw new Error(`case ${course.row.id} in review has no due day`)
  const today = dayOf(atMs)
  const remaining = Math.max(0, workingDaysBetween(today, dueOn))
  move(seed, course, 'pause_for_materials', { atMs, actor, note })
  Object.assign(course.row, { clockState: 'paused', pausedOn: today, clockWorkingDays: remaining })
  event(seed, course, 'clock_paused', { pausedOn: today, workingDaysLeft: remaining }, atMs)
  course.segment = null
}

/** The applicant hands in what the review asked for: the clock runs again for the working days it had left. */
export function resume(seed: ServiceSeed, course: CaseCourse, atMs: number) {
  const added = handInRequested(seed, course, atMs)
  const today = dayOf(atMs)
  const workingDays = course.row.clockWorkingDays ?? 0
  const dueOn = addWorking(today, workingDays)
  move(seed, course, 'resume_with_materials', { atMs, actor: course.applicant.userId })
  Object.assign(course.row, {
    clockState: 'running',
    pausedOn: null,
    clockAnchorOn: today,
    clockWorkingDays: workingDays,
    dueOn,
    warnedAt: null,
  })
  event(seed, course, 'materials_added', { materials: added }, atMs)
  event(seed, course, 'clock_resumed', { anchorOn: today, workingDays, dueOn }, atMs)
  course.segment = { startMs: atMs, dueOn }
}

/** The issue day plus the card's years (29 February to the 28th when the year has none). */
function validUntilOf(issuedOn: string, years: number): string {
  const year = Number(issuedOn.slice(0, 4)) + years
  const rest = issuedOn.slice(4)
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  return rest === '-02-29' && !isLeap ? `${year}-02-28` : `${year}${rest}`
}

/** The G60 talent card an approved talent-card case records; its number is given with the others (numbers.ts). */
function issueTalentCard(seed: ServiceSeed, course: CaseCourse, atMs: number) {
  const issuedOn = dayOf(atMs)
  seed.out.talentCards.push({
    id: seed.makeId('tcard', atMs),
    number: '',
    userId: course.row.applicantUserId,
    caseId: course.row.id,
    holderNameZh: course.row.applicantNameZh,
    holderNameEn: course.row.applicantNameEn,
    cityCode: course.row.competentCityCode,
    entitlements: talentCardEntitlements.map((entitlement) => entitlement.code),
    issuedOn,
    validUntil: validUntilOf(issuedOn, course.item.licence?.validYears ?? talentCardYearsDefault),
    isSynthetic: true,
  })
}

export type DecisionAction = 'approve' | 'approve_with_conditions' | 'refuse'

/** The competent city decides with the reason or the conditions: the clock stops. */
export function decide(
  seed: ServiceSeed,
  course: CaseCourse,
  step: { atMs: number; actor: string; action: DecisionAction; text: string | null },
) {
  watchClock(seed, course, step.atMs)
  const outcome =
    step.action === 'approve' ? 'approved' : step.action === 'refuse' ? 'refused' : 'approved_with_conditions'
  move(seed, course, step.action, { atMs: step.atMs, actor: step.actor, note: step.text })
  Object.assign(course.row, {
    decision: outcome,
    decidedAt: new Date(step.atMs),
    conditions: step.action === 'approve_with_conditions' ? step.text : null,
    reason: step.action === 'refuse' ? step.text : null,
    clockState: 'stopped',
  })
  course.segment = null
  if (course.row.status === 'approved' && course.row.licenceType === 'G60TalentCard') {
    issueTalentCard(seed, course, step.atMs)
  }
}

export function withdraw(seed: ServiceSeed, course: CaseCourse, atMs: number, reason: string | null) {
  watchClock(seed, course, atMs)
  move(seed, course, 'withdraw', { atMs, actor: course.applicant.userId, note: reason })
  Object.assign(course.row, {
    decidedAt: new Date(atMs),
    reason,
    clockState: course.row.clockState === 'not_started' ? 'not_started' : 'stopped',
    pausedOn: null,
  })
  course.segment = null
}

/** The case as it stands at the end: the watcher's work up to then, if its clock still runs. */
export function finish(seed: ServiceSeed, course: CaseCourse) {
  watchClock(seed, course, seed.latestMs)
}

/** 好差评: the applicant's rating of a closed case. */
export function rate(course: CaseCourse, atMs: number, rating: number, comment: string | null) {
  Object.assign(course.row, {
    rating,
    ratingComment: comment,
    ratedAt: new Date(atMs),
    updatedAt: new Date(Math.max(atMs, course.row.updatedAt.getTime())),
  })
}
