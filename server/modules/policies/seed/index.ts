// The policies module's demo year: a corridor run about seven months ago, the award lists it made approved and paid
// by their cities a fortnight later, most fast-apply offers confirmed and paid (a few confirmed and now past their
// promised day, for the escalation), then today's run, which writes only what changed. Hefei's award for newly
// certified high-tech firms (HF-P01-01) is left waiting: firm.hf is on its list, for officer.hf to approve.
import { and, eq, sql } from 'drizzle-orm'
import type { Database } from '../../../db/client'
import type { SeedProgress } from '../../../seed/batches'
import { addCalendarDays, addWorkingDaysOn, shanghaiDateOf } from '../../../platform/calendar'
import { assert } from '../../../platform/errors'
import { notify } from '../../../platform/notifications'
import * as awardsRepository from '../awards.repository'
import { lockAccount } from '../../vouchers'
import { payAwards, settleList } from '../awards.service'
import * as notices from '../policies.notices'
import { findItem, type ItemRow } from '../policies.repository'
import { policyAwardLists, policyAwards } from '../policies.tables'
import { runSlice } from '../runs.service'

export const waitingItemCode = 'HF-P01-01'
/** how long before the seed's day the demo year's run took place */
const pastRunDaysBefore = 200
const runSlicesMax = 200

export interface PolicySeedSummary {
  policyDecisions: number
  policyAwardsPaid: number
}

async function runWhole(transaction: Database, asOf: string, at: Date) {
  let cursorFirmId: string | null = null
  let decisions = 0
  for (let slice = 0; slice < runSlicesMax; slice++) {
    const result = await runSlice(
      transaction,
      { id: null, asOf, cursorFirmId },
      { at, isSynthetic: true, tell: false },
    )
    decisions += result.decisions
    cursorFirmId = result.cursorFirmId
    if (result.finished) return decisions
  }
  throw new Error(`a demo run took more than ${runSlicesMax} slices`)
}

/** A stable coin from an id: the same awards are confirmed and paid on every seed. */
const coin = (id: string, percent: number) =>
  [...id].reduce((sum, character) => (sum * 31 + character.charCodeAt(0)) % 1000, 7) % 100 < percent

const budgetUsedUp =
  '本年度预算额度已用完，顺延至下一批次 · the year’s budget is used up; carried to the next list'

/** The awards the budget covers, in list order; the city takes the others off the list with the reason. */
async function withinBudget(
  transaction: Database,
  item: ItemRow,
  awards: readonly awardsRepository.AwardRow[],
): Promise<awardsRepository.AwardRow[]> {
  assert(item.budgetAccountId !== null, 'a paying item has a budget')
  let balanceFen = await lockAccount(transaction, item.budgetAccountId)
  const covered: awardsRepository.AwardRow[] = []
  for (const award of awards) {
    if (award.amountFen <= balanceFen) {
      covered.push(award)
      balanceFen -= award.amountFen
    } else if (award.status === 'listed') {
      await awardsRepository.changeAward(transaction, award.id, {
        status: 'removed',
        statusReason: budgetUsedUp,
      })
    }
  }
  return covered
}

async function approvePastLists(
  transaction: Database,
  at: Date,
  officerOf: (issuer: string) => string | null,
) {
  const lists = await transaction.select().from(policyAwardLists).where(eq(policyAwardLists.status, 'open'))
  let paid = 0
  for (const list of lists) {
    const item = await findItem(transaction, list.itemId)
    assert(item !== undefined, 'a list is for an item')
    if (item.code === waitingItemCode) continue
    const awards = await withinBudget(
      transaction,
      item,
      await awardsRepository.listedAwardsOf(transaction, list.id),
    )
    if (awards.length === 0) continue
    const result = await settleList(transaction, list, item, awards, {
      userId: officerOf(list.issuerCode),
      at,
    })
    paid += result.count
  }
  return paid
}

async function settleFastApply(
  transaction: Database,
  confirmedOn: string,
  paidAt: Date,
  officerOf: (issuer: string) => string | null,
) {
  const offered = await transaction.select().from(policyAwards).where(eq(policyAwards.status, 'offered'))
  let paid = 0
  for (const award of offered) {
    if (!coin(award.id, 75)) continue
    const item = await findItem(transaction, award.itemId)
    assert(item?.promiseWorkingDays != null, 'an offered award is of a fast_apply item')
    const dueOn = await addWorkingDaysOn(transaction, confirmedOn, item.promiseWorkingDays)
    const confirmed = await awardsRepository.changeAward(transaction, award.id, {
      status: 'confirmed',
      confirmedAt: new Date(`${confirmedOn}T02:00:00Z`),
      dueOn,
    })
    // most are paid within the promise; the rest stay confirmed, some of them now overdue
    if (!coin(award.id + 'paid', 85)) continue
    if ((await withinBudget(transaction, item, [confirmed])).length === 0) continue
    await payAwards(transaction, item, [confirmed], { userId: officerOf(award.issuerCode), at: paidAt })
    paid++
  }
  return paid
}

export async function insertPolicyData(
  transaction: Database,
  options: {
    activityEndsAt: Date
    demoOrganisations: ReadonlyMap<string, string>
    userIdByUsername: ReadonlyMap<string, string>
  },
  onProgress?: SeedProgress,
): Promise<PolicySeedSummary> {
  const today = shanghaiDateOf(options.activityEndsAt)
  const pastDay = addCalendarDays(today, -pastRunDaysBefore)
  const officerOf = (issuer: string) =>
    issuer === 'HF'
      ? (options.userIdByUsername.get('officer.hf') ?? null)
      : issuer === 'SH-SJ'
        ? (options.userIdByUsername.get('officer.sh') ?? null)
        : issuer === 'G60'
          ? (options.userIdByUsername.get('office') ?? null)
          : null
  onProgress?.('policy runs', 0, 2)
  let decisions = await runWhole(transaction, pastDay, new Date(`${pastDay}T18:00:00Z`))
  let paid = await approvePastLists(
    transaction,
    new Date(`${addCalendarDays(pastDay, 15)}T03:00:00Z`),
    officerOf,
  )
  paid += await settleFastApply(
    transaction,
    addCalendarDays(pastDay, 5),
    new Date(`${addCalendarDays(pastDay, 40)}T03:00:00Z`),
    officerOf,
  )
  onProgress?.('policy runs', 1, 2)
  decisions += await runWhole(transaction, today, options.activityEndsAt)
  const [waiting] = await transaction
    .select({ list: policyAwardLists })
    .from(policyAwardLists)
    .innerJoin(sql`policy_items i`, sql`i.id = ${policyAwardLists.itemId}`)
    .where(and(eq(policyAwardLists.status, 'open'), sql`i.code = ${waitingItemCode}`))
  const item = await findItem(transaction, waitingItemCode)
  if (waiting !== undefined && item !== undefined)
    await notify(transaction, [
      notices.awardListWaiting({ id: waiting.list.id, issuerCode: item.issuerCode }, item),
    ])
  onProgress?.('policy runs', 2, 2)
  return { policyDecisions: decisions, policyAwardsPaid: paid }
}
