// Service products: what a provider offers for vouchers (category, bilingual name and description, price).
import type { Database } from '../../db/client'
import { auditTrail } from '../../platform/audit'
import { authorize, requirePrincipal, type Principal } from '../../platform/authorization'
import { AppError, orRefuse } from '../../platform/errors'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { newId } from '../../platform/ids'
import * as repository from './products.repository'
import type { RegistryAccess } from './registry-access'
import { voucherPolicies as policies } from './vouchers.policies'
import type { CreateProductInput, ProductQueryInput, UpdateProductInput } from './vouchers.schemas'

const serviceProductAudit = auditTrail('service_product')

const searchTextOf = (nameZh: string, nameEn: string) => `${nameZh} ${nameEn}`.toLowerCase()

export function createProductsService(db: Database, registry: RegistryAccess) {
  async function getProduct(id: string) {
    return orRefuse(await repository.findProduct(db, id), 'PRODUCT_NOT_FOUND', { productId: id })
  }

  /** The public catalogue: published products unless another status is asked for. */
  async function listProducts(query: ProductQueryInput) {
    const page = sortedPageRequest(query, '-createdAt')
    const read = await repository.listProducts(db, { ...query, status: query.status ?? 'published' }, page)
    return toListPage(page, read, (product) => product[page.order.key])
  }

  async function createProduct(principal: Principal | null, input: CreateProductInput) {
    const caller = requirePrincipal(principal)
    const providerId = input.providerId ?? (caller.role === 'provider' ? caller.organisationId : null)
    if (providerId === null) {
      throw new AppError('VALIDATION_FAILED', { problems: [{ path: '/providerId', rule: 'required' }] })
    }
    const actor = authorize(caller, policies.writeProduct, { organisationId: providerId })
    const provider = await registry.getProvider(providerId)
    return db.transaction(async (transaction) => {
      const product = await repository.insertProduct(transaction, {
        id: newId('sprod'),
        providerId,
        providerCityCode: provider.cityCode,
        category: input.category,
        nameZh: input.nameZh,
        nameEn: input.nameEn,
        descriptionZh: input.descriptionZh,
        descriptionEn: input.descriptionEn,
        priceFen: input.priceFen,
        priceUnit: input.priceUnit,
        searchText: searchTextOf(input.nameZh, input.nameEn),
      })
      const subject = { id: product.id, cityCode: provider.cityCode }
      await serviceProductAudit.record(transaction, actor, 'create', subject, { ...input, providerId })
      return product
    })
  }

  /** Price changes apply to new orders only: an order keeps the unit price it was placed at. */
  async function updateProduct(principal: Principal | null, id: string, changes: UpdateProductInput) {
    const product = await getProduct(id)
    const actor = authorize(principal, policies.writeProduct, { organisationId: product.providerId })
    return db.transaction(async (transaction) => {
      const updated = await repository.updateProduct(transaction, id, {
        ...changes,
        searchText: searchTextOf(changes.nameZh ?? product.nameZh, changes.nameEn ?? product.nameEn),
      })
      const subject = { id, cityCode: product.providerCityCode }
      await serviceProductAudit.record(transaction, actor, 'update', subject, changes)
      return updated ?? product
    })
  }

  return { getProduct, listProducts, createProduct, updateProduct }
}

export type ProductsService = ReturnType<typeof createProductsService>
