// Thin routes: parse, call one service function, shape the answer.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import {
  errorResponses,
  groupCommitErrorResponses,
  IdParams,
  PageQuery,
  StrictObject,
} from '../../platform/http/schemas'
import { sendKeyedOutcome, statementClaimOf } from '../../platform/idempotency'
import type { ClaimsService } from './claims.service'
import type { LedgerService } from './ledger.service'
import type { OrdersService } from './orders.service'
import type { ProductsService } from './products.service'
import type { SchemesService } from './schemes.service'
import {
  presentAppropriation,
  presentClaim,
  presentLedgerEntry,
  presentOrder,
  presentProduct,
  presentReference,
  presentScheme,
  presentVoucher,
} from './vouchers.presenters'
import * as schemas from './vouchers.schemas'
import type { VouchersService } from './vouchers.service'

export interface VoucherServices {
  schemes: SchemesService
  products: ProductsService
  claims: ClaimsService
  vouchers: VouchersService
  orders: OrdersService
  ledger: LedgerService
}

const PageOnlyQuery = StrictObject({ ...PageQuery })

export function registerVoucherRoutes(instance: FastifyInstance, services: VoucherServices) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { schemes, products, claims, vouchers, orders, ledger } = services
  const tags = ['vouchers']

  app.get(
    '/api/voucher-reference',
    {
      schema: {
        tags,
        summary:
          'Voucher types, eligibility, service categories, settlement models, units: names in zh and en',
        response: { 200: schemas.VoucherReference },
      },
    },
    async () => presentReference(),
  )

  // ---- schemes ----
  app.get(
    '/api/voucher-schemes',
    {
      schema: {
        tags,
        summary: "The cities' voucher schemes with their budgets",
        querystring: schemas.SchemeQuery,
        response: { 200: schemas.SchemePage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await schemes.listSchemes(request.query)
      return { items: page.items.map(presentScheme), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/voucher-schemes/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Scheme, ...errorResponses } } },
    async (request) => presentScheme(await schemes.getScheme(request.params.id)),
  )
  app.post(
    '/api/voucher-schemes',
    {
      schema: {
        tags,
        summary: 'Create a scheme of a city (its officers or the corridor office)',
        body: schemas.CreateSchemeBody,
        response: { 201: schemas.Scheme, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentScheme(await schemes.createScheme(request.principal, request.body))),
  )
  app.patch(
    '/api/voucher-schemes/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.UpdateSchemeBody,
        response: { 200: schemas.Scheme, ...errorResponses },
      },
    },
    async (request) =>
      presentScheme(await schemes.updateScheme(request.principal, request.params.id, request.body)),
  )
  app.get(
    '/api/voucher-schemes/:id/appropriations',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: PageOnlyQuery,
        response: { 200: schemas.AppropriationPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await schemes.listAppropriations(request.params.id, request.query)
      return { items: page.items.map(presentAppropriation), nextCursor: page.nextCursor }
    },
  )
  app.post(
    '/api/voucher-schemes/:id/appropriations',
    {
      schema: {
        tags,
        summary: "Fund the scheme's budget: a ledger transfer from the city's appropriation source",
        params: IdParams,
        body: schemas.CreateAppropriationBody,
        response: { 201: schemas.AppropriationResult, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await schemes.appropriate(request.principal, request.params.id, request.body)
      return reply.code(201).send({
        appropriation: presentAppropriation(result.appropriation),
        scheme: presentScheme(result.scheme),
      })
    },
  )

  // ---- service products ----
  app.get(
    '/api/service-products',
    {
      schema: {
        tags,
        summary: "Providers' service products (published ones unless a status is given)",
        querystring: schemas.ProductQuery,
        response: { 200: schemas.ProductPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await products.listProducts(request.query)
      return { items: page.items.map(presentProduct), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/service-products/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Product, ...errorResponses } } },
    async (request) => presentProduct(await products.getProduct(request.params.id)),
  )
  app.post(
    '/api/service-products',
    {
      schema: {
        tags,
        summary: 'Publish a service product (the provider itself or the corridor office)',
        body: schemas.CreateProductBody,
        response: { 201: schemas.Product, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentProduct(await products.createProduct(request.principal, request.body))),
  )
  app.patch(
    '/api/service-products/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.UpdateProductBody,
        response: { 200: schemas.Product, ...errorResponses },
      },
    },
    async (request) =>
      presentProduct(await products.updateProduct(request.principal, request.params.id, request.body)),
  )

  // ---- claims ----
  app.get(
    '/api/voucher-claims',
    {
      schema: {
        tags,
        summary: "Claims the caller may see: a firm's own, an officer's city's, all for the corridor office",
        querystring: schemas.ClaimQuery,
        response: { 200: schemas.ClaimPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await claims.listClaims(request.principal, request.query)
      return { items: page.items.map(presentClaim), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/voucher-claims/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Claim, ...errorResponses } } },
    async (request) => presentClaim(await claims.getClaim(request.principal, request.params.id)),
  )
  app.post(
    '/api/voucher-claims',
    {
      schema: {
        tags,
        summary: 'Claim (申领) a voucher under a scheme of the firm’s city',
        body: schemas.CreateClaimBody,
        response: { 201: schemas.Claim, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentClaim(await claims.submitClaim(request.principal, request.body))),
  )
  app.post(
    '/api/voucher-claims/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve a claim (possibly for less) and issue its voucher: the issuing city’s officers',
        params: IdParams,
        body: schemas.ApproveClaimBody,
        response: { 200: schemas.ClaimDecision, ...errorResponses },
      },
    },
    async (request) => {
      const decision = await claims.approveClaim(request.principal, request.params.id, request.body)
      return { claim: presentClaim(decision.claim), voucher: presentVoucher(decision.voucher) }
    },
  )
  app.post(
    '/api/voucher-claims/:id/reject',
    {
      schema: {
        tags,
        summary: 'Reject a claim with a reason: the issuing city’s officers',
        params: IdParams,
        body: schemas.RejectClaimBody,
        response: { 200: schemas.ClaimDecision, ...errorResponses },
      },
    },
    async (request) => {
      const decision = await claims.rejectClaim(request.principal, request.params.id, request.body)
      return { claim: presentClaim(decision.claim), voucher: null }
    },
  )

  // ---- vouchers ----
  app.get(
    '/api/vouchers',
    {
      schema: {
        tags,
        summary:
          "Vouchers the caller may see: a firm's own, an officer's city's, all for the corridor office",
        querystring: schemas.VoucherQuery,
        response: { 200: schemas.VoucherPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await vouchers.listVouchers(request.principal, request.query)
      const now = new Date()
      return { items: page.items.map((item) => presentVoucher(item, now)), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/vouchers/by-number/:number',
    {
      schema: {
        tags,
        summary: 'Find a voucher by its number; a wrong check character answers VOUCHER_NUMBER_INVALID',
        params: schemas.VoucherNumberParams,
        response: { 200: schemas.Voucher, ...errorResponses },
      },
    },
    async (request) =>
      presentVoucher(await vouchers.getVoucherByNumber(request.principal, request.params.number)),
  )
  app.get(
    '/api/vouchers/:id',
    { schema: { tags, params: IdParams, response: { 200: schemas.Voucher, ...errorResponses } } },
    async (request) => presentVoucher(await vouchers.getVoucher(request.principal, request.params.id)),
  )
  app.get(
    '/api/vouchers/:id/ledger',
    {
      schema: {
        tags,
        summary: "The ledger transfers of a voucher's balance and reservation, oldest first",
        params: IdParams,
        querystring: schemas.LedgerEntryQuery,
        response: { 200: schemas.LedgerEntryPage, ...errorResponses },
      },
    },
    async (request) => {
      const page = await vouchers.listLedgerEntries(request.principal, request.params.id, request.query)
      return { items: page.items.map(presentLedgerEntry), nextCursor: page.nextCursor }
    },
  )

  // ---- orders ----
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

  // ---- ledger ----
  app.get(
    '/api/voucher-ledger/verification',
    {
      schema: {
        tags,
        summary: 'Check every ledger invariant and name the first violation (the corridor office)',
        response: { 200: schemas.LedgerVerificationSchema, ...errorResponses },
      },
    },
    async (request) => ledger.verify(request.principal),
  )
}
