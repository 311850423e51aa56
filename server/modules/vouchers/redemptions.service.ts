// Redemption (兑付): the provider marks an order delivered and claims the voucher share with a contract, an
// invoice and a deliverable; the firm confirms and rates; a reproducible draw picks some claims for a spot check;
// the issuing city approves (reservation → payable) or rejects.
import { createHash } from 'node:crypto'
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { AppError, assert, orRefuse } from '../../platform/errors'
import { notify, resolveTasks } from '../../platform/notifications'
import { actorIdOf, runTransition } from '../../platform/workflow'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { newId } from '../../platform/ids'
import * as ordersRepository from './orders.repository'
import * as repository from './redemptions.repository'
import { isDrawnForSpotCheck, normaliseInvoiceNumber, spotCheckDraw } from './rules'
import * as schemesRepository from './schemes.repository'
import { authorizeOrderParty, listScopeOf, voucherPolicies as policies } from './vouchers.policies'
import { redemptionDecided, redemptionToConfirm, redemptionWaiting } from './vouchers.notices'
import { orderWorkflow, redemptionWorkflow } from './vouchers.workflows'
import type {
  ClaimRedemptionInput,
  ConfirmRedemptionInput,
  RedemptionQueryInput,
  RejectRedemptionInput,
  SpotCheckInput,
} from './redemptions.schemas'

/** The largest deliverable a claim may carry; larger files belong in a document system, linked by contract. */
export const deliverableBytesMax = 5 * 1024 * 1024

interface RedemptionsDependencies {
  db: Database
}

function decodeDeliverable(contentBase64: string): Uint8Array {
  const compact = contentBase64.replace(/\s+/g, '')
  const wellFormed = /^[A-Za-z0-9+/]*={0,2}$/.test(compact) && compact.length % 4 === 0
  const content = wellFormed ? Buffer.from(compact, 'base64') : Buffer.alloc(0)
  if (content.length === 0 || content.length > deliverableBytesMax) {
    throw new AppError('REDEMPTION_DELIVERABLE_INVALID', {
      sizeBytes: content.length,
      sizeBytesMax: deliverableBytesMax,
    })
  }
  return content
}

async function getRedemption(dependencies: RedemptionsDependencies, principal: Principal | null, id: string) {
  const found = await repository.findRedemption(dependencies.db, id)
  const redemption = orRefuse(found, 'REDEMPTION_NOT_FOUND', { redemptionId: id })
  authorizeOrderParty(principal, policies.readRedemption, redemption)
  return redemption
}

async function listRedemptions(
  dependencies: RedemptionsDependencies,
  principal: Principal | null,
  query: RedemptionQueryInput,
) {
  const { db } = dependencies
  const scope = listScopeOf(principal, policies.readRedemption, {
    cityCode: query.city,
    firmId: query.firm,
    providerId: query.provider,
  })
  const filter = {
    ...scope,
    issuerCityCode: query.issuer,
    orderId: query.order,
    settlementRunId: query.settlement,
    status: query.status,
    q: query.q,
  }
  // a history reads newest first; the queues ask for their waiting state, oldest first (sort=createdAt)
  const page = sortedPageRequest(query, '-createdAt')
  const read = await repository.listRedemptions(db, filter, page)
  return toListPage(page, read, (redemption) => redemption[page.order.key])
}

async function getDeliverable(
  dependencies: RedemptionsDependencies,
  principal: Principal | null,
  id: string,
) {
  const { db } = dependencies
  const redemption = await getRedemption(dependencies, principal, id)
  const content = await repository.findDeliverable(db, id)
  assert(content !== undefined, `redemption ${id} has no deliverable`)
  return { redemption, content }
}

/** The order's provider only; the order becomes delivered (or stays so, when a rejected claim is filed again). */
async function claimRedemption(
  dependencies: RedemptionsDependencies,
  principal: Principal | null,
  input: ClaimRedemptionInput,
) {
  const { db } = dependencies
  const order = orRefuse(await ordersRepository.findOrder(db, input.orderId), 'ORDER_NOT_FOUND', {
    orderId: input.orderId,
  })
  const actor = authorize(principal, policies.claimRedemption, {
    cityCode: order.providerCityCode,
    organisationId: order.providerId,
  })
  const content = decodeDeliverable(input.deliverable.contentBase64)
  const invoiceNumber = normaliseInvoiceNumber(input.invoiceNumber)
  return db.transaction(async (transaction) => {
    const locked = await ordersRepository.lockOrder(transaction, order.id)
    assert(locked !== undefined, `order ${order.id} vanished`)
    if (locked.status !== 'delivered') orderWorkflow.moveFrom(locked.status, 'deliver')
    const live = await repository.findLiveClaimOfOrder(transaction, order.id)
    if (live !== undefined) {
      throw new AppError('REDEMPTION_ALREADY_CLAIMED', { orderId: order.id, redemptionId: live.id })
    }
    const inserted = await repository.insertRedemption(
      transaction,
      {
        id: newId('rdmp'),
        orderId: locked.id,
        voucherId: locked.voucherId,
        schemeId: locked.schemeId,
        firmId: locked.firmId,
        providerId: locked.providerId,
        issuerCityCode: locked.issuerCityCode,
        providerCityCode: locked.providerCityCode,
        settlementModel: locked.settlementModel,
        amountFen: locked.voucherShareFen,
        contractNumber: input.contractNumber.trim(),
        invoiceNumber,
        deliverableFileName: input.deliverable.fileName,
        deliverableContentType: input.deliverable.contentType,
        deliverableSizeBytes: content.length,
        deliverableSha256: createHash('sha256').update(content).digest('hex'),
        claimedByUserId: actor.userId,
      },
      content,
    )
    if (inserted === undefined) throw new AppError('REDEMPTION_INVOICE_DUPLICATE', { invoiceNumber })
    if (locked.status !== 'delivered') await ordersRepository.markDelivered(transaction, locked.id)
    await notify(transaction, [redemptionToConfirm(inserted)])
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: 'redemption.claim',
      entityType: 'redemption',
      entityId: inserted.id,
      cityCode: inserted.issuerCityCode,
      details: {
        orderId: order.id,
        amountFen: inserted.amountFen,
        contractNumber: inserted.contractNumber,
        invoiceNumber,
        deliverableSha256: inserted.deliverableSha256,
      },
    })
    return inserted
  })
}

/** The holder confirms delivery and rates it; the spot-check draw is made now, from the claim's id. */
async function confirmRedemption(
  dependencies: RedemptionsDependencies,
  principal: Principal | null,
  id: string,
  input: ConfirmRedemptionInput,
) {
  const { db } = dependencies
  return runTransition(db, redemptionWorkflow, {
    principal,
    id,
    action: 'confirm',
    apply: async (transaction, locked, move) => {
      const scheme = await schemesRepository.findScheme(transaction, locked.schemeId)
      assert(scheme !== undefined, `scheme ${locked.schemeId} of redemption ${id} is missing`)
      const draw = spotCheckDraw(locked.schemeId, locked.id)
      const selected = isDrawnForSpotCheck(draw, scheme.spotCheckPercent)
      const updated = await repository.updateRedemption(transaction, id, {
        status: move.to,
        firmRating: input.rating,
        firmComment: input.comment ?? null,
        confirmedByUserId: actorIdOf(move),
        confirmedAt: new Date(),
        spotCheckDraw: draw,
        spotCheckSelected: selected,
      })
      await resolveTasks(transaction, { type: 'redemption', id })
      await notify(transaction, [redemptionWaiting(updated)])
      return { updated, spotCheckPercent: scheme.spotCheckPercent }
    },
    auditDetails: ({ updated, spotCheckPercent }) => ({
      rating: input.rating,
      spotCheckDraw: updated.spotCheckDraw,
      spotCheckPercent,
      spotCheckSelected: updated.spotCheckSelected,
    }),
  }).then(({ updated }) => updated)
}

/** A decision ends every task about the claim and tells the provider. */
async function decided(
  transaction: Database,
  redemption: repository.RedemptionRow,
  outcome: 'approved' | 'rejected',
) {
  await resolveTasks(transaction, { type: 'redemption', id: redemption.id })
  await notify(transaction, [redemptionDecided(redemption, outcome)])
}

/** A failed spot check rejects the claim; a passed one lets the officer approve it. */
async function recordSpotCheck(
  dependencies: RedemptionsDependencies,
  principal: Principal | null,
  id: string,
  input: SpotCheckInput,
) {
  const { db } = dependencies
  const result = input.passed ? 'passed' : 'failed'
  return runTransition(db, redemptionWorkflow, {
    principal,
    id,
    action: input.passed ? 'pass_spot_check' : 'fail_spot_check',
    apply: async (transaction, _locked, move) => {
      const now = new Date()
      const actorUserId = actorIdOf(move)
      const checked = await repository.updateRedemption(transaction, id, {
        spotCheckResult: result,
        spotCheckNote: input.note,
        spotCheckedByUserId: actorUserId,
        spotCheckedAt: now,
        ...(input.passed
          ? {}
          : { status: move.to, decisionReason: input.note, decidedByUserId: actorUserId, decidedAt: now }),
      })
      if (!input.passed) await decided(transaction, checked, 'rejected')
      return checked
    },
    auditAction: 'redemption.spot_check',
    auditDetails: () => ({ result, note: input.note }),
  })
}

/**
 * Approval moves reservation → payable in one statement (voucher_redemption_pay) under the claim's row lock, which
 * the workflow took: two officers approving at once take turns, and the second finds the claim approved.
 */
async function approveRedemption(
  dependencies: RedemptionsDependencies,
  principal: Principal | null,
  id: string,
) {
  const { db } = dependencies
  const transferId = newId('ltrf')
  return runTransition(db, redemptionWorkflow, {
    principal,
    id,
    action: 'approve',
    apply: async (transaction, _locked, move) => {
      const paid = await repository.payRedemption(transaction, {
        redemptionId: id,
        transferId,
        actorUserId: actorIdOf(move),
      })
      await decided(transaction, paid, 'approved')
      return paid
    },
    auditDetails: (approved) => ({ orderId: approved.orderId, amountFen: approved.amountFen, transferId }),
  })
}

/** The reservation stays: the provider may file a corrected claim for the same order. */
async function rejectRedemption(
  dependencies: RedemptionsDependencies,
  principal: Principal | null,
  id: string,
  input: RejectRedemptionInput,
) {
  const { db } = dependencies
  return runTransition(db, redemptionWorkflow, {
    principal,
    id,
    action: 'reject',
    apply: async (transaction, _locked, move) => {
      const rejected = await repository.updateRedemption(transaction, id, {
        status: move.to,
        decisionReason: input.reason,
        decidedByUserId: actorIdOf(move),
        decidedAt: new Date(),
      })
      await decided(transaction, rejected, 'rejected')
      return rejected
    },
    auditDetails: () => ({ reason: input.reason }),
  })
}

export function createRedemptionsService(db: Database) {
  const dependencies: RedemptionsDependencies = { db }
  return {
    getRedemption: getRedemption.bind(null, dependencies),
    listRedemptions: listRedemptions.bind(null, dependencies),
    getDeliverable: getDeliverable.bind(null, dependencies),
    claimRedemption: claimRedemption.bind(null, dependencies),
    confirmRedemption: confirmRedemption.bind(null, dependencies),
    recordSpotCheck: recordSpotCheck.bind(null, dependencies),
    approveRedemption: approveRedemption.bind(null, dependencies),
    rejectRedemption: rejectRedemption.bind(null, dependencies),
  }
}

export type RedemptionsService = ReturnType<typeof createRedemptionsService>
