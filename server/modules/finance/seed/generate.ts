// Tech finance for the demo corridor, ending at a given moment: the alliance institutions' products, every firm's
// innovation-points indicators (from its registry figures, each with its source and the reporting year-end it
// describes) and the score the default parameter set gives them, and a year and a half of financing needs,
// consent-gated referrals, decisions, drawdowns and workstation cases, growing over time. A pure function of the
// registry rows, the seed and that moment (no database, no clock, no Math.random).
//
// Referrals only go to products the firm is eligible for (the matcher's own hard filters), decisions keep loans
// within the product's rate cap, and a drawdown is a firm's first loan exactly when no earlier loan of it was drawn.
// Actors are synthetic user ids, except for the demo accounts, which appear as demoUserToken(username).
import { generateCases } from './cases'
import { generateDemoRecords } from './demo'
import { generateNeeds, markFirstLoans, referNeed } from './needs'
import { activeProductsByType, generateProducts } from './products'
import { scoreFirms } from './scores'
import { createFinanceSeed } from './state'
import type { FinanceDemoData, FinanceGeneratorInput } from './types'

export function generateFinanceData(input: FinanceGeneratorInput): FinanceDemoData {
  const seed = createFinanceSeed(input)
  const firms = scoreFirms(seed)
  const products = generateProducts(seed)
  const market = activeProductsByType(products)
  const demo = generateDemoRecords(seed, market, products, firms)
  const needFirms = firms.filter((firm) => !demo.reservedFirmIds.has(firm.row.id))
  const needs = generateNeeds(seed, needFirms)
  for (const need of needs) referNeed(seed, market, need)
  markFirstLoans(seed)
  generateCases(seed, demo.scriptedCases, needs, needFirms)
  return seed.out
}
