// Routes of the providers' service products.
import { get, patch, post, type Route } from '../../platform/http/routes'
import { presentListPage } from '../../platform/http/list'
import { IdParams } from '../../platform/http/schemas'
import type { ProductsService } from './products.service'
import { presentListedProduct, presentProduct } from './vouchers.presenters'
import * as schemas from './vouchers.schemas'

export function productRoutes(products: ProductsService): Route[] {
  return [
    get(
      '/api/service-products',
      {
        operationId: 'listServiceProducts',
        summary: "Providers' service products (published ones unless a status is given)",
        description:
          "Anyone: providers' service products that vouchers pay for, named with their providers, newest first or by price, counted, paged and filtered by category, city and provider.",
        querystring: schemas.ProductQuery,
        ok: schemas.ProductPage,
      },
      async (request) => presentListPage(await products.listProducts(request.query), presentListedProduct),
    ),
    get(
      '/api/service-products/:id',
      {
        operationId: 'getServiceProduct',
        summary: 'Get a service product',
        description: 'Anyone: one service product.',
        params: IdParams,
        ok: schemas.Product,
      },
      async (request) => presentProduct(await products.getProduct(request.params.id)),
    ),
    post(
      '/api/service-products',
      {
        operationId: 'createServiceProduct',
        summary: 'Publish a service product (the provider itself or the corridor office)',
        description:
          'The provider itself or the corridor office: publishes a product with its price and the voucher share it accepts.',
        body: schemas.CreateProductBody,
        created: schemas.Product,
      },
      async (request) => presentProduct(await products.createProduct(request.principal, request.body)),
    ),
    patch(
      '/api/service-products/:id',
      {
        operationId: 'updateServiceProduct',
        summary: 'Update a service product',
        description: 'The provider that offers it, or the corridor office.',
        params: IdParams,
        body: schemas.UpdateProductBody,
        ok: schemas.Product,
      },
      async (request) =>
        presentProduct(await products.updateProduct(request.principal, request.params.id, request.body)),
    ),
  ]
}
