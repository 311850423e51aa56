// The corridor run: every item in force decided for every firm, in slices of firms, each slice its own transaction
// (the embedded database keeps answering between them). Only what changed is written: a decision when a firm's
// outcome, amount or rule version for an item changes. A firm that newly qualifies is told; an auto item's award
// joins the item's open award list for the issuing city, a fast_apply item's award is offered to the firm.
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { shanghaiDateOf } from '../../platform/calendar'
import { AppError, assert } from '../../platform/errors'
import { newId } from '../../platform/ids'
import { enqueue } from '../../platform/jobs'
import type { JobHandlers } from '../../platform/jobs'
import type { RecurringJob } from '../../platform/module'
import { notificationsPerCallMax, notify, type NotificationInput } from '../../platform/notifications'
import * as awardsRepository from './awards.repository'
import * as repository from './decisions.repository'
import { loadFirmFacts } from './facts.repository'
import { activationFor, decideFirm, itemsToDecide, traceFor, type ItemInForce } from './matching'
import * as notices from './policies.notices'
import { itemsInForce } from './policies.repository'
import { policyPolicies as policies } from './policies.policies'
import type { DecisionOutcome } from './policies.states'

/** firms per slice: one transaction of a few hundred milliseconds */
export const sliceFirms = 1000
/** slices one run takes at most: 29,000 firms are 29 */
const runSlicesMax = 1000
export const sliceJobKind = 'policies.run_slice'

const dayMs = 24 * 60 * 60 * 1000
const shanghaiOffsetMs = 8 * 60 * 60 * 1000
const nightHour = 2

/** How long from the moment to the next 02:00 in Shanghai (UTC+8, no daylight saving). */
export function untilNextNightMs(nowMs: number): number {
  const sinceShanghaiMidnightMs = (nowMs + shanghaiOffsetMs) % dayMs
  const nightMs = nightHour * 60 * 60 * 1000
  return (nightMs - sinceShanghaiMidnightMs + dayMs) % dayMs || dayMs
}

export interface SliceResult {
  firms: number
  decisions: number
  newlyQualified: number
  finished: boolean
}

type Change = { outcome: DecisionOutcome; amountFen: number }

/**
 * What a run stores for this (item, firm), given its evaluation and what was stored before; null: nothing. Only
 * qualifications are decisions (they lead to awards): a firm newly qualified, qualified for another amount or under
 * another version, or no longer qualified. Near misses are worked out when the firm looks, from its facts then.
 */
function changeOf(
  evaluation: { outcome: string; amountFen: number },
  versionId: string,
  previous: repository.CurrentDecision | undefined,
): Change | null {
  if (evaluation.outcome === 'qualified') {
    const same =
      previous !== undefined &&
      previous.outcome === 'qualified' &&
      previous.amountFen === evaluation.amountFen &&
      previous.ruleVersionId === versionId
    return same ? null : { outcome: 'qualified', amountFen: evaluation.amountFen }
  }
  if (previous === undefined || previous.outcome !== 'qualified') return null
  return { outcome: 'not_qualified', amountFen: 0 }
}

interface SliceWork {
  decisions: repository.NewDecision[]
  qualifiedByFirm: Map<string, { entry: ItemInForce; amountFen: number; decisionId: string }[]>
  lapsed: { itemId: string; firmId: string }[]
}

function decideSlice(
  items: readonly ItemInForce[],
  records: Awaited<ReturnType<typeof loadFirmFacts>>,
  current: readonly repository.CurrentDecision[],
  context: { runId: string | null; asOf: string; at: Date; isSynthetic: boolean },
): SliceWork {
  const previousOf = new Map(current.map((decision) => [`${decision.itemId} ${decision.firmId}`, decision]))
  const work: SliceWork = { decisions: [], qualifiedByFirm: new Map(), lapsed: [] }
  for (const record of records) {
    const activation = activationFor(record.facts, context.asOf)
    for (const decision of decideFirm(items, activation)) {
      const { item, version } = decision.entry
      const previous = previousOf.get(`${item.id} ${record.firmId}`)
      const change = changeOf(decision.evaluation, version.id, previous)
      if (change === null) continue
      const id = newId('pdec', context.at.getTime())
      work.decisions.push({
        id,
        itemId: item.id,
        firmId: record.firmId,
        cityCode: record.facts.cityCode,
        ruleVersionId: version.id,
        runId: context.runId,
        asOf: context.asOf,
        outcome: change.outcome,
        amountFen: change.amountFen,
        trace: traceFor(decision, record, context.asOf),
        decidedAt: context.at,
        isSynthetic: context.isSynthetic,
      })
      if (change.outcome === 'qualified' && previous?.outcome !== 'qualified') {
        const found = work.qualifiedByFirm.get(record.firmId) ?? []
        found.push({ entry: decision.entry, amountFen: change.amountFen, decisionId: id })
        work.qualifiedByFirm.set(record.firmId, found)
      }
      if (change.outcome !== 'qualified' && previous?.outcome === 'qualified')
        work.lapsed.push({ itemId: item.id, firmId: record.firmId })
    }
  }
  return work
}

/** Awards for newly qualified firms of paying items: listed for the city (auto) or offered to the firm. */
async function makeAwards(
  transaction: Database,
  work: SliceWork,
  firmCities: Map<string, string>,
  isSynthetic: boolean,
) {
  // the open list of each auto item with new awards, and whether this slice opened it
  const lists = new Map<string, { id: string; opened: boolean }>()
  const awards: awardsRepository.NewAward[] = []
  for (const [firmId, found] of work.qualifiedByFirm) {
    for (const { entry, amountFen, decisionId } of found) {
      const { item } = entry
      if (amountFen <= 0 || item.payoutMode === 'standard' || item.budgetAccountId === null) continue
      let listId: string | null = null
      if (item.payoutMode === 'auto') {
        let list = lists.get(item.id)
        if (list === undefined) {
          list = await awardsRepository.openListOf(transaction, item, isSynthetic)
          lists.set(item.id, list)
        }
        listId = list.id
      }
      const cityCode = firmCities.get(firmId)
      assert(cityCode !== undefined, `firm ${firmId} of the slice has a city`)
      awards.push({
        id: newId('pawd'),
        itemId: item.id,
        firmId,
        decisionId,
        listId,
        issuerCode: item.issuerCode,
        cityCode,
        amountFen,
        status: item.payoutMode === 'auto' ? 'listed' : 'offered',
        isSynthetic,
      })
    }
  }
  return { made: await awardsRepository.addAwards(transaction, awards), lists }
}

/** One slice of a run, in the caller's transaction: the next firms after the run's cursor. */
export async function runSlice(
  transaction: Database,
  run: { id: string | null; asOf: string; cursorFirmId: string | null },
  options: { at?: Date; isSynthetic?: boolean; tell?: boolean; firms?: number } = {},
): Promise<SliceResult & { cursorFirmId: string | null }> {
  const at = options.at ?? new Date()
  const isSynthetic = options.isSynthetic ?? false
  const firmIds = await repository.firmIdsAfter(transaction, run.cursorFirmId, options.firms ?? sliceFirms)
  if (firmIds.length === 0)
    return { firms: 0, decisions: 0, newlyQualified: 0, finished: true, cursorFirmId: run.cursorFirmId }
  const items = itemsToDecide(await itemsInForce(transaction, run.asOf), run.asOf)
  const records = await loadFirmFacts(transaction, firmIds, run.asOf)
  const current = await repository.currentDecisionsOf(transaction, firmIds)
  const work = decideSlice(items, records, current, { runId: run.id, asOf: run.asOf, at, isSynthetic })
  await repository.writeDecisions(transaction, work.decisions)
  await awardsRepository.lapseAwards(transaction, work.lapsed)
  const firmCities = new Map(records.map((record) => [record.firmId, record.facts.cityCode]))
  const { made, lists } = await makeAwards(transaction, work, firmCities, isSynthetic)
  if (options.tell ?? true) await tellSlice(transaction, work, made, lists, items)
  return {
    firms: firmIds.length,
    decisions: work.decisions.length,
    newlyQualified: work.qualifiedByFirm.size,
    finished: firmIds.length < (options.firms ?? sliceFirms),
    cursorFirmId: firmIds[firmIds.length - 1] ?? null,
  }
}

async function tellSlice(
  transaction: Database,
  work: SliceWork,
  made: readonly awardsRepository.AwardRow[],
  lists: Map<string, { id: string; opened: boolean }>,
  items: readonly ItemInForce[],
) {
  const itemOf = new Map(items.map((entry) => [entry.item.id, entry.item]))
  const told: NotificationInput[] = []
  for (const [firmId, found] of work.qualifiedByFirm)
    told.push(
      notices.newlyQualified(
        firmId,
        found.map(({ entry, amountFen }) => ({ ...entry.item, amountFen })),
      ),
    )
  for (const award of made) {
    const item = itemOf.get(award.itemId)
    assert(item !== undefined, 'an award is for an item of the run')
    if (award.status === 'offered') told.push(notices.awardOffered(award, item, item.promiseWorkingDays ?? 0))
  }
  // the city is given one task a list, when it opens; awards joining it later wait on the same task
  for (const [itemId, list] of lists) {
    if (!list.opened) continue
    const item = itemOf.get(itemId)
    assert(item !== undefined, 'a list is for an item of the run')
    told.push(notices.awardListWaiting({ id: list.id, issuerCode: item.issuerCode }, item))
  }
  for (let start = 0; start < told.length; start += notificationsPerCallMax)
    await notify(transaction, told.slice(start, start + notificationsPerCallMax))
}

export function createRuns(db: Database) {
  /** One slice of a running run in its own transaction; queues the next slice until the last. */
  async function sliceJob(payload: unknown, context: { db: Database }) {
    assert(typeof payload === 'object' && payload !== null && 'runId' in payload, 'a slice job names its run')
    const runId = String(payload.runId)
    const run = await repository.lockRun(context.db, runId)
    // the run's row lock orders slices: a second chain (a resumed run) waits here and takes the next slice
    if (run === undefined || run.status !== 'running') return
    const result = await runSlice(context.db, { id: run.id, asOf: run.asOf, cursorFirmId: run.cursorFirmId })
    await repository.advanceRun(context.db, run.id, {
      cursorFirmId: result.cursorFirmId,
      firms: result.firms,
      decisions: result.decisions,
      newlyQualified: result.newlyQualified,
      finished: result.finished,
    })
    // due since the run started: the queue takes jobs by due time, so the run's next slice goes before the
    // notices its own slices queued for delivery, which follow in the same polls
    if (!result.finished) await enqueue(context.db, sliceJobKind, { runId }, { runAt: run.startedAt })
  }

  async function start(transaction: Database, requestedBy: Principal | null) {
    const { run, started } = await repository.startRun(transaction, {
      id: newId('prun'),
      asOf: shanghaiDateOf(),
      requestedByUserId: requestedBy?.userId ?? null,
    })
    if (started) await enqueue(transaction, sliceJobKind, { runId: run.id })
    return { run, started }
  }

  /** The office's "run now": a run starts, or the one running is answered. */
  async function runNow(principal: Principal | null) {
    const actor = authorize(principal, policies.runMatching)
    return db.transaction(async (transaction) => {
      const { run, started } = await start(transaction, actor)
      if (!started) throw new AppError('POLICY_RUN_IN_PROGRESS', { runId: run.id })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'policy_run.start',
        entityType: 'policy_run',
        entityId: run.id,
        cityCode: null,
        details: { asOf: run.asOf },
      })
      return run
    })
  }

  /** A whole run now, slice after slice, each its own transaction, without the job queue (tests use it). */
  async function runToEnd(asOf: string = shanghaiDateOf()) {
    let cursorFirmId: string | null = null
    const totals = { firms: 0, decisions: 0, newlyQualified: 0 }
    for (let slice = 0; slice < runSlicesMax; slice++) {
      const result = await db.transaction((transaction) =>
        runSlice(transaction, { id: null, asOf, cursorFirmId }),
      )
      totals.firms += result.firms
      totals.decisions += result.decisions
      totals.newlyQualified += result.newlyQualified
      cursorFirmId = result.cursorFirmId
      if (result.finished) return totals
    }
    throw new Error(`a run took more than ${runSlicesMax} slices`)
  }

  async function recent(principal: Principal | null, limit: number) {
    authorize(principal, policies.readFigures)
    return repository.recentRuns(db, limit)
  }

  const jobHandlers: JobHandlers = { [sliceJobKind]: sliceJob }
  /** every night at 02:00 in Shanghai, when the console is quiet: a run starts */
  const nightlyRun: RecurringJob = {
    kind: 'policies.nightly_run',
    intervalMs: dayMs,
    // read when the first run is scheduled, at a start that finds none queued
    get firstRunDelayMs() {
      return untilNextNightMs(Date.now())
    },
    async run(context) {
      const { run, started } = await start(context.db, null)
      // a run still running a day later lost its chain of slices (a job out of attempts): this resumes it; were
      // the chain alive, the two would take turns on the run's row lock, each slice after the cursor once
      if (!started) await enqueue(context.db, sliceJobKind, { runId: run.id })
      return 'later'
    },
  }
  return { runNow, runToEnd, recent, jobHandlers, nightlyRun }
}

export type Runs = ReturnType<typeof createRuns>
