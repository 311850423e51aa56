// The vouchers module's routes (each resource's, in the order of the API document), with the routes of the
// reference lists and of issued vouchers.
import type { FastifyInstance } from 'fastify'
import { defineRoutes, get, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import type { ClaimsService } from './claims.service'
import { claimRoutes } from './claims.routes'
import type { LedgerService } from './ledger.service'
import { ledgerRoutes } from './ledger.routes'
import type { OrdersService } from './orders.service'
import { orderRoutes } from './orders.routes'
import type { ProductsService } from './products.service'
import { productRoutes } from './products.routes'
import { redemptionRoutes, type RedemptionServices } from './redemptions.routes'
import type { SchemesService } from './schemes.service'
import { schemeRoutes } from './schemes.routes'
import { presentLedgerEntry, presentReference, presentVoucher } from './vouchers.presenters'
import * as schemas from './vouchers.schemas'
import type { VouchersService } from './vouchers.service'

export interface VoucherServices extends RedemptionServices {
  schemes: SchemesService
  products: ProductsService
  claims: ClaimsService
  vouchers: VouchersService
  orders: OrdersService
  ledger: LedgerService
}

export function registerVoucherRoutes(app: FastifyInstance, services: VoucherServices) {
  defineRoutes(app, { tags: ['vouchers'] }, [
    get(
      '/api/voucher-reference',
      {
        summary:
          'Voucher types, eligibility, service categories, settlement models, units: names in zh and en',
        ok: schemas.VoucherReference,
        errors: false,
      },
      async () => presentReference(),
    ),
    ...schemeRoutes(services.schemes),
    ...productRoutes(services.products),
    ...claimRoutes(services.claims),
    ...issuedVoucherRoutes(services.vouchers),
    ...orderRoutes(services.orders),
    ...ledgerRoutes(services.ledger),
    ...redemptionRoutes(services),
  ])
}

/** Vouchers themselves: a holder its own, an officer its city's, the corridor office all. */
function issuedVoucherRoutes(vouchers: VouchersService): Route[] {
  return [
    get(
      '/api/vouchers',
      {
        summary:
          "Vouchers the caller may see: a firm's own, an officer's city's, all for the corridor office",
        querystring: schemas.VoucherQuery,
        ok: schemas.VoucherPage,
      },
      async (request) => {
        const page = await vouchers.listVouchers(request.principal, request.query)
        const now = new Date()
        return presentPage(page, (item) => presentVoucher(item, now))
      },
    ),
    get(
      '/api/vouchers/by-number/:number',
      {
        summary: 'Find a voucher by its number; a wrong check character answers VOUCHER_NUMBER_INVALID',
        params: schemas.VoucherNumberParams,
        ok: schemas.Voucher,
      },
      async (request) =>
        presentVoucher(await vouchers.getVoucherByNumber(request.principal, request.params.number)),
    ),
    get('/api/vouchers/:id', { params: IdParams, ok: schemas.Voucher }, async (request) =>
      presentVoucher(await vouchers.getVoucher(request.principal, request.params.id)),
    ),
    get(
      '/api/vouchers/:id/ledger',
      {
        summary: "The ledger transfers of a voucher's balance and reservation, oldest first",
        params: IdParams,
        querystring: schemas.LedgerEntryQuery,
        ok: schemas.LedgerEntryPage,
      },
      async (request) =>
        presentPage(
          await vouchers.listLedgerEntries(request.principal, request.params.id, request.query),
          presentLedgerEntry,
        ),
    ),
  ]
}
