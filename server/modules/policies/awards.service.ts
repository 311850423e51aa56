// Paying awards through the vouchers module's ledger. An auto item's award list is reviewed by the issuing city,
// which may remove a firm with a reason, and approved: every listed award is paid in that one transaction, from the
// item's policy budget account to the firm's award account, audited; the budget account can never go below zero
// (ledger_transfer() refuses), and the list's row lock makes a second approval wait and then find it approved. A
// fast_apply award is confirmed by its firm, which starts a working-day clock against the item's promise; the city
// pays it (award-reads.service.ts holds the job that escalates one past its day to the corridor office).
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { addWorkingDaysOn, shanghaiDateOf } from '../../platform/calendar'
import { AppError, assert } from '../../platform/errors'
import type { CalendarChange } from '../../platform/module'
import { notify, resolveTasks } from '../../platform/notifications'
import { ensureLedgerAccount, lockAccount, transferMany, transfersPerBatchMax } from '../vouchers'
import * as repository from './awards.repository'
import * as notices from './policies.notices'
import { findItem, type ItemRow } from './policies.repository'
import { policyPolicies as policies } from './policies.policies'

async function itemOf(db: Database, id: string): Promise<ItemRow> {
  const item = await findItem(db, id)
  assert(item !== undefined, `award item ${id} exists`)
  return item
}

/** Pays awards of one item from its budget, in ledger batches, all in the caller's transaction. */
export async function payAwards(
  transaction: Database,
  item: ItemRow,
  awards: readonly repository.AwardRow[],
  by: { userId: string | null; at: Date },
) {
  assert(item.budgetAccountId !== null, `item ${item.code} pays from a budget`)
  const totalFen = awards.reduce((sum, award) => sum + award.amountFen, 0)
  // the lock queues concurrent payments from this budget; ledger_transfer() would refuse an overdraft anyway
  const balanceFen = await lockAccount(transaction, item.budgetAccountId)
  if (totalFen > balanceFen)
    throw new AppError('POLICY_BUDGET_EXCEEDED', { itemCode: item.code, balanceFen, totalFen })
  const paid: { id: string; transferId: string }[] = []
  for (let start = 0; start < awards.length; start += transfersPerBatchMax) {
    const batch = awards.slice(start, start + transfersPerBatchMax)
    const transfers = []
    for (const award of batch) {
      const toAccountId = await ensureLedgerAccount(transaction, {
        kind: 'award',
        ownerId: award.firmId,
        cityCode: award.cityCode,
      })
      transfers.push({
        kind: 'award' as const,
        fromAccountId: item.budgetAccountId,
        toAccountId,
        amountFen: award.amountFen,
        reference: award.id,
        actorUserId: by.userId,
      })
    }
    const ids = await transferMany(transaction, transfers)
    batch.forEach((award, index) => {
      const transferId = ids[index]
      assert(transferId !== undefined, 'each award has its transfer')
      paid.push({ id: award.id, transferId })
    })
  }
  await repository.markPaid(transaction, paid, by)
  return { totalFen, count: awards.length }
}

/**
 * An award list approved in the caller's transaction: its awards paid, the list marked, the city's task done and the
 * approval audited (the demo year's past approvals are made the same way).
 */
export async function settleList(
  transaction: Database,
  list: { id: string; cityCode: string },
  item: ItemRow,
  awards: readonly repository.AwardRow[],
  by: { userId: string | null; at: Date },
) {
  const paid = await payAwards(transaction, item, awards, by)
  await repository.approveAwardList(transaction, list.id, by.userId, by.at)
  await resolveTasks(transaction, { type: 'policy_award_list', id: list.id })
  await recordAudit(transaction, {
    actorUserId: by.userId,
    action: 'policy_award_list.approve',
    entityType: 'policy_award_list',
    entityId: list.id,
    cityCode: list.cityCode,
    details: { itemCode: item.code, awards: paid.count, totalFen: paid.totalFen },
  })
  return paid
}

/** Takes a listed award off its list (or withdraws an offer), with the reason, audited. */
async function removeAward(db: Database, principal: Principal | null, awardId: string, reason: string) {
  return db.transaction(async (transaction) => {
    const award = await repository.lockAward(transaction, awardId)
    if (award === undefined) throw new AppError('POLICY_AWARD_NOT_FOUND')
    const actor = authorize(principal, policies.decideAwards, { cityCode: award.issuerCode })
    if (award.status !== 'listed' && award.status !== 'offered')
      throw new AppError('POLICY_AWARD_TRANSITION_INVALID', { status: award.status, action: 'remove' })
    const changed = await repository.changeAward(transaction, awardId, {
      status: 'removed',
      statusReason: reason,
    })
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: 'policy_award.remove',
      entityType: 'policy_award',
      entityId: awardId,
      cityCode: award.cityCode,
      details: { from: award.status, reason, amountFen: award.amountFen },
    })
    return changed
  })
}

export function createAwards(db: Database) {
  async function approveList(principal: Principal | null, listId: string) {
    return db.transaction(async (transaction) => {
      const list = await repository.lockAwardList(transaction, listId)
      if (list === undefined) throw new AppError('POLICY_AWARD_LIST_NOT_FOUND')
      const actor = authorize(principal, policies.decideAwards, { cityCode: list.issuerCode })
      if (list.status === 'approved') throw new AppError('POLICY_AWARD_LIST_ALREADY_APPROVED', { listId })
      const awards = await repository.listedAwardsOf(transaction, listId)
      assert(
        awards.length <= repository.listAwardsMax,
        `list ${listId} holds more awards than one approval pays`,
      )
      if (awards.length === 0) throw new AppError('POLICY_AWARD_LIST_EMPTY', { listId })
      const item = await itemOf(transaction, list.itemId)
      await settleList(transaction, list, item, awards, { userId: actor.userId, at: new Date() })
      await notify(
        transaction,
        awards.map((award) => notices.awardPaid(award, item)),
      )
      const summary = await repository.findAwardList(transaction, listId)
      assert(summary !== undefined, 'the approved list exists')
      return summary
    })
  }

  async function confirm(principal: Principal | null, awardId: string) {
    return db.transaction(async (transaction) => {
      const award = await repository.lockAward(transaction, awardId)
      if (award === undefined) throw new AppError('POLICY_AWARD_NOT_FOUND')
      const actor = authorize(principal, policies.confirmAward, { organisationId: award.firmId })
      if (award.status !== 'offered')
        throw new AppError('POLICY_AWARD_TRANSITION_INVALID', { status: award.status, action: 'confirm' })
      const item = await itemOf(transaction, award.itemId)
      assert(item.promiseWorkingDays !== null, 'an offered award is of a fast_apply item')
      const at = new Date()
      const dueOn = await addWorkingDaysOn(transaction, shanghaiDateOf(at), item.promiseWorkingDays)
      const changed = await repository.changeAward(transaction, awardId, {
        status: 'confirmed',
        confirmedAt: at,
        dueOn,
      })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'policy_award.confirm',
        entityType: 'policy_award',
        entityId: awardId,
        cityCode: award.cityCode,
        details: { dueOn, promiseWorkingDays: item.promiseWorkingDays },
      })
      await resolveTasks(transaction, { type: 'policy_award', id: awardId }, 'policy.award_offered')
      await notify(transaction, [notices.awardConfirmed(changed, item)])
      return changed
    })
  }

  async function pay(principal: Principal | null, awardId: string) {
    return db.transaction(async (transaction) => {
      const award = await repository.lockAward(transaction, awardId)
      if (award === undefined) throw new AppError('POLICY_AWARD_NOT_FOUND')
      const actor = authorize(principal, policies.decideAwards, { cityCode: award.issuerCode })
      if (award.status !== 'confirmed')
        throw new AppError('POLICY_AWARD_TRANSITION_INVALID', { status: award.status, action: 'pay' })
      const item = await itemOf(transaction, award.itemId)
      const at = new Date()
      await payAwards(transaction, item, [award], { userId: actor.userId, at })
      await recordAudit(transaction, {
        actorUserId: actor.userId,
        action: 'policy_award.pay',
        entityType: 'policy_award',
        entityId: awardId,
        cityCode: award.cityCode,
        details: {
          amountFen: award.amountFen,
          dueOn: award.dueOn,
          late: award.dueOn !== null && award.dueOn < shanghaiDateOf(at),
        },
      })
      // the city's task to pay it, and the office's if it was late, are done
      await resolveTasks(transaction, { type: 'policy_award', id: awardId })
      await notify(transaction, [notices.awardPaid(award, item)])
      const paid = await repository.findAward(transaction, awardId)
      assert(paid !== undefined, 'the paid award exists')
      return paid
    })
  }

  return {
    approveList,
    remove: (principal: Principal | null, awardId: string, reason: string) =>
      removeAward(db, principal, awardId, reason),
    confirm,
    pay,
  }
}

export type Awards = ReturnType<typeof createAwards>

/** confirmed awards one calendar change re-dates at most, in pages */
const redatePageSize = 500
const redatePagesMax = 100

/**
 * In the transaction of a calendar change: each confirmed award whose promised day lies on or after the first day
 * changed gets its day again from its confirmation and its item's promise; a moved one is audited with the reason
 * and may be escalated again when late.
 */
export async function redateConfirmedAwards(transaction: Database, change: CalendarChange): Promise<number> {
  const firstDay = [...change.days].sort()[0]
  if (firstDay === undefined) return 0
  let moved = 0
  let afterId: string | null = null
  for (let page = 0; page < redatePagesMax; page++) {
    const confirmed: repository.AwardRow[] = await repository.lockConfirmedDueFrom(
      transaction,
      firstDay,
      afterId,
      redatePageSize,
    )
    for (const award of confirmed) {
      const item = await itemOf(transaction, award.itemId)
      assert(
        award.confirmedAt !== null && item.promiseWorkingDays !== null,
        'a confirmed award has its clock',
      )
      const dueOn = await addWorkingDaysOn(
        transaction,
        shanghaiDateOf(award.confirmedAt),
        item.promiseWorkingDays,
      )
      if (dueOn === award.dueOn) continue
      await repository.changeAward(transaction, award.id, { dueOn, escalatedAt: null })
      await recordAudit(transaction, {
        actorUserId: null,
        action: 'policy_award.redate',
        entityType: 'policy_award',
        entityId: award.id,
        cityCode: award.cityCode,
        details: { from: award.dueOn, to: dueOn, reasonZh: change.reason.zh, reasonEn: change.reason.en },
      })
      moved++
    }
    const last = confirmed[confirmed.length - 1]
    if (last === undefined || confirmed.length < redatePageSize) break
    afterId = last.id
  }
  return moved
}
