// Routes of the alliance's products, and the open needs a product fits.
import { exportRoute, exportRowsMax } from '../../platform/export'
import { presentListPage } from '../../platform/http/list'
import { get, patch, post, type Route } from '../../platform/http/routes'
import { IdParams } from '../../platform/http/schemas'
import { narrow } from '../../platform/stored'
import { presentListedProduct, presentProduct } from './finance.presenters'
import { urgencies } from './finance.reference'
import * as schemas from './finance.schemas'
import type { NeedsService } from './needs.service'
import type { ProductsService } from './products.service'

export function productRoutes(services: { products: ProductsService; needs: NeedsService }): Route[] {
  const { products, needs } = services
  return [
    get(
      '/api/finance-products',
      {
        operationId: 'listFinanceProducts',
        summary: "The alliance's finance products",
        description:
          'Anyone: loans, guarantees, insurance and equity products of the financial services alliance, each with its institution named; newest first unless sorted, paged, counted and filtered.',
        querystring: schemas.ProductQuery,
        ok: schemas.ProductPage,
      },
      async (request) => presentListPage(await products.listProducts(request.query), presentListedProduct),
    ),
    exportRoute(
      '/api/finance-products/export',
      {
        operationId: 'exportFinanceProducts',
        summary: 'The finance products list as CSV or an Excel workbook',
        description: `Anyone, as the list: the same filters and order, at most ${exportRowsMax} rows, with institution and city names and amounts in yuan.`,
        querystring: schemas.ProductExportQuery,
      },
      async (request, rowsMax) => products.exportProducts(request.query, rowsMax),
    ),
    get(
      '/api/finance-products/:id',
      {
        operationId: 'getFinanceProduct',
        summary: 'Get a finance product',
        description: 'Anyone: one finance product with its conditions.',
        params: IdParams,
        ok: schemas.FinanceProduct,
      },
      async (request) => presentProduct(await products.getProduct(request.params.id)),
    ),
    post(
      '/api/finance-products',
      {
        operationId: 'createFinanceProduct',
        summary: 'Publish a product (an institution publishes its own)',
        description: 'A financial institution for itself, or the corridor office.',
        body: schemas.CreateProductBody,
        created: schemas.FinanceProduct,
      },
      async (request) => presentProduct(await products.createProduct(request.principal, request.body)),
    ),
    patch(
      '/api/finance-products/:id',
      {
        operationId: 'updateFinanceProduct',
        summary: 'Update a finance product',
        description: 'The institution that offers it, or the corridor office.',
        params: IdParams,
        body: schemas.UpdateProductBody,
        ok: schemas.FinanceProduct,
      },
      async (request) =>
        presentProduct(await products.updateProduct(request.principal, request.params.id, request.body)),
    ),
    get(
      '/api/finance-products/:id/matches',
      {
        operationId: 'listFinanceProductMatches',
        summary:
          "Open financing needs the product fits (no firm's indicators: those need the firm's consent)",
        description: 'The institution that offers the product, or the corridor office.',
        params: IdParams,
        ok: schemas.ProductFirmMatches,
      },
      async (request) => {
        const result = await needs.needsForProduct(
          request.principal,
          await products.getProduct(request.params.id),
        )
        return {
          ...result,
          needs: result.needs.map((need) => ({ ...need, urgency: narrow(urgencies, need.urgency) })),
        }
      },
    ),
  ]
}
