// Routes of voucher orders: place one (its statement writes the Idempotency-Key), read, cancel.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, groupCommitErrorResponses, IdParams } from '../../platform/http/schemas'
import { sendKeyedOutcome, statementClaimOf } from '../../platform/idempotency'
import type { OrdersService } from './orders.service'
import { presentOrder } from './vouchers.presenters'
import * as schemas from './vouchers.schemas'

const tags = ['vouchers']

export function registerOrderRoutes(instance: FastifyInstance, orders: OrdersService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.get(
    '/api/voucher-orders',
    {
      schema: {
        tags,
        summary: "Orders the caller may see: its firm's or provider's own, its city's, or all",
        querystring: schemas.OrderQuery,
        response: { 200: schemas.OrderPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await orders.listOrders(request.principal, request.query)
      return { items: page.items.map(presentOrder), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/voucher-orders/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Order, ...errorResponses } } },
    async (request) => presentOrder(await orders.getOrder(request.principal, request.params.id)),
  )
  app.post(
    '/api/voucher-orders',
    {
      // the order's own statement writes the Idempotency-Key: one round trip and one commit an order
      config: { idempotency: 'statement' },
      schema: {
        tags,
        summary: "Order a provider's product with a voucher: the voucher share is computed and reserved",
        body: schemas.CreateOrderBody,
        response: { 201: schemas.Order, ...groupCommitErrorResponses },
      },
    },
    async (request, reply) =>
      sendKeyedOutcome(
        reply,
        201,
        await orders.placeOrder(request.principal, request.body, statementClaimOf(request)),
        presentOrder,
      ),
  )
  app.post(
    '/api/voucher-orders/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel an order before delivery; its reservation goes back to the voucher',
        params: IdParams,
        body: schemas.CancelOrderBody,
        response: { 200: schemas.Order, ...errorResponses },
      },
    },
    async (request) =>
      presentOrder(await orders.cancelOrder(request.principal, request.params.id, request.body ?? {})),
  )
}
