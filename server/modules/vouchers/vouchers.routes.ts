// The vouchers module's routes (each resource's, in the order of the API document), with the routes of the
// reference lists and of issued vouchers.
import type { FastifyInstance } from 'fastify'
import { defineRoutes, get, type Route } from '../../platform/http/routes'
import { presentListPage } from '../../platform/http/list'
import { exportRoute, exportRowsMax } from '../../platform/export'
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
        operationId: 'getVoucherReference',
        summary:
          'Voucher types, eligibility, service categories, settlement models, units: names in zh and en',
        description:
          'Anyone: the reference lists voucher forms and filters use, with names in both languages.',
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
        operationId: 'listVouchers',
        summary:
          "Vouchers the caller may see: a firm's own, an officer's city's, all for the corridor office",
        description:
          'A firm sees its own vouchers, a city officer those its city issued, the corridor office all; paged and filtered.',
        querystring: schemas.VoucherQuery,
        ok: schemas.VoucherPage,
      },
      async (request) => {
        const page = await vouchers.listVouchers(request.principal, request.query)
        const now = new Date()
        return presentListPage(page, (item) => presentVoucher(item, now))
      },
    ),
    exportRoute(
      '/api/vouchers/export',
      {
        operationId: 'exportVouchers',
        summary: 'The vouchers list as CSV or an Excel workbook',
        description: `Whoever may list the vouchers: the same filters and order as the list, at most ${exportRowsMax} rows, with holder, scheme and city names and amounts in yuan.`,
        querystring: schemas.VoucherExportQuery,
      },
      async (request, rowsMax) => vouchers.exportVouchers(request.principal, request.query, rowsMax),
    ),
    get(
      '/api/vouchers/by-number/:number',
      {
        operationId: 'getVoucherByNumber',
        summary: 'Find a voucher by its number; a wrong check character answers VOUCHER_NUMBER_INVALID',
        description:
          'The holding firm, officers of the issuing city, and the corridor office: looks a voucher up by the number printed on it.',
        params: schemas.VoucherNumberParams,
        ok: schemas.Voucher,
      },
      async (request) =>
        presentVoucher(await vouchers.getVoucherByNumber(request.principal, request.params.number)),
    ),
    get(
      '/api/vouchers/:id',
      {
        operationId: 'getVoucher',
        summary: 'Get a voucher',
        description: 'The holding firm, officers of the issuing city, and the corridor office.',
        params: IdParams,
        ok: schemas.Voucher,
      },
      async (request) => presentVoucher(await vouchers.getVoucher(request.principal, request.params.id)),
    ),
    get(
      '/api/vouchers/:id/ledger',
      {
        operationId: 'listVoucherLedgerEntries',
        summary: "The ledger transfers of a voucher's balance and reservation, newest first",
        description:
          "The holding firm, officers of the issuing city, and the corridor office: every transfer that moved the voucher's money.",
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
