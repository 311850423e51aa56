// What every ranking reads: the active products of a type and the institutions' past outcomes. Both change far
// less often than needs are matched, so they are held in memory for a few seconds; a write in this process drops
// them at once, and a write in another process (several servers on one PostgreSQL) shows within the time to live.
import type { Database } from '../../db/client'
import { createTtlCache, type TtlCache } from '../../platform/cache'
import { productTypes } from './finance.reference'
import * as productsRepository from './products.repository'
import * as referralsRepository from './referrals.repository'

/** Spares each ranking its two heaviest reads (hundreds of product rows, a count over every referral). */
export const catalogueTtlMs = 5000
/** The most products of one type a need is matched against. */
export const candidateProductsMax = 5000

export type Outcomes = Map<string, { approved: number; decided: number }>

/** The candidates of one type, each with its institution named (a match card names it without a lookup). */
export interface ProductsOfType {
  products: productsRepository.NamedProductRow[]
  byId: ReadonlyMap<string, productsRepository.NamedProductRow>
}

export function createMatchingCatalogue(
  db: Database,
  options: { ttlMs: number } = { ttlMs: catalogueTtlMs },
) {
  // Promises are kept, not values, so that concurrent rankings after an expiry share one read.
  const productsByType = createTtlCache<Promise<ProductsOfType>>({
    ttlMs: options.ttlMs,
    entriesMax: productTypes.length,
  })
  const outcomes = createTtlCache<Promise<Outcomes>>({ ttlMs: options.ttlMs, entriesMax: 1 })

  function remembered<Value>(
    cache: TtlCache<Promise<Value>>,
    key: string,
    read: () => Promise<Value>,
  ): Promise<Value> {
    const cached = cache.get(key)
    if (cached !== undefined) return cached.value
    const reading = read()
    cache.set(key, reading)
    // A failed read is not remembered: the next ranking tries again.
    reading.catch(() => cache.delete(key))
    return reading
  }

  function activeProductsOfType(productType: string): Promise<ProductsOfType> {
    return remembered(productsByType, productType, async () => {
      const products = await productsRepository.activeProductsOfType(db, productType, candidateProductsMax)
      return { products, byId: new Map(products.map((product) => [product.id, product])) }
    })
  }

  function outcomesByInstitution(): Promise<Outcomes> {
    return remembered(outcomes, 'all', () => referralsRepository.outcomesByInstitution(db))
  }

  /** After a product is written or a referral decided in this process. */
  function invalidate() {
    productsByType.clear()
    outcomes.clear()
  }

  return { activeProductsOfType, outcomesByInstitution, invalidate }
}

export type MatchingCatalogue = ReturnType<typeof createMatchingCatalogue>
