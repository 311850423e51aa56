// Routes of the providers' service products.
import { get, patch, post, type Route } from '../../platform/http/routes'
import { IdParams, presentPage } from '../../platform/http/schemas'
import type { ProductsService } from './products.service'
import { presentProduct } from './vouchers.presenters'
import * as schemas from './vouchers.schemas'

export function productRoutes(products: ProductsService): Route[] {
  return [
    get(
      '/api/service-products',
      {
        summary: "Providers' service products (published ones unless a status is given)",
        querystring: schemas.ProductQuery,
        ok: schemas.ProductPage,
      },
      async (request) => presentPage(await products.listProducts(request.query), presentProduct),
    ),
    get('/api/service-products/:id', { params: IdParams, ok: schemas.Product }, async (request) =>
      presentProduct(await products.getProduct(request.params.id)),
    ),
    post(
      '/api/service-products',
      {
        summary: 'Publish a service product (the provider itself or the corridor office)',
        body: schemas.CreateProductBody,
        created: schemas.Product,
      },
      async (request) => presentProduct(await products.createProduct(request.principal, request.body)),
    ),
    patch(
      '/api/service-products/:id',
      { params: IdParams, body: schemas.UpdateProductBody, ok: schemas.Product },
      async (request) =>
        presentProduct(await products.updateProduct(request.principal, request.params.id, request.body)),
    ),
  ]
}
