// Every move of a one-stop case from every state, by every kind of party, over HTTP: the moves the issue allows
// (written out here, not read from the workflow's table) succeed from each state they start from; every other
// combination is refused with its code (FORBIDDEN for a party the move is not for, the other city included,
// SERVICE_CASE_TRANSITION_INVALID for a state it does not start from) and changes nothing.
import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { errorCode, useTestApp } from '../../testing/app'
import { sendMultipart, testFiles } from '../../testing/multipart'
import { expectStatus, field, send } from '../../testing/requests'
import { fileProxyCase } from './cases.test-support'

const testApp = useTestApp()

type Party = 'applicant' | 'window' | 'competent'
type Actor = 'firm.hf' | 'officer.hf' | 'officer.sh' | 'office' | 'firm.sh' | 'talent.hz'
type Action =
  | 'accept'
  | 'request_materials'
  | 'not_accept'
  | 'supplement'
  | 'pause_for_materials'
  | 'resume_with_materials'
  | 'approve'
  | 'approve_with_conditions'
  | 'refuse'
  | 'withdraw'
type State =
  | 'submitted'
  | 'intake_incomplete'
  | 'in_review'
  | 'review_paused'
  | 'approved'
  | 'refused'
  | 'not_accepted'
  | 'withdrawn'

const open: State[] = ['submitted', 'intake_incomplete', 'in_review', 'review_paused']
/** The moves: from which states, by whom, to what. */
const allowed: Record<Action, { from: State[]; by: Party; to: State }> = {
  accept: { from: ['submitted'], by: 'window', to: 'in_review' },
  request_materials: { from: ['submitted'], by: 'window', to: 'intake_incomplete' },
  not_accept: { from: ['submitted', 'intake_incomplete'], by: 'window', to: 'not_accepted' },
  supplement: { from: ['intake_incomplete'], by: 'applicant', to: 'submitted' },
  pause_for_materials: { from: ['in_review'], by: 'competent', to: 'review_paused' },
  resume_with_materials: { from: ['review_paused'], by: 'applicant', to: 'in_review' },
  approve: { from: ['in_review'], by: 'competent', to: 'approved' },
  approve_with_conditions: { from: ['in_review'], by: 'competent', to: 'approved' },
  refuse: { from: ['in_review'], by: 'competent', to: 'refused' },
  withdraw: { from: open, by: 'applicant', to: 'withdrawn' },
}
const states: State[] = [...open, 'approved', 'refused', 'not_accepted', 'withdrawn']
/** The case is filed by firm.hf at the Hefei window for an item Songjiang decides; the office may act for either city. */
const partiesOf: Record<Actor, Party[]> = {
  'firm.hf': ['applicant'],
  'officer.hf': ['window'],
  'officer.sh': ['competent'],
  office: ['window', 'competent'],
  'firm.sh': [],
  'talent.hz': [],
}
const actors = Object.keys(partiesOf) as Actor[]
/** Who takes an allowed move in the second test. */
const actorOf: Record<Party, Actor> = { applicant: 'firm.hf', window: 'officer.hf', competent: 'officer.sh' }

const cookies = new Map<Actor, string>()
const cookieOf = (actor: Actor) => {
  const cookie = cookies.get(actor)
  if (cookie === undefined) throw new Error(`${actor} is not signed in`)
  return cookie
}

function move(action: Action, id: string, actor: Actor) {
  const url = `/api/service-cases/${id}`
  const cookie = cookieOf(actor)
  const material = { materials: [{ code: 'premises_proof', source: 'upload', file: 'premises_proof' }] }
  const files = [testFiles.pdf('premises_proof')]
  switch (action) {
    case 'accept':
      return send(testApp, 'POST', `${url}/accept`, cookie, { note: '材料齐全' })
    case 'request_materials':
      return send(testApp, 'POST', `${url}/request-materials`, cookie, { note: '请补充场所证明' })
    case 'not_accept':
      return send(testApp, 'POST', `${url}/not-accept`, cookie, { reason: '不属于受理范围' })
    case 'supplement':
      return sendMultipart(testApp, `${url}/supplement`, cookie, material, files)
    case 'pause_for_materials':
      return send(testApp, 'POST', `${url}/pause`, cookie, { note: '请补充场所证明原件' })
    case 'resume_with_materials':
      return sendMultipart(testApp, `${url}/resume`, cookie, material, files)
    case 'approve':
      return send(testApp, 'POST', `${url}/decide`, cookie, { decision: 'approved' })
    case 'approve_with_conditions':
      return send(testApp, 'POST', `${url}/decide`, cookie, {
        decision: 'approved_with_conditions',
        conditions: '三十日内补交原件',
      })
    case 'refuse':
      return send(testApp, 'POST', `${url}/decide`, cookie, { decision: 'refused', reason: '不符合条件' })
    case 'withdraw':
      return send(testApp, 'POST', `${url}/withdraw`, cookie, { reason: '不再需要' })
  }
}

/** The moves that bring a freshly filed case to each state, by the parties who take them. */
const pathTo: Record<State, Action[]> = {
  submitted: [],
  intake_incomplete: ['request_materials'],
  in_review: ['accept'],
  review_paused: ['accept', 'pause_for_materials'],
  approved: ['accept', 'approve'],
  refused: ['accept', 'refuse'],
  not_accepted: ['not_accept'],
  withdrawn: ['withdraw'],
}

async function caseIn(state: State): Promise<string> {
  const id = field(await fileProxyCase(testApp, cookieOf('firm.hf')), 'id')
  for (const action of pathTo[state]) {
    expectStatus(await move(action, id, actorOf[allowed[action].by]), 200)
  }
  return id
}

async function recordOf(id: string) {
  const [found] = await queryRows<{ status: string; moves: string | number; materials: string | number }>(
    testApp.database.db,
    sql`SELECT status,
               (SELECT count(*) FROM workflow_transitions WHERE record_id = ${id}) AS moves,
               (SELECT count(*) FROM service_case_materials WHERE case_id = ${id}) AS materials
        FROM service_cases WHERE id = ${id}`,
  )
  return found
}

beforeAll(async () => {
  for (const actor of actors) cookies.set(actor, await testApp.signIn(actor))
})

describe("a one-stop case's moves", () => {
  it('refuses every move a party may not take, or a state does not allow, with its code, changing nothing', async () => {
    let refusals = 0
    for (const state of states) {
      const id = await caseIn(state)
      const before = await recordOf(id)
      for (const action of Object.keys(allowed) as Action[]) {
        const rule = allowed[action]
        for (const actor of actors) {
          const isParty = partiesOf[actor].includes(rule.by)
          if (isParty && rule.from.includes(state)) continue
          const response = await move(action, id, actor)
          const expected = isParty ? [409, 'SERVICE_CASE_TRANSITION_INVALID'] : [403, 'FORBIDDEN']
          expect([response.statusCode, errorCode(response)], `${actor} ${action} from ${state}`).toEqual(
            expected,
          )
          refusals++
        }
      }
      expect(await recordOf(id), state).toEqual(before)
    }
    expect(refusals).toBeGreaterThan(350)
  })

  it('takes every allowed move from every state it starts from, by its party and by the corridor office', async () => {
    for (const action of Object.keys(allowed) as Action[]) {
      const rule = allowed[action]
      for (const state of rule.from) {
        const takers: Actor[] = rule.by === 'applicant' ? ['firm.hf'] : [actorOf[rule.by], 'office']
        for (const actor of takers) {
          const id = await caseIn(state)
          const moved = expectStatus(await move(action, id, actor), 200)
          expect([moved.status, (await recordOf(id))?.status], `${actor} ${action} from ${state}`).toEqual([
            rule.to,
            rule.to,
          ])
        }
      }
    }
  })
})
