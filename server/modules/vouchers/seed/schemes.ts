// Phase 1: the cities' schemes, set up in the December before the first budget year, one a day in the catalogue's
// order (which the ids keep), each with its budget, payable and paid accounts, and each city's appropriation account.
import { hourMs, shanghaiMidnight } from '../../../seed/support/time'
import { shanghaiYearOf } from '../rules'
import { schemeDefinitions } from './catalogue'
import { openAccount, type VoucherSeed } from './state'
import { withId, type Scheme, type SchemeRow } from './types'

/** The first Shanghai calendar year the seeded activity touches. */
export const firstBudgetYearOf = (seed: VoucherSeed) => shanghaiYearOf(new Date(seed.startMs))

export function generateSchemes(seed: VoucherSeed): Scheme[] {
  const firstBudgetYear = firstBudgetYearOf(seed)
  const schemes: Scheme[] = []
  for (const [position, definition] of schemeDefinitions.entries()) {
    const createdAtMs = shanghaiMidnight(firstBudgetYear - 1, 11, 1 + position) + 10 * hourMs
    const id = seed.makeId('vsch', createdAtMs)
    const cityCode = definition.cityCode
    if (!seed.appropriationAccounts.has(cityCode)) {
      seed.appropriationAccounts.set(
        cityCode,
        openAccount(seed, 'appropriation', cityCode, cityCode, createdAtMs),
      )
    }
    const budgetAccountId = openAccount(seed, 'budget', id, cityCode, createdAtMs)
    const row = withId<SchemeRow>({
      id,
      cityCode,
      nameZh: definition.name.zh,
      nameEn: definition.name.en,
      voucherType: definition.voucherType,
      eligibleFirms: [...definition.eligibleFirms],
      annualBudgetFen: definition.annualBudgetFen,
      claimCapFen: definition.claimCapFen,
      firmYearCapFen: definition.firmYearCapFen,
      firmTotalCapFen: definition.firmTotalCapFen,
      voucherShareMaxPercent: definition.voucherShareMaxPercent,
      fullCoverageBelowFen: definition.fullCoverageBelowFen,
      validityDays: definition.validityDays,
      serviceCategories: [...definition.serviceCategories],
      settlementModel: definition.settlementModel,
      utilisationGatePercent: definition.utilisationGatePercent,
      spotCheckPercent: definition.spotCheckPercent,
      recognisedCityCodes: [...definition.recognisedCityCodes],
      status: 'open',
      budgetAccountId,
      isSynthetic: true,
      createdAt: new Date(createdAtMs),
      updatedAt: new Date(createdAtMs),
    })
    seed.out.schemes.push(row)
    schemes.push({
      row,
      definition,
      budgetAccountId,
      payableAccountId: openAccount(seed, 'payable', id, cityCode, createdAtMs),
      paidAccountId: openAccount(seed, 'paid', id, cityCode, createdAtMs),
      officer: seed.officerOf(cityCode),
      issuedByYear: new Map(),
      productsByCity: new Map(),
      cityWeights: [],
    })
  }
  return schemes
}
