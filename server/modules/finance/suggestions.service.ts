// The corridor-wide recompute: every firm's current score, then its ten best-fitting products (the firm conditions
// of matching, ranked by score margin, specificity and the institution's approvals), in batches of firms.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import { financePolicies as policies } from './finance.policies'
import { firmStages, type FirmStage } from './finance.reference'
import * as repository from './finance.repository'
import { prepareForSuggestions, topSuggestions } from './matching'
import { toMatchProduct } from './needs.service'
import type { FinanceRegistryAccess } from './products.service'
import { scoreBatchSize, type ScoresService } from './scores.service'

export const suggestionsPerFirm = 10
/** The catalogue considered at most: the alliance publishes about 2,000 products. */
const productsMax = 20_000
const batchesMax = 1000

const isStage = (value: string): value is FirmStage => (firmStages as readonly string[]).includes(value)

export function createSuggestionsService(
  db: Database,
  registry: FinanceRegistryAccess,
  scores: ScoresService,
) {
  /**
   * Returns how many firms were scored and how many suggestions were written. Runs on the database handle given: a
   * job passes its own transaction, since the embedded database has one connection, and its signal, checked
   * between batches so that a stopping server is not held up by the whole corridor.
   */
  async function recomputeCorridor(
    database: Database = db,
    signal?: AbortSignal,
  ): Promise<{ firms: number; suggestions: number }> {
    const firms = await scores.recomputeAll(database, { signal })
    const products = await repository.activeProducts(database, productsMax)
    const outcomes = await repository.outcomesByInstitution(database)
    const prepared = prepareForSuggestions(products.map(toMatchProduct), outcomes)
    let afterId: string | null = null
    let written = 0
    for (let batch = 0; batch < batchesMax; batch++) {
      signal?.throwIfAborted()
      const rows = await repository.firmBatch(database, afterId, scoreBatchSize)
      if (rows.length === 0) break
      const computedAt = new Date()
      const suggestions = rows.flatMap((row) => {
        if (!isStage(row.stage)) return []
        const firm = {
          cityCode: row.city_code,
          stage: row.stage,
          industryCode: row.industry_code,
          isHighTech: row.is_high_tech,
          isTechSme: row.is_tech_sme,
          scoreTenths: row.score_tenths ?? 0,
        }
        return topSuggestions(firm, prepared, suggestionsPerFirm).map((suggestion, index) => ({
          firmId: row.id,
          rank: index + 1,
          productId: suggestion.productId,
          fitTenths: suggestion.fitTenths,
          computedAt,
        }))
      })
      await repository.replaceSuggestions(
        database,
        rows.map((row) => row.id),
        suggestions,
      )
      written += suggestions.length
      afterId = rows[rows.length - 1]?.id ?? null
    }
    return { firms, suggestions: written }
  }

  async function suggestionsFor(principal: Principal | null, firmId: string) {
    const firm = await registry.getFirm(firmId)
    authorize(principal, policies.readScore, { cityCode: firm.cityCode, organisationId: firm.id })
    const rows = await repository.suggestionsOf(db, firm.id)
    return {
      firmId: firm.id,
      suggestions: rows.map((row) => ({
        rank: row.rank,
        productId: row.productId,
        fitTenths: row.fitTenths,
        computedAt: row.computedAt.toISOString(),
      })),
    }
  }

  return { recomputeCorridor, suggestionsFor }
}

export type SuggestionsService = ReturnType<typeof createSuggestionsService>
