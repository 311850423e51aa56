// Routes of the alliance's products, and the open needs a product fits.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { errorResponses, IdParams } from '../../platform/http/schemas'
import { narrow } from '../../platform/stored'
import { presentProduct } from './finance.presenters'
import { urgencies } from './finance.reference'
import * as schemas from './finance.schemas'
import type { NeedsService } from './needs.service'
import type { ProductsService } from './products.service'

const tags = ['finance']
const ok = (response: object) => ({ 200: response, ...errorResponses })

export function registerProductRoutes(
  instance: FastifyInstance,
  services: { products: ProductsService; needs: NeedsService },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { products, needs } = services
  app.get(
    '/api/finance-products',
    {
      schema: {
        tags,
        summary: "The alliance's finance products",
        querystring: schemas.ProductQuery,
        response: ok(schemas.ProductPage),
      },
    },
    async (request) => {
      const page = await products.listProducts(request.query)
      return { items: page.items.map(presentProduct), nextCursor: page.nextCursor }
    },
  )
  app.get(
    '/api/finance-products/:id',
    { schema: { tags, params: IdParams, response: ok(schemas.FinanceProduct) } },
    async (request) => presentProduct(await products.getProduct(request.params.id)),
  )
  app.post(
    '/api/finance-products',
    {
      schema: {
        tags,
        summary: 'Publish a product (an institution publishes its own)',
        body: schemas.CreateProductBody,
        response: { 201: schemas.FinanceProduct, ...errorResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentProduct(await products.createProduct(request.principal, request.body))),
  )
  app.patch(
    '/api/finance-products/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: schemas.UpdateProductBody,
        response: ok(schemas.FinanceProduct),
      },
    },
    async (request) =>
      presentProduct(await products.updateProduct(request.principal, request.params.id, request.body)),
  )
  app.get(
    '/api/finance-products/:id/matches',
    {
      schema: {
        tags,
        summary:
          "Open financing needs the product fits (no firm's indicators: those need the firm's consent)",
        params: IdParams,
        response: ok(schemas.ProductFirmMatches),
      },
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
  )
}
