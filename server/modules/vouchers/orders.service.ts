// Orders: a firm orders a provider's product with its voucher; the voucher share is reserved at once and
// released if the order is cancelled before delivery.
import type { Database } from '../../db/client'
import { recordAudit } from '../../platform/audit'
import { authorize, type Principal } from '../../platform/authorization'
import { createGroupCommit } from '../../platform/batching'
import { AppError, assert, orRefuse } from '../../platform/errors'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import type { KeyClaim, KeyedOutcome } from '../../platform/idempotency'
import { newId } from '../../platform/ids'
import * as ledger from './ledger.repository'
import type { ExportTable } from '../../platform/export'
import { orderExportColumns, type OrderExportItem } from './orders.export'
import * as repository from './orders.repository'
import { orderWorkflow } from './vouchers.workflows'
import { authorizeOrderParty, listScopeOf, voucherPolicies as policies } from './vouchers.policies'
import * as vouchersRepository from './vouchers.repository'
import type { OrderSourceKind, ServiceCategory } from './vouchers.reference'
import type { CancelOrderInput, CreateOrderInput, OrderQueryInput } from './vouchers.schemas'
import { retryingTransient } from '../../db/transient'

/** orders gathered into one statement at most */
const placementBatchSizeMax = 64
/** orders waiting for a batch at most: past it, SERVER_BUSY (503) */
const placementsWaitingMax = 4096

export function createOrdersService(db: Database) {
  const placements = createGroupCommit({
    run: (requests: readonly repository.PlacementRequest[]) => repository.reserveOrdersOnce(db, requests),
    batchSizeMax: placementBatchSizeMax,
    waitingMax: placementsWaitingMax,
  })

  async function findOrder(id: string) {
    return orRefuse(await repository.findOrder(db, id), 'ORDER_NOT_FOUND', { orderId: id })
  }

  async function getOrder(principal: Principal | null, id: string) {
    const order = await findOrder(id)
    authorizeOrderParty(principal, policies.readOrder, order)
    return order
  }

  async function listOrders(principal: Principal | null, query: OrderQueryInput) {
    const scope = listScopeOf(principal, policies.readOrder, {
      cityCode: query.city,
      firmId: query.firm,
      providerId: query.provider,
    })
    const page = sortedPageRequest(query, '-createdAt')
    const read = await repository.listOrders(
      db,
      { ...scope, voucherId: query.voucher, status: query.status, q: query.q },
      page,
    )
    return toListPage(page, read, (order) => order[page.order.key])
  }

  /** The orders list as an export: the list's read with the export's row bound, named instead of ids. */
  async function exportOrders(
    principal: Principal | null,
    query: OrderQueryInput,
    rowsMax: number,
  ): Promise<ExportTable<OrderExportItem>> {
    const page = await listOrders(principal, { ...query, cursor: undefined, limit: rowsMax })
    return {
      baseName: 'voucher-orders',
      sheetName: 'orders',
      columns: orderExportColumns,
      items: page.items,
      truncated: page.nextCursor !== null,
    }
  }

  /**
   * One database round trip. The policy lets a firm order for itself; that the voucher is the firm's own is
   * checked by voucher_order_reserve against the voucher row, in the same statement that spends it, together
   * with every scheme rule (recognition, category, expiry, balance, provider admission). With an Idempotency-Key
   * (`claim`), the same statement writes the key, so a retry finds the order instead of placing a second one.
   * Orders placed at the same moment share that statement and its commit (group commit), each answered alone.
   */
  async function placeOrder(
    principal: Principal | null,
    input: CreateOrderInput,
    claim: KeyClaim | null = null,
  ): Promise<KeyedOutcome<repository.OrderRow>> {
    const actor = authorize(principal, policies.placeOrder, {
      organisationId: principal?.organisationId ?? null,
    })
    assert(actor.organisationId !== null, 'a firm user belongs to a firm')
    const reservation: repository.ReserveInput = {
      orderId: newId('vord'),
      transferId: newId('ltrf'),
      voucherId: input.voucherId,
      firmId: actor.organisationId,
      productId: input.productId,
      quantity: input.quantity ?? 1,
      requestedShareFen: input.voucherShareFen ?? null,
      actorUserId: actor.userId,
    }
    // orders racing for one voucher can deadlock; tried again, the loser meets the winner's reservation
    return retryingTransient(() => placements.submit({ reservation, claim }))
  }

  /** Before delivery only (the transition table); the reserved share goes back to the voucher. */
  async function cancelOrder(principal: Principal | null, id: string, input: CancelOrderInput) {
    const order = await findOrder(id)
    const actor = authorizeOrderParty(principal, policies.cancelOrder, order)
    // Its record (a booking) cancels it with itself; alone, the record would keep a share the voucher no longer pays.
    if (order.sourceKind !== null) {
      throw new AppError('ORDER_PAYS_FOR_SOURCE', {
        orderId: id,
        sourceKind: order.sourceKind,
        sourceId: order.sourceId,
      })
    }
    await retryingTransient(() =>
      db.transaction(async (transaction) => {
        const locked = await repository.lockOrder(transaction, id)
        assert(locked !== undefined, `order ${id} vanished`)
        await releaseLockedOrder(transaction, locked, actor.userId, input.reason ?? null)
      }),
    )
    return findOrder(id)
  }

  return {
    getOrder,
    listOrders,
    exportOrders,
    placeOrder,
    cancelOrder,
    settled: () => placements.settled(),
    placementStatus: () => placements.status(),
  }
}

export type OrdersService = ReturnType<typeof createOrdersService>

/** Cancels a locked order in the caller's transaction: release transfer, status and audit record together. */
export async function releaseLockedOrder(
  transaction: Database,
  locked: repository.OrderRow,
  actorUserId: string,
  reason: string | null,
): Promise<void> {
  orderWorkflow.moveFrom(locked.status, 'cancel')
  const voucher = await vouchersRepository.findVoucher(transaction, locked.voucherId)
  assert(voucher !== undefined, `voucher ${locked.voucherId} of order ${locked.id} is missing`)
  const transferId = await ledger.transfer(transaction, {
    kind: 'release',
    fromAccountId: voucher.reservationAccountId,
    toAccountId: voucher.accountId,
    amountFen: locked.voucherShareFen,
    reference: locked.id,
    actorUserId,
  })
  await repository.markCancelled(transaction, locked.id, {
    cancelReason: reason,
    cancelledByUserId: actorUserId,
    cancelledAt: new Date(),
  })
  await recordAudit(transaction, {
    actorUserId,
    action: 'voucher_order.cancel',
    entityType: 'voucher_order',
    entityId: locked.id,
    cityCode: locked.issuerCityCode,
    details: { reason, releasedFen: locked.voucherShareFen, transferId },
  })
}

export interface SourcePaymentInput {
  voucherId: string
  /** the holder: the caller's own firm */
  firmId: string
  providerId: string
  category: ServiceCategory
  sourceKind: OrderSourceKind
  sourceId: string
  amountFen: number
  requestedShareFen: number | null
  actorUserId: string
}

/**
 * For other modules (an instrument booking paid partly by voucher): the voucher order for the source record, in
 * the caller's transaction, under every rule of the voucher's scheme. Refusals are the vouchers' coded errors.
 */
export function reserveOrderForSource(transaction: Database, input: SourcePaymentInput) {
  return repository.reserveForSource(transaction, {
    ...input,
    orderId: newId('vord'),
    transferId: newId('ltrf'),
  })
}

/** Cancels the source record's live order, if it has one that is still only reserved; returns it. */
export async function releaseOrderForSource(
  transaction: Database,
  source: { kind: OrderSourceKind; id: string },
  actorUserId: string,
  reason: string,
) {
  const locked = await repository.lockOrderOfSource(transaction, source.kind, source.id)
  if (locked === undefined || locked.status !== 'reserved') return locked
  await releaseLockedOrder(transaction, locked, actorUserId, reason)
  return locked
}
