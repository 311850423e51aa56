// The corridor-wide recompute: every firm's current score, then its ten best-fitting products (the firm conditions
// of matching, ranked by score margin, specificity and the institution's approvals), in slices of firms.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import { shanghaiDateOf } from '../../platform/calendar'
import { narrow } from '../../platform/stored'
import { financePolicies as policies } from './finance.policies'
import { firmStages, productTypes, type FirmStage } from './finance.reference'
import * as productsRepository from './products.repository'
import * as referralsRepository from './referrals.repository'
import * as repository from './suggestions.repository'
import { prepareForSuggestions, topSuggestions } from './matching'
import type { FinanceRegistryAccess } from './products.service'
import { scoreBatchSize, type ScoresService } from './scores.service'

export const suggestionsPerFirm = 10
/** The catalogue considered at most: the alliance publishes about 2,000 products. */
const productsMax = 20_000
const slicesMax = 1000

const isStage = (value: string): value is FirmStage => (firmStages as readonly string[]).includes(value)

export function createSuggestionsService(
  db: Database,
  registry: FinanceRegistryAccess,
  scores: ScoresService,
) {
  /**
   * One slice of the corridor: the next `scoreBatchSize` firms after `afterId` are scored, then given their ten
   * best-fitting products. Runs on the handle given (a job passes its transaction). Returns how many firms and
   * suggestions were written and where the next slice starts, null when this was the last.
   */
  async function recomputeSlice(database: Database, afterId: string | null) {
    const day = shanghaiDateOf()
    // One after another: a job's transaction is one connection, which runs one query at a time anyway (pg 9 will
    // refuse a second query while one runs).
    const parameters = await scores.storedParametersInForce(database, day)
    const products = await productsRepository.activeProducts(database, productsMax)
    const outcomes = await referralsRepository.outcomesByInstitution(database)
    const rows = await repository.firmBatch(database, afterId, scoreBatchSize)
    if (rows.length === 0) return { firms: 0, suggestions: 0, lastFirmId: null }
    const firms = rows.filter((row): row is (typeof rows)[number] & { stage: FirmStage } =>
      isStage(row.stage),
    )
    const scoreByFirm = await scores.scoreBatch(database, firms, parameters, day)
    const prepared = prepareForSuggestions(products, outcomes)
    const computedAt = new Date()
    const suggestions = firms.flatMap((row) => {
      const firm = {
        cityCode: row.city_code,
        stage: row.stage,
        industryCode: row.industry_code,
        isHighTech: row.is_high_tech,
        isTechSme: row.is_tech_sme,
        scoreTenths: scoreByFirm.get(row.id) ?? 0,
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
    // a short slice was the last one
    const lastFirmId = rows.length < scoreBatchSize ? null : (rows.at(-1)?.id ?? null)
    return { firms: rows.length, suggestions: suggestions.length, lastFirmId }
  }

  /**
   * The whole corridor, slice after slice, on one handle: what the benchmark and tests time. The background job
   * takes one slice a run instead (see index.ts), so that other work gets the database between slices.
   */
  async function recomputeCorridor(database: Database = db): Promise<{ firms: number; suggestions: number }> {
    let afterId: string | null = null
    const total = { firms: 0, suggestions: 0 }
    for (let slice = 0; slice < slicesMax; slice++) {
      const done: Awaited<ReturnType<typeof recomputeSlice>> = await recomputeSlice(database, afterId)
      total.firms += done.firms
      total.suggestions += done.suggestions
      if (done.lastFirmId === null) return total
      afterId = done.lastFirmId
    }
    throw new Error(`the corridor has more than ${slicesMax * scoreBatchSize} firms`)
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
        product: {
          id: row.productId,
          nameZh: row.productNameZh,
          nameEn: row.productNameEn,
          productType: narrow(productTypes, row.productType),
          rateCapBps: row.rateCapBps,
        },
        institution: { id: row.institutionId, nameZh: row.institutionNameZh, nameEn: row.institutionNameEn },
        fitTenths: row.fitTenths,
        computedAt: row.computedAt.toISOString(),
      })),
    }
  }

  return { recomputeSlice, recomputeCorridor, suggestionsFor }
}

export type SuggestionsService = ReturnType<typeof createSuggestionsService>
