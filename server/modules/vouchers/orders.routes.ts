// Routes of voucher orders: place one (its statement writes the Idempotency-Key), read, cancel.
import { get, post, type Route } from '../../platform/http/routes'
import { exportRoute, exportRowsMax } from '../../platform/export'
import { presentListPage } from '../../platform/http/list'
import { groupCommitErrorResponses, IdParams } from '../../platform/http/schemas'
import { sendKeyedOutcome, statementClaimOf } from '../../platform/idempotency'
import type { OrdersService } from './orders.service'
import { presentListedOrder, presentOrder } from './vouchers.presenters'
import * as schemas from './vouchers.schemas'

export function orderRoutes(orders: OrdersService): Route[] {
  return [
    get(
      '/api/voucher-orders',
      {
        operationId: 'listVoucherOrders',
        summary: "Orders the caller may see: its firm's or provider's own, its city's, or all",
        description:
          "A firm or provider sees its own orders, a city officer its city's, the corridor office all; paged and filtered.",
        querystring: schemas.OrderQuery,
        ok: schemas.OrderPage,
      },
      async (request) =>
        presentListPage(await orders.listOrders(request.principal, request.query), presentListedOrder),
    ),
    exportRoute(
      '/api/voucher-orders/export',
      {
        operationId: 'exportVoucherOrders',
        summary: 'The orders list as CSV or an Excel workbook',
        description: `Whoever may list the orders: the same filters and order as the list, at most ${exportRowsMax} rows, with firm, provider, service and city names and amounts in yuan.`,
        querystring: schemas.OrderExportQuery,
      },
      async (request, rowsMax) => orders.exportOrders(request.principal, request.query, rowsMax),
    ),
    get(
      '/api/voucher-orders/:id',
      {
        operationId: 'getVoucherOrder',
        summary: 'Get a voucher order',
        description:
          "The ordering firm, the provider, officers of the voucher's city, and the corridor office.",
        params: IdParams,
        ok: schemas.Order,
      },
      async (request) => presentOrder(await orders.getOrder(request.principal, request.params.id)),
    ),
    post(
      '/api/voucher-orders',
      {
        operationId: 'placeVoucherOrder',
        summary: "Order a provider's product with a voucher: the voucher share is computed and reserved",
        description:
          "A firm only, with a voucher it holds: reserves the voucher's share of the product's price.",
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
        operationId: 'cancelVoucherOrder',
        summary: 'Cancel an order before delivery; its reservation goes back to the voucher',
        description: 'The ordering firm, the provider, or the corridor office, while the order is reserved.',
        params: IdParams,
        body: schemas.CancelOrderBody,
        ok: schemas.Order,
      },
      async (request) =>
        presentOrder(await orders.cancelOrder(request.principal, request.params.id, request.body ?? {})),
    ),
  ]
}
