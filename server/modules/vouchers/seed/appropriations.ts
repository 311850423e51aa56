// Appropriations: each budget year's money enters a scheme's budget before it is issued, in January (and a second
// tranche in July for large budgets): at least what the year issued, with room to spare, at least half the annual
// budget and at most all of it.
import { hourMs, dayMs, shanghaiMidnight, workingMoment } from '../../../seed/support/time'
import { shanghaiYearOf } from '../rules'
import { firstBudgetYearOf } from './schemes'
import { transfer, type VoucherSeed } from './state'
import type { Scheme } from './types'

interface Tranche {
  atMs: number
  amountFen: number
}

function tranchesOf(seed: VoucherSeed, scheme: Scheme, year: number): Tranche[] {
  const issuedFen = scheme.issuedByYear.get(year) ?? 0
  const annualFen = scheme.definition.annualBudgetFen
  const wantedFen = Math.max(
    Math.ceil((issuedFen * 1.25) / 100_000_00) * 100_000_00,
    Math.floor(annualFen / 2 / 100) * 100,
  )
  const totalFen = Math.min(annualFen, wantedFen)
  const firstMs = workingMoment(shanghaiMidnight(year, 0, seed.random.integer(4, 12)) + 10 * hourMs)
  const secondMs = workingMoment(shanghaiMidnight(year, 6, seed.random.integer(1, 10)) + 10 * hourMs)
  if (secondMs < seed.latestEventMs && totalFen >= 1_000_000_00) {
    const firstFen = Math.round((totalFen * 0.6) / 10_000_00) * 10_000_00
    return [
      { atMs: firstMs, amountFen: firstFen },
      { atMs: secondMs, amountFen: totalFen - firstFen },
    ]
  }
  return [{ atMs: Math.min(firstMs, seed.latestEventMs - dayMs), amountFen: totalFen }]
}

export function appropriateBudgets(seed: VoucherSeed, schemes: readonly Scheme[]): void {
  const lastYear = shanghaiYearOf(new Date(seed.endMs))
  for (const scheme of schemes) {
    for (let year = firstBudgetYearOf(seed); year <= lastYear; year++) {
      for (const tranche of tranchesOf(seed, scheme, year)) {
        const id = seed.makeId('vapp', tranche.atMs)
        const route = {
          from: seed.appropriationAccounts.get(scheme.definition.cityCode) ?? '',
          to: scheme.budgetAccountId,
        }
        const transferId = transfer(
          seed,
          'appropriation',
          route,
          tranche.amountFen,
          id,
          scheme.officer,
          tranche.atMs,
        )
        seed.out.appropriations.push({
          id,
          schemeId: scheme.row.id,
          cityCode: scheme.definition.cityCode,
          budgetYear: year,
          amountFen: tranche.amountFen,
          documentReference: `${scheme.definition.documentPrefix}〔${year}〕${seed.random.integer(3, 60)}号`,
          transferId,
          createdByUserId: scheme.officer,
          createdAt: new Date(tranche.atMs),
        })
      }
    }
  }
}
