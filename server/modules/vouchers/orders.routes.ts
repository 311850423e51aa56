// Routes of voucher orders: place one (its statement writes the Idempotency-Key), read, cancel.
import { get, post, type Route } from '../../platform/http/routes'
import { groupCommitErrorResponses, IdParams, presentPage } from '../../platform/http/schemas'
import { sendKeyedOutcome, statementClaimOf } from '../../platform/idempotency'
import type { OrdersService } from './orders.service'
import { presentOrder } from './vouchers.presenters'
import * as schemas from './vouchers.schemas'

export function orderRoutes(orders: OrdersService): Route[] {
  return [
    get(
      '/api/voucher-orders',
      {
        summary: "Orders the caller may see: its firm's or provider's own, its city's, or all",
        querystring: schemas.OrderQuery,
        ok: schemas.OrderPage,
      },
      async (request) => presentPage(await orders.listOrders(request.principal, request.query), presentOrder),
    ),
    get('/api/voucher-orders/:id', { params: IdParams, ok: schemas.Order }, async (request) =>
      presentOrder(await orders.getOrder(request.principal, request.params.id)),
    ),
    post(
      '/api/voucher-orders',
      {
        summary: "Order a provider's product with a voucher: the voucher share is computed and reserved",
        body: schemas.CreateOrderBody,
        created: schemas.Order,
        errors: groupCommitErrorResponses,
        // the order's own statement writes the Idempotency-Key: one round trip and one commit an order
        config: { idempotency: 'statement' },
      },
      async (request, reply) =>
        sendKeyedOutcome(
          reply,
          201,
          await orders.placeOrder(request.principal, request.body, statementClaimOf(request)),
          presentOrder,
        ),
    ),
    post(
      '/api/voucher-orders/:id/cancel',
      {
        summary: 'Cancel an order before delivery; its reservation goes back to the voucher',
        params: IdParams,
        body: schemas.CancelOrderBody,
        ok: schemas.Order,
      },
      async (request) =>
        presentOrder(await orders.cancelOrder(request.principal, request.params.id, request.body ?? {})),
    ),
  ]
}
