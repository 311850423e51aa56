// Routes of the providers' service products.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import type { ProductsService } from './products.service'
import { presentProduct } from './vouchers.presenters'
import * as schemas from './vouchers.schemas'

const tags = ['vouchers']

export function registerProductRoutes(instance: FastifyInstance, products: ProductsService) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
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
}
