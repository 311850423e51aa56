// The demo accounts' own one-stop cases, laid out backwards from the end so that each finds its work whenever the
// seed runs: officer.sh and officer.hf have cases in their window's intake queue and in their deciding queue, one of
// these overdue and one due by the next working day; firm.sh and firm.hf have cases in several states, one waiting
// for materials they must hand in and one approved they can rate, and firm.hf a case accepted at the Hefei window
// and decided in Songjiang, still in review; talent.hz holds a G60 talent card, and has a housing case in review
// and a schooling case paused for materials. Every step is on a working day in office hours before the end.
import type { Random } from '../../../seed/random'
import { demoUserToken } from '../../../seed/support/actors'
import { serviceTexts } from './catalogue'
import {
  accept,
  decide,
  fileCase,
  finish,
  materialNote,
  notAccept,
  pause,
  rate,
  requestMaterials,
  resume,
  supplement,
  withdraw,
  type CaseCourse,
} from './course'
import { purposeOf } from './filings'
import { addWorking, dayOf, momentOn, workingDayBefore } from './office-time'
import { itemOf, type ServiceSeed } from './state'
import type { Applicant } from './types'

interface Demo {
  seed: ServiceSeed
  random: Random
  /** the working day the end falls on, or the next one: a clock due then is due by the next working day */
  dueSoonDay: string
  /** the last working day before the end's day: the scripts count back from it */
  base: string
  reservedFirmIds: ReadonlySet<string>
}

/** The working day `count` working days before the last one before the end (0: that day). */
const back = (demo: Demo, count: number) => (count === 0 ? demo.base : workingDayBefore(demo.base, count))
/** A moment of a working day `count` back, at hh:mm. */
const at = (demo: Demo, count: number, hour: number, minute: number) =>
  momentOn(back(demo, count), hour * 60 + minute)
const officer = (demo: Demo, cityCode: string) => demo.seed.officerOf(cityCode, demo.random)

/** A firm of the city that is not a demo account's (the demo accounts' own firms file only their scripted cases). */
function firmIn(demo: Demo, cityCode: string): Applicant {
  const firms = demo.seed.input.firms.filter(
    (firm) => firm.cityCode === cityCode && !demo.reservedFirmIds.has(firm.id),
  )
  return demo.seed.firmApplicant(demo.random.pick(firms))
}

function file(
  demo: Demo,
  filing: {
    item: string
    applicant: Applicant
    window: string
    atMs: number
    licences?: Map<string, string>
  },
): CaseCourse {
  const item = itemOf(demo.seed, filing.item)
  return fileCase(demo.seed, {
    item,
    applicant: filing.applicant,
    windowCityCode: filing.window,
    submittedMs: filing.atMs,
    purpose: purposeOf(item, demo.random),
    random: demo.random,
    ...(filing.licences !== undefined ? { licences: filing.licences } : {}),
  })
}

/** A note naming one of the case's materials (this one when it was handed in as a file). */
function noteOn(demo: Demo, course: CaseCourse, code: string): string {
  const named = course.uploaded.includes(code) ? code : demo.random.pick(course.uploaded)
  return materialNote(demo.seed, course, named, demo.random.pick(serviceTexts.materialProblems))
}

/** A case in review whose clock falls due on `dueOn`: accepted the promised working days before it. */
function inReviewDueOn(
  demo: Demo,
  filing: { item: string; applicant: Applicant; window: string },
  dueOn: string,
): CaseCourse {
  const anchor = workingDayBefore(dueOn, itemOf(demo.seed, filing.item).promisedDays)
  const course = file(demo, { ...filing, atMs: momentOn(workingDayBefore(anchor, 1), 15 * 60 + 20) })
  accept(demo.seed, course, momentOn(anchor, 10 * 60 + 5), officer(demo, filing.window))
  if (course.row.dueOn !== dueOn)
    throw new Error(`a demo case falls due on ${course.row.dueOn}, not ${dueOn}`)
  finish(demo.seed, course)
  return course
}

function approve(demo: Demo, course: CaseCourse, atMs: number) {
  decide(demo.seed, course, {
    atMs,
    actor: officer(demo, course.row.competentCityCode),
    action: 'approve',
    text: null,
  })
}

/**
 * Cases of a demo firm approved long enough ago to be closed and rated: each ends in an e-licence in its wallet
 * (the licences module's seed issues them). `items` are [item code, working days back of the decision].
 */
function walletCases(
  demo: Demo,
  firm: Applicant,
  window: string,
  items: readonly (readonly [string, number])[],
) {
  for (const [item, decidedBack] of items) {
    const course = file(demo, { item, applicant: firm, window, atMs: at(demo, decidedBack + 3, 9, 20) })
    accept(demo.seed, course, at(demo, decidedBack + 3, 14, 10), officer(demo, window))
    approve(demo, course, at(demo, decidedBack, 10, 30))
    rate(course, at(demo, decidedBack - 1, 20, 15), 5, serviceTexts.ratingCommentsByRating[5]?.[1] ?? null)
  }
}

/** The officers' queues: what waits at their window, and what they decide, one overdue and one due soon. */
function officerQueues(demo: Demo) {
  inReviewDueOn(
    demo,
    { item: 'G60-SHSJ-AMR-006', applicant: firmIn(demo, 'JX'), window: 'JX' },
    back(demo, 1),
  )
  inReviewDueOn(
    demo,
    { item: 'G60-SHSJ-AMR-011', applicant: firmIn(demo, 'SZ'), window: 'SZ' },
    demo.dueSoonDay,
  )
  file(demo, {
    item: 'G60-HZ-AMR-002',
    applicant: firmIn(demo, 'SH-SJ'),
    window: 'SH-SJ',
    atMs: at(demo, 0, 14, 25),
  })
  inReviewDueOn(demo, { item: 'G60-HF-AMR-002', applicant: firmIn(demo, 'WH'), window: 'WH' }, back(demo, 2))
  inReviewDueOn(
    demo,
    { item: 'G60-HF-SCI-001', applicant: firmIn(demo, 'SH-SJ'), window: 'SH-SJ' },
    demo.dueSoonDay,
  )
  const longer = file(demo, {
    item: 'G60-HF-HURD-001',
    applicant: firmIn(demo, 'JH'),
    window: 'JH',
    atMs: at(demo, 3, 9, 35),
  })
  accept(demo.seed, longer, at(demo, 3, 14, 0), officer(demo, 'JH'))
  finish(demo.seed, longer)
  file(demo, {
    item: 'G60-SZ-AMR-002',
    applicant: firmIn(demo, 'HF'),
    window: 'HF',
    atMs: at(demo, 0, 11, 15),
  })
  file(demo, {
    item: 'G60-SHSJ-AMR-007',
    applicant: firmIn(demo, 'HF'),
    window: 'HF',
    atMs: at(demo, 1, 16, 20),
  })
}

/** firm.sh: approved and not yet rated, waiting for its materials at the window, in review in Jiaxing, just handed
 * in, and two older cases, one approved and one refused, both rated. */
function songjiangFirm(demo: Demo, firm: Applicant) {
  const seed = demo.seed
  const approved = file(demo, {
    item: 'G60-SZ-AMR-007',
    applicant: firm,
    window: 'SH-SJ',
    atMs: at(demo, 4, 10, 10),
  })
  accept(seed, approved, at(demo, 4, 14, 30), officer(demo, 'SH-SJ'))
  approve(demo, approved, at(demo, 3, 11, 0))
  approved.keepUnrated = true
  const waiting = file(demo, {
    item: 'G60-HZ-AMR-005',
    applicant: firm,
    window: 'SH-SJ',
    atMs: at(demo, 2, 9, 40),
  })
  requestMaterials(
    seed,
    waiting,
    at(demo, 2, 15, 20),
    officer(demo, 'SH-SJ'),
    noteOn(demo, waiting, 'quality_management_documents'),
  )
  const reviewed = file(demo, {
    item: 'G60-JX-AMR-005',
    applicant: firm,
    window: 'SH-SJ',
    atMs: at(demo, 3, 9, 15),
  })
  accept(seed, reviewed, at(demo, 3, 11, 40), officer(demo, 'SH-SJ'))
  finish(seed, reviewed)
  file(demo, { item: 'G60-SHSJ-SCI-001', applicant: firm, window: 'SH-SJ', atMs: at(demo, 0, 16, 5) })
  const older = file(demo, {
    item: 'G60-SHSJ-AMR-013',
    applicant: firm,
    window: 'SH-SJ',
    atMs: at(demo, 40, 10, 0),
  })
  accept(seed, older, at(demo, 40, 11, 0), officer(demo, 'SH-SJ'))
  approve(demo, older, at(demo, 39, 10, 0))
  rate(older, at(demo, 38, 19, 15), 5, serviceTexts.ratingCommentsByRating[5]?.[0] ?? null)
  const refused = file(demo, {
    item: 'G60-JX-ECO-001',
    applicant: firm,
    window: 'SH-SJ',
    atMs: at(demo, 32, 9, 30),
  })
  requestMaterials(
    seed,
    refused,
    at(demo, 32, 14, 0),
    officer(demo, 'SH-SJ'),
    noteOn(demo, refused, 'environmental_assessment'),
  )
  supplement(seed, refused, at(demo, 30, 10, 0))
  accept(seed, refused, at(demo, 30, 15, 0), officer(demo, 'SH-SJ'))
  pause(
    seed,
    refused,
    at(demo, 26, 11, 0),
    officer(demo, 'JX'),
    noteOn(demo, refused, 'self_monitoring_plan'),
  )
  resume(seed, refused, at(demo, 23, 9, 30))
  const reason = serviceTexts.refusalReasons[1] ?? null
  decide(seed, refused, {
    atMs: at(demo, 18, 16, 0),
    actor: officer(demo, 'JX'),
    action: 'refuse',
    text: reason,
  })
  rate(refused, at(demo, 16, 20, 40), 2, serviceTexts.ratingCommentsByRating[2]?.[1] ?? null)
  // its wallet: Hangzhou's production licence (signed before Hangzhou rotated its key), Suzhou's food business
  // licence (suspended since), and Songjiang's human resources service licence (signed with SM2 as well)
  walletCases(demo, firm, 'SH-SJ', [
    ['G60-HZ-AMR-004', 60],
    ['G60-SZ-AMR-005', 25],
    ['G60-SHSJ-HRSS-001', 12],
  ])
}

/** firm.hf: accepted in Hefei and decided in Songjiang (in review), paused for materials in Hangzhou, approved and
 * not yet rated, and older cases approved with conditions, withdrawn and not accepted. */
function hefeiFirm(demo: Demo, firm: Applicant) {
  const seed = demo.seed
  const routed = file(demo, {
    item: 'G60-SHSJ-HRSS-001',
    applicant: firm,
    window: 'HF',
    atMs: at(demo, 2, 9, 30),
  })
  accept(seed, routed, at(demo, 2, 13, 45), officer(demo, 'HF'))
  finish(seed, routed)
  const paused = file(demo, {
    item: 'G60-HZ-AMR-006',
    applicant: firm,
    window: 'HF',
    atMs: at(demo, 6, 10, 0),
  })
  accept(seed, paused, at(demo, 6, 15, 30), officer(demo, 'HF'))
  pause(seed, paused, at(demo, 4, 10, 20), officer(demo, 'HZ'), noteOn(demo, paused, 'premises_layout'))
  const approved = file(demo, {
    item: 'G60-HF-TAX-002',
    applicant: firm,
    window: 'HF',
    atMs: at(demo, 8, 9, 50),
  })
  accept(seed, approved, at(demo, 8, 11, 10), officer(demo, 'HF'))
  approve(demo, approved, at(demo, 5, 15, 40))
  approved.keepUnrated = true
  const conditional = file(demo, {
    item: 'G60-SZ-COMM-001',
    applicant: firm,
    window: 'HF',
    atMs: at(demo, 50, 10, 30),
  })
  accept(seed, conditional, at(demo, 50, 16, 0), officer(demo, 'HF'))
  const conditions = serviceTexts.approvalConditions[0] ?? null
  decide(seed, conditional, {
    atMs: at(demo, 48, 10, 0),
    actor: officer(demo, 'SZ'),
    action: 'approve_with_conditions',
    text: conditions,
  })
  rate(conditional, at(demo, 47, 21, 5), 4, serviceTexts.ratingCommentsByRating[4]?.[0] ?? null)
  const withdrawn = file(demo, {
    item: 'G60-WH-AMR-003',
    applicant: firm,
    window: 'HF',
    atMs: at(demo, 35, 14, 0),
  })
  requestMaterials(
    seed,
    withdrawn,
    at(demo, 34, 10, 0),
    officer(demo, 'HF'),
    noteOn(demo, withdrawn, 'premises_proof'),
  )
  withdraw(seed, withdrawn, at(demo, 33, 9, 20), serviceTexts.withdrawalReasons[0] ?? null)
  const refused = file(demo, {
    item: 'G60-XC-TRANS-001',
    applicant: firm,
    window: 'HF',
    atMs: at(demo, 25, 11, 0),
  })
  notAccept(
    seed,
    refused,
    at(demo, 25, 15, 30),
    officer(demo, 'HF'),
    serviceTexts.notAcceptedReasons[1] ?? '',
  )
  // its wallet: Wuhu's hazardous chemicals licence (revoked since), Jiaxing's food production licence and Hefei's
  // own production licence (signed with SM2 as well)
  walletCases(demo, firm, 'HF', [
    ['G60-WH-EM-001', 70],
    ['G60-JX-AMR-005', 45],
    ['G60-HF-AMR-004', 20],
  ])
  rate(refused, at(demo, 24, 9, 10), 3, serviceTexts.ratingCommentsByRating[3]?.[0] ?? null)
}

/** talent.hz: the G60 talent card (approved in Songjiang through the Hangzhou window), a transport card approved
 * with it, a talent apartment in review and a school place paused for a birth certificate. */
function hangzhouProfessional(demo: Demo, professional: Applicant) {
  const seed = demo.seed
  const card = file(demo, {
    item: 'G60-SHSJ-TALENT-001',
    applicant: professional,
    window: 'HZ',
    atMs: at(demo, 45, 10, 20),
  })
  accept(seed, card, at(demo, 45, 15, 0), officer(demo, 'HZ'))
  approve(demo, card, at(demo, 42, 11, 0))
  rate(card, at(demo, 41, 12, 30), 5, serviceTexts.ratingCommentsByRating[5]?.[0] ?? null)
  const licences = new Map([['g60_talent_card', card.row.id]])
  const transport = file(demo, {
    item: 'G60-SHSJ-TRANS-001',
    applicant: professional,
    window: 'SH-SJ',
    atMs: at(demo, 30, 12, 10),
    licences,
  })
  accept(seed, transport, at(demo, 30, 14, 0), officer(demo, 'SH-SJ'))
  approve(demo, transport, at(demo, 29, 10, 30))
  rate(transport, at(demo, 28, 18, 45), 4, null)
  const housing = file(demo, {
    item: 'G60-SHSJ-HURD-002',
    applicant: professional,
    window: 'HZ',
    atMs: at(demo, 3, 9, 50),
    licences,
  })
  accept(seed, housing, at(demo, 3, 14, 10), officer(demo, 'HZ'))
  finish(seed, housing)
  const school = file(demo, {
    item: 'G60-SZ-EDU-001',
    applicant: professional,
    window: 'HZ',
    atMs: at(demo, 9, 10, 0),
    licences,
  })
  accept(seed, school, at(demo, 8, 9, 45), officer(demo, 'HZ'))
  pause(seed, school, at(demo, 3, 14, 30), officer(demo, 'SZ'), noteOn(demo, school, 'birth_certificate'))
}

function demoFirm(seed: ServiceSeed, username: string): Applicant {
  const firmId = seed.input.demoOrganisations.get(username)
  const firm = seed.input.firms.find((candidate) => candidate.id === firmId)
  if (firm === undefined) throw new Error(`no firm for demo account ${username}`)
  return seed.firmApplicant(firm)
}

function demoProfessional(seed: ServiceSeed, username: string): Applicant {
  const professional = seed.input.professionals.find((candidate) => candidate.username === username)
  if (professional === undefined) throw new Error(`no demo professional ${username}`)
  return {
    kind: 'professional',
    firmId: null,
    userId: demoUserToken(username),
    nameZh: professional.nameZh,
    nameEn: professional.nameEn,
    cityCode: professional.cityCode,
  }
}

/** Lays out the demo accounts' cases; returns the firms that file nothing else. */
export function generateDemoCases(seed: ServiceSeed): Set<string> {
  const today = dayOf(seed.endMs)
  const sh = demoFirm(seed, 'firm.sh')
  const hf = demoFirm(seed, 'firm.hf')
  const reservedFirmIds = new Set([sh.firmId ?? '', hf.firmId ?? ''])
  const demo: Demo = {
    seed,
    random: seed.random.fork('demo'),
    dueSoonDay: addWorking(today, 0),
    base: workingDayBefore(today, 1),
    reservedFirmIds,
  }
  officerQueues(demo)
  songjiangFirm(demo, sh)
  hefeiFirm(demo, hf)
  hangzhouProfessional(demo, demoProfessional(seed, 'talent.hz'))
  return reservedFirmIds
}
