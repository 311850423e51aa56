// The vouchers module's registrar (each resource's routes, in the order of the API document), with the routes of
// the reference lists and of issued vouchers.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import type { ClaimsService } from './claims.service'
import { registerClaimRoutes } from './claims.routes'
import type { LedgerService } from './ledger.service'
import { registerLedgerRoutes } from './ledger.routes'
import type { OrdersService } from './orders.service'
import { registerOrderRoutes } from './orders.routes'
import type { ProductsService } from './products.service'
import { registerProductRoutes } from './products.routes'
import type { SchemesService } from './schemes.service'
import { registerSchemeRoutes } from './schemes.routes'
import { presentLedgerEntry, presentReference, presentVoucher } from './vouchers.presenters'
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

const tags = ['vouchers']

export function registerVoucherRoutes(app: FastifyInstance, services: VoucherServices) {
  registerReferenceRoutes(app)
  registerSchemeRoutes(app, services.schemes)
  registerProductRoutes(app, services.products)
  registerClaimRoutes(app, services.claims)
  registerIssuedVoucherRoutes(app, services.vouchers)
  registerOrderRoutes(app, services.orders)
  registerLedgerRoutes(app, services.ledger)
}

function registerReferenceRoutes(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
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
}

/** Vouchers themselves: a holder its own, an officer its city's, the corridor office all. */
export function registerIssuedVoucherRoutes(instance: FastifyInstance, vouchers: VouchersService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
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
}
