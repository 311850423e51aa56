// A filed case's course as far as it has got by the end: pre-reviewed at the window within a working day or two
// (accepted and routed, sent back once for materials, or not accepted), then decided by the competent office mostly
// within the promised working days (about one case in eight late by a few days), some paused for materials on the
// way, a few withdrawn. Whatever would happen after the end has not happened: the case waits where it is.
import type { Random } from '../../../seed/random'
import { serviceTexts } from './catalogue'
import {
  accept,
  decide,
  finish,
  materialNote,
  notAccept,
  pause,
  requestMaterials,
  resume,
  supplement,
  withdraw,
  type CaseCourse,
  type DecisionAction,
} from './course'
import {
  addOfficeMinutes,
  addWorking,
  dayOf,
  officeDayMinutes,
  officeTimeOn,
  workingDaysBetween,
} from './office-time'
import type { ServiceSeed } from './state'

const lateShare = 1 / 8
const pauseShare = 0.13
const reviewOutcomes = ['approve', 'approve_with_conditions', 'refuse', 'withdraw'] as const

/** A material of the case a window or office might find fault with: an upload, not a record the platform holds. */
function faultyMaterialNote(seed: ServiceSeed, course: CaseCourse, random: Random): string {
  const code =
    course.uploaded.length > 0 ? random.pick(course.uploaded) : (course.item.materials[0]?.code ?? '')
  return materialNote(seed, course, code, random.pick(serviceTexts.materialProblems))
}

const officeDays = (random: Random, from: number, to: number) =>
  (from + random.next() * (to - from)) * officeDayMinutes

/** The applicant's answer to a request at the window: completed, let lapse (not accepted), or withdrawn. */
function answerIntakeRequest(seed: ServiceSeed, course: CaseCourse, random: Random): boolean {
  const answer = random.weightedPick(['supplement', 'lapse', 'withdraw'], [82, 11, 7])
  if (answer === 'supplement') {
    const atMs = addOfficeMinutes(course.lastMs, officeDays(random, 0.3, 6))
    if (atMs >= seed.latestMs) return false
    supplement(seed, course, atMs)
    return true
  }
  if (answer === 'lapse') {
    const atMs = addOfficeMinutes(course.lastMs, officeDays(random, 10, 15))
    if (atMs < seed.latestMs) {
      const officer = seed.officerOf(course.row.windowCityCode, random)
      notAccept(seed, course, atMs, officer, serviceTexts.notAcceptedLateReason)
    }
    return false
  }
  const atMs = addOfficeMinutes(course.lastMs, officeDays(random, 1, 8))
  if (atMs < seed.latestMs) withdraw(seed, course, atMs, random.pick(serviceTexts.withdrawalReasons))
  return false
}

/** The window's pre-review; true when the case was accepted and routed. */
function playIntake(seed: ServiceSeed, course: CaseCourse, random: Random): boolean {
  for (let round = 0; round < 2; round++) {
    const atMs = addOfficeMinutes(course.lastMs, 15 + Math.pow(random.next(), 2) * 1.8 * officeDayMinutes)
    if (atMs >= seed.latestMs) return false
    const officer = seed.officerOf(course.row.windowCityCode, random)
    const choice =
      round === 0
        ? random.weightedPick(['accept', 'request_materials', 'not_accept', 'withdraw'], [80, 13, 5, 2])
        : random.weightedPick(['accept', 'not_accept'], [95, 5])
    if (choice === 'accept') {
      accept(seed, course, atMs, officer)
      return true
    }
    if (choice === 'not_accept') {
      notAccept(seed, course, atMs, officer, random.pick(serviceTexts.notAcceptedReasons))
      return false
    }
    if (choice === 'withdraw') {
      withdraw(seed, course, atMs, random.pick(serviceTexts.withdrawalReasons))
      return false
    }
    requestMaterials(seed, course, atMs, officer, faultyMaterialNote(seed, course, random))
    if (!answerIntakeRequest(seed, course, random)) return false
  }
  return false
}

/** When the office decides: a working day up to the due day, or (late) a few working days after it. */
export function decisionMoment(course: CaseCourse, random: Random, late: boolean): number {
  const segment = course.segment
  if (segment === null) throw new Error(`case ${course.row.id} has no running clock`)
  const startDay = dayOf(segment.startMs)
  let day = late
    ? addWorking(segment.dueOn, random.weightedPick([1, 2, 3, 4], [45, 30, 15, 10]))
    : addWorking(startDay, random.integer(0, Math.max(0, workingDaysBetween(startDay, segment.dueOn))))
  for (let attempt = 0; attempt < 10; attempt++) {
    const atMs = officeTimeOn(day, random, course.lastMs + 30 * 60_000)
    if (atMs !== null) return atMs
    day = addWorking(day, 1)
  }
  throw new Error(`no moment to decide case ${course.row.id}`)
}

/** Sometimes the office asks for more during review; the applicant answers (or withdraws) some days later. False
 * when the case goes no further. */
function playPause(seed: ServiceSeed, course: CaseCourse, random: Random): boolean {
  const segment = course.segment
  if (segment === null) return false
  const atMs = addOfficeMinutes(
    course.lastMs,
    30 + random.next() * Math.max(0, course.row.promisedDays - 1) * 0.8 * officeDayMinutes,
  )
  if (dayOf(atMs) > segment.dueOn) return true
  if (atMs >= seed.latestMs) return false
  const officer = seed.officerOf(course.row.competentCityCode, random)
  pause(seed, course, atMs, officer, faultyMaterialNote(seed, course, random))
  const answerMs = addOfficeMinutes(atMs, officeDays(random, 0.3, 7))
  if (answerMs >= seed.latestMs) return false
  if (random.chance(0.12)) {
    withdraw(seed, course, answerMs, random.pick(serviceTexts.withdrawalReasons))
    return false
  }
  resume(seed, course, answerMs)
  return true
}

/** The competent office's review, as far as it got. */
function playReview(seed: ServiceSeed, course: CaseCourse, random: Random) {
  const late = random.chance(lateShare)
  if (random.chance(pauseShare) && !playPause(seed, course, random)) return
  const choice = random.weightedPick(reviewOutcomes, [82, 8, 7, 3])
  const atMs = decisionMoment(course, random, late)
  if (atMs >= seed.latestMs) return
  if (choice === 'withdraw') {
    withdraw(seed, course, atMs, random.pick(serviceTexts.withdrawalReasons))
    return
  }
  const text =
    choice === 'refuse'
      ? random.pick(serviceTexts.refusalReasons)
      : choice === 'approve_with_conditions'
        ? random.pick(serviceTexts.approvalConditions)
        : null
  const action: DecisionAction = choice
  const actor = seed.officerOf(course.row.competentCityCode, random)
  decide(seed, course, { atMs, actor, action, text })
}

export function playCase(seed: ServiceSeed, course: CaseCourse, random: Random) {
  if (playIntake(seed, course, random)) playReview(seed, course, random)
  finish(seed, course)
}
