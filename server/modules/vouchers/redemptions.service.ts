// Redemption (兑付): the provider marks an order delivered and claims the voucher share with a contract, an
// invoice and a deliverable; the firm confirms and rates; a reproducible draw picks some claims for a spot check;
// the issuing city approves (reservation → payable) or rejects.
import { createHash } from 'node:crypto'
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { AppError, assert } from '../../platform/errors'
import { pageById } from '../../platform/http/schemas'
import { newId } from '../../platform/ids'
import * as ordersRepository from './orders.repository'
import * as repository from './redemptions.repository'
import {
  isDrawnForSpotCheck,
  normaliseInvoiceNumber,
  spotCheckDraw,
  transitionOrder,
  transitionRedemption,
} from './rules'
import * as schemesRepository from './schemes.repository'
import { authorizeOrderParty, listScopeOf, voucherPolicies as policies } from './vouchers.policies'
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

async function findRedemption(dependencies: RedemptionsDependencies, id: string) {
  const { db } = dependencies
  const redemption = await repository.findRedemption(db, id)
  if (redemption === undefined) throw new AppError('REDEMPTION_NOT_FOUND', { redemptionId: id })
  return redemption
}

async function getRedemption(dependencies: RedemptionsDependencies, principal: Principal | null, id: string) {
  const redemption = await findRedemption(dependencies, id)
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
  }
  return pageById(query, (after, limit) => repository.listRedemptions(db, filter, after, limit))
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
  const order = await ordersRepository.findOrder(db, input.orderId)
  if (order === undefined) throw new AppError('ORDER_NOT_FOUND', { orderId: input.orderId })
  const actor = authorize(principal, policies.claimRedemption, {
    cityCode: order.providerCityCode,
    organisationId: order.providerId,
  })
  const content = decodeDeliverable(input.deliverable.contentBase64)
  const invoiceNumber = normaliseInvoiceNumber(input.invoiceNumber)
  return db.transaction(async (transaction) => {
    const locked = await ordersRepository.lockOrder(transaction, order.id)
    assert(locked !== undefined, `order ${order.id} vanished`)
    if (locked.status !== 'delivered') transitionOrder(locked.status, 'delivered')
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
  const redemption = await findRedemption(dependencies, id)
  const actor = authorize(principal, policies.confirmRedemption, {
    cityCode: redemption.issuerCityCode,
    organisationId: redemption.firmId,
  })
  const scheme = await schemesRepository.findScheme(db, redemption.schemeId)
  assert(scheme !== undefined, `scheme ${redemption.schemeId} of redemption ${id} is missing`)
  const draw = spotCheckDraw(redemption.schemeId, redemption.id)
  const selected = isDrawnForSpotCheck(draw, scheme.spotCheckPercent)
  return db.transaction(async (transaction) => {
    const locked = await repository.lockRedemption(transaction, id)
    assert(locked !== undefined, `redemption ${id} vanished`)
    transitionRedemption(locked.status, 'submitted')
    const updated = await repository.updateRedemption(transaction, id, {
      status: 'submitted',
      firmRating: input.rating,
      firmComment: input.comment ?? null,
      confirmedByUserId: actor.userId,
      confirmedAt: new Date(),
      spotCheckDraw: draw,
      spotCheckSelected: selected,
    })
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: 'redemption.confirm',
      entityType: 'redemption',
      entityId: id,
      cityCode: locked.issuerCityCode,
      details: {
        rating: input.rating,
        spotCheckDraw: draw,
        spotCheckPercent: scheme.spotCheckPercent,
        spotCheckSelected: selected,
      },
    })
    return updated
  })
}

/** A failed spot check rejects the claim; a passed one lets the officer approve it. */
async function recordSpotCheck(
  dependencies: RedemptionsDependencies,
  principal: Principal | null,
  id: string,
  input: SpotCheckInput,
) {
  const { db } = dependencies
  const redemption = await findRedemption(dependencies, id)
  const actor = authorize(principal, policies.decideRedemption, { cityCode: redemption.issuerCityCode })
  return db.transaction(async (transaction) => {
    const locked = await repository.lockRedemption(transaction, id)
    assert(locked !== undefined, `redemption ${id} vanished`)
    if (locked.status !== 'submitted' || !locked.spotCheckSelected || locked.spotCheckResult !== null) {
      throw new AppError('REDEMPTION_NOT_DRAWN_FOR_SPOT_CHECK', { redemptionId: id, status: locked.status })
    }
    const now = new Date()
    const result = input.passed ? 'passed' : 'failed'
    const updated = await repository.updateRedemption(transaction, id, {
      spotCheckResult: result,
      spotCheckNote: input.note,
      spotCheckedByUserId: actor.userId,
      spotCheckedAt: now,
      ...(input.passed
        ? {}
        : {
            status: transitionRedemption(locked.status, 'rejected'),
            decisionReason: input.note,
            decidedByUserId: actor.userId,
            decidedAt: now,
          }),
    })
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: 'redemption.spot_check',
      entityType: 'redemption',
      entityId: id,
      cityCode: locked.issuerCityCode,
      details: { result, note: input.note },
    })
    return updated
  })
}

/**
 * One database round trip: the role is checked here, the issuing city and the claim's state by
 * voucher_redemption_approve under the claim's row lock, so two officers approving at once make one payable.
 */
async function approveRedemption(
  dependencies: RedemptionsDependencies,
  principal: Principal | null,
  id: string,
) {
  const { db } = dependencies
  const actor = authorize(principal, policies.decideRedemption, { cityCode: principal?.cityCode ?? null })
  return repository.approveRedemption(db, {
    redemptionId: id,
    transferId: newId('ltrf'),
    actorUserId: actor.userId,
    actorCityCode: actor.role === 'corridor_admin' ? null : actor.cityCode,
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
  const redemption = await findRedemption(dependencies, id)
  const actor = authorize(principal, policies.decideRedemption, { cityCode: redemption.issuerCityCode })
  return db.transaction(async (transaction) => {
    const locked = await repository.lockRedemption(transaction, id)
    assert(locked !== undefined, `redemption ${id} vanished`)
    const updated = await repository.updateRedemption(transaction, id, {
      status: transitionRedemption(locked.status, 'rejected'),
      decisionReason: input.reason,
      decidedByUserId: actor.userId,
      decidedAt: new Date(),
    })
    await recordAudit(transaction, {
      actorUserId: actor.userId,
      action: 'redemption.reject',
      entityType: 'redemption',
      entityId: id,
      cityCode: locked.issuerCityCode,
      details: { reason: input.reason },
    })
    return updated
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
