// Routes of the alliance's products, and the open needs a product fits.
import { get, patch, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import { narrow } from '../../platform/stored'
import { presentProduct } from './finance.presenters'
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
        summary: "The alliance's finance products",
        querystring: schemas.ProductQuery,
        ok: schemas.ProductPage,
      },
      async (request) => presentPage(await products.listProducts(request.query), presentProduct),
    ),
    get('/api/finance-products/:id', { params: IdParams, ok: schemas.FinanceProduct }, async (request) =>
      presentProduct(await products.getProduct(request.params.id)),
    ),
    post(
      '/api/finance-products',
      {
        summary: 'Publish a product (an institution publishes its own)',
        body: schemas.CreateProductBody,
        created: schemas.FinanceProduct,
      },
      async (request) => presentProduct(await products.createProduct(request.principal, request.body)),
    ),
    patch(
      '/api/finance-products/:id',
      { params: IdParams, body: schemas.UpdateProductBody, ok: schemas.FinanceProduct },
      async (request) =>
        presentProduct(await products.updateProduct(request.principal, request.params.id, request.body)),
    ),
    get(
      '/api/finance-products/:id/matches',
      {
        summary:
          "Open financing needs the product fits (no firm's indicators: those need the firm's consent)",
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
