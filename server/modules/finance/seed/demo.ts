// The demo accounts' own finance records: firm.hf and firm.sh with needs at every step (an approved loan waiting to
// be drawn, a first loan drawn, requests pending, a declined guarantee, fresh needs to match); bank.hz with a queue
// from across the corridor and decisions behind it; station.hf with Hefei firms at every stage of a case.
import { cityCodes } from '../../../seed/catalogue'
import {
  demoFirm,
  eligibleOfType,
  moment,
  otherFirms,
  scripted,
  type FinanceDemo,
  type Step,
} from './demo-steps'
import type { CaseStage } from '../finance.reference'
import type { Market } from './referrals'
import type { FinanceSeed } from './state'
import type { CasePlan, Firm, Product } from './types'

/** firm.hf: an approved loan waiting to be drawn (its first loan is still ahead), a request in bank.hz's queue, a
 * declined guarantee, and a fresh need to match; firm.sh: its first loan drawn, a request pending, a fresh need. */
function demoFirmRecords(demo: FinanceDemo) {
  const { seed, bankCredit, bankPledge } = demo
  const hefei = demoFirm(demo, 'firm.hf')
  const approvedHefei = scripted(
    demo,
    hefei,
    bankCredit,
    {
      productType: 'credit_loan',
      amountFen: 2_000_000_00,
      termMonths: 12,
      needDaysAgo: 45,
      referDaysAgo: 44,
    },
    { outcome: 'approved', decide: 30, rateBps: 35 },
  )
  const pledge = { productType: 'ip_pledge_loan', amountFen: 3_000_000_00, termMonths: 24 } as const
  scripted(demo, hefei, bankPledge, { ...pledge, needDaysAgo: 6, referDaysAgo: 5 }, { outcome: 'pending' })
  const guarantee = { productType: 'guarantee', amountFen: 1_500_000_00, termMonths: 12 } as const
  const guarantor = eligibleOfType(demo, hefei, guarantee)
  const declined = { ...guarantee, needDaysAgo: 120, referDaysAgo: 118 }
  scripted(demo, hefei, guarantor, declined, { outcome: 'declined', decide: 100 })
  // The fresh need is one the catalogue can answer: equity if an investor takes a firm like it, else a loan.
  const freshNeeds = [
    { productType: 'equity_investment', amountFen: 10_000_000_00, termMonths: 60 },
    { productType: 'equity_investment', amountFen: 5_000_000_00, termMonths: 36 },
    { productType: 'credit_loan', amountFen: 3_000_000_00, termMonths: 24 },
    { productType: 'credit_loan', amountFen: 1_000_000_00, termMonths: 12 },
  ] as const
  const freshNeed =
    freshNeeds.find((need) => eligibleOfType(demo, hefei, need) !== undefined) ?? freshNeeds[0]
  scripted(
    demo,
    hefei,
    undefined,
    { ...freshNeed, needDaysAgo: 2, referDaysAgo: null },
    { outcome: 'pending' },
  )
  demo.scriptedCases.push({
    firm: hefei,
    events: [
      ['visit', moment(seed, 50)],
      ['assessment', moment(seed, 47)],
      ['referral', moment(seed, 44)],
      ['decision', moment(seed, 30)],
    ],
    referral: approvedHefei,
  })

  const shanghai = demoFirm(demo, 'firm.sh')
  const credit = { productType: 'credit_loan', amountFen: 1_000_000_00, termMonths: 12 } as const
  const drawn: Step = { outcome: 'drawn', decide: 135, draw: 128, rateBps: 20 }
  scripted(demo, shanghai, bankCredit, { ...credit, needDaysAgo: 150, referDaysAgo: 148 }, drawn)
  const pending = { productType: 'ip_pledge_loan', amountFen: 2_500_000_00, termMonths: 24 } as const
  scripted(
    demo,
    shanghai,
    bankPledge,
    { ...pending, needDaysAgo: 8, referDaysAgo: 7 },
    { outcome: 'pending' },
  )
  const fresh = { productType: 'credit_loan', amountFen: 3_000_000_00, termMonths: 24 } as const
  scripted(
    demo,
    shanghai,
    undefined,
    { ...fresh, needDaysAgo: 1, referDaysAgo: null },
    { outcome: 'pending' },
  )
}

/** bank.hz's queue: requests from firms across the corridor, and a record of decisions behind it. */
function bankRecords(demo: FinanceDemo) {
  const { bankCredit, bankPledge } = demo
  const queueCities = ['HZ', 'SZ', 'HF', 'JX', 'SH-SJ']
  queueCities.forEach((cityCode, index) => {
    const [firm] = otherFirms(demo, cityCode, 1)
    if (firm === undefined) return
    const pledge = index % 2 === 1
    const need = {
      productType: pledge ? 'ip_pledge_loan' : 'credit_loan',
      amountFen: (1 + index) * 1_000_000_00,
      termMonths: 12 + 12 * (index % 2),
      needDaysAgo: 3 + index * 3,
      referDaysAgo: 2 + index * 3,
    } as const
    scripted(demo, firm, pledge ? bankPledge : bankCredit, need, { outcome: 'pending' })
  })
  const history: Step[] = [
    { outcome: 'drawn', decide: 80, draw: 75, rateBps: 30 },
    { outcome: 'approved', decide: 40, rateBps: 45 },
    { outcome: 'declined', decide: 70 },
    { outcome: 'drawn', decide: 160, draw: 150, rateBps: 15 },
  ]
  history.forEach((step, index) => {
    const [firm] = otherFirms(demo, cityCodes[index % cityCodes.length] ?? 'HZ', 1)
    if (firm === undefined) return
    const days = (step.decide ?? 30) + 12
    const need = {
      productType: 'credit_loan',
      amountFen: (2 + index) * 500_000_00,
      termMonths: 12,
      needDaysAgo: days + 2,
      referDaysAgo: days,
    } as const
    scripted(demo, firm, bankCredit, need, step)
  })
}

/** station.hf: Hefei firms at every stage of a case. */
function stationRecords(demo: FinanceDemo) {
  const { seed, bankCredit } = demo
  const at = (stage: CaseStage, daysAgo: number): [CaseStage, number] => [stage, moment(seed, daysAgo)]
  const [visit, assessment, referred, drawn, closed] = otherFirms(demo, 'HF', 5)
  if (visit !== undefined) demo.scriptedCases.push({ firm: visit, events: [at('visit', 3)], referral: null })
  if (assessment !== undefined) {
    demo.scriptedCases.push({
      firm: assessment,
      events: [at('visit', 20), at('assessment', 15)],
      referral: null,
    })
  }
  if (referred !== undefined) {
    const need = { productType: 'credit_loan', amountFen: 1_500_000_00, termMonths: 12 } as const
    const referral = scripted(
      demo,
      referred,
      bankCredit,
      { ...need, needDaysAgo: 11, referDaysAgo: 10 },
      {
        outcome: 'pending',
      },
    )
    const events = [at('visit', 25), at('assessment', 20), at('referral', 10)]
    demo.scriptedCases.push({ firm: referred, events, referral })
  }
  if (drawn !== undefined) {
    const need = { productType: 'credit_loan', amountFen: 2_000_000_00, termMonths: 24 } as const
    const step: Step = { outcome: 'drawn', decide: 50, draw: 30, rateBps: 25 }
    const referral = scripted(demo, drawn, bankCredit, { ...need, needDaysAgo: 70, referDaysAgo: 68 }, step)
    const events = [
      at('visit', 90),
      at('assessment', 80),
      at('referral', 68),
      at('decision', 50),
      at('drawdown', 30),
    ]
    demo.scriptedCases.push({ firm: drawn, events, referral })
  }
  if (closed !== undefined) {
    const events = [at('visit', 120), at('assessment', 115), at('closed', 100)]
    demo.scriptedCases.push({ firm: closed, events, referral: null })
  }
}

/** Writes the demo records; returns the firms they use (kept out of the period's needs) and their cases. */
export function generateDemoRecords(
  seed: FinanceSeed,
  market: Market,
  products: readonly Product[],
  firms: readonly Firm[],
): { reservedFirmIds: Set<string>; scriptedCases: CasePlan[] } {
  const demoBankId = seed.input.demoOrganisations.get('bank.hz')
  const bankProducts = products.filter((product) => product.institution.id === demoBankId)
  const [bankCredit, bankPledge] = bankProducts
  if (bankCredit === undefined || bankPledge === undefined) throw new Error('the demo bank has no products')
  const demo: FinanceDemo = {
    seed,
    market,
    firmById: new Map(firms.map((firm) => [firm.row.id, firm])),
    firms,
    reservedFirmIds: new Set(seed.demoByOrganisation.keys()),
    scriptedCases: [],
    bankCredit,
    bankPledge,
  }
  demoFirmRecords(demo)
  bankRecords(demo)
  stationRecords(demo)
  return { reservedFirmIds: demo.reservedFirmIds, scriptedCases: demo.scriptedCases }
}
