// The alliance's products: each institution publishes and edits only its own.
import type { Database } from '../../db/client'
import { searchTextOf } from '../../db/search'
import { auditTrail } from '../../platform/audit'
import { authorize, requirePrincipal, type Principal } from '../../platform/authorization'
import { AppError, orRefuse } from '../../platform/errors'
import type { ExportTable } from '../../platform/export'
import { sortedPageRequest, toListPage } from '../../platform/http/list'
import { newId } from '../../platform/ids'
import { financePolicies as policies } from './finance.policies'
import { lendingTypes, type ProductType } from './finance.reference'
import type { MatchingCatalogue } from './catalogue'
import * as repository from './products.repository'
import { productExportColumns } from './products.export'
import type { CreateProductInput, ProductQueryInput, UpdateProductInput } from './finance.schemas'

const financeProductAudit = auditTrail('finance_product')
const productSortDefault = '-createdAt'

export interface FinanceRegistryAccess {
  getFirm(id: string): Promise<{
    id: string
    cityCode: string
    nameZh: string
    stage: string
    industryCode: string
    isHighTech: boolean
    isTechSme: boolean
  }>
  getInstitution(id: string): Promise<{ id: string; cityCode: string; nameZh: string }>
}

function requireConsistent(product: {
  productType: ProductType
  amountMinFen: number
  amountMaxFen: number
  termMinMonths: number
  termMaxMonths: number
  rateCapBps: number | null
}) {
  if (product.amountMinFen > product.amountMaxFen || product.termMinMonths > product.termMaxMonths) {
    throw new AppError('FINANCE_PRODUCT_RANGES_INVALID', product)
  }
  if (lendingTypes.includes(product.productType) !== (product.rateCapBps !== null)) {
    throw new AppError('FINANCE_PRODUCT_RATE_NOT_APPLICABLE', { productType: product.productType })
  }
}

export function createProductsService(
  db: Database,
  registry: FinanceRegistryAccess,
  catalogue: MatchingCatalogue,
) {
  async function getProduct(id: string) {
    return orRefuse(await repository.findProduct(db, id), 'FINANCE_PRODUCT_NOT_FOUND', { productId: id })
  }

  /** Anyone may list the alliance's catalogue: newest first unless a sort is asked for. */
  async function listProducts(query: ProductQueryInput) {
    const filter = {
      q: query.q,
      productType: query.type,
      institutionId: query.institution,
      cityServed: query.city,
      status: query.status,
    }
    const page = sortedPageRequest(query, productSortDefault)
    const read = await repository.listProducts(db, filter, page)
    return toListPage(page, read, (product) => product[page.order.key])
  }

  /** The products list as a file: the list's own read, bounded by the export's rows instead of a page. */
  async function exportProducts(
    query: ProductQueryInput,
    rowsMax: number,
  ): Promise<ExportTable<repository.NamedProductRow>> {
    const page = await listProducts({ ...query, cursor: undefined, limit: rowsMax })
    return {
      baseName: 'finance-products',
      sheetName: 'products',
      columns: productExportColumns,
      items: page.items,
      truncated: page.nextCursor !== null,
    }
  }

  async function createProduct(principal: Principal | null, input: CreateProductInput) {
    const caller = requirePrincipal(principal)
    const institutionId = input.institutionId ?? (caller.role === 'financier' ? caller.organisationId : null)
    if (institutionId === null) {
      throw new AppError('VALIDATION_FAILED', { problems: [{ path: '/institutionId', rule: 'required' }] })
    }
    const institution = await registry.getInstitution(institutionId)
    const actor = authorize(caller, policies.writeProduct, {
      cityCode: institution.cityCode,
      organisationId: institution.id,
    })
    requireConsistent(input)
    const fields = { ...input }
    delete fields.institutionId
    const created = await financeProductAudit.insert(db, actor, input, (transaction) =>
      repository.insertProduct(transaction, {
        ...fields,
        id: newId('fprd'),
        institutionId: institution.id,
        cityCode: institution.cityCode,
        searchText: searchTextOf(input.nameZh, input.nameEn, institution.nameZh),
      }),
    )
    catalogue.invalidate()
    return created
  }

  async function updateProduct(principal: Principal | null, id: string, changes: UpdateProductInput) {
    const product = await getProduct(id)
    const actor = authorize(principal, policies.writeProduct, {
      cityCode: product.cityCode,
      organisationId: product.institutionId,
    })
    const merged = { ...product, ...changes }
    requireConsistent({ ...merged, productType: merged.productType as ProductType })
    const updated = await financeProductAudit.update(db, actor, product, changes, (transaction) =>
      repository.updateProduct(transaction, id, {
        ...changes,
        searchText: searchTextOf(merged.nameZh, merged.nameEn),
      }),
    )
    catalogue.invalidate()
    return updated
  }

  return { getProduct, listProducts, exportProducts, createProduct, updateProduct }
}

export type ProductsService = ReturnType<typeof createProductsService>
