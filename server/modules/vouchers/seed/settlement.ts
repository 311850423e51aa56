// Monthly settlement runs of each issuing city: a few days after a month ends, the city pays the redemptions it
// approved in that month (by the Shanghai days of the period), one payment line per payee: the provider under
// provider_paid (通兑), the firm under firm_reimbursed (通用).
import { shanghaiPeriodBounds } from '../../../platform/calendar'
import { cityCodes } from '../../../seed/catalogue'
import { dayMs, hourMs, shanghaiOffsetMs, workingMoment } from '../../../seed/support/time'
import type { SeedFirm, SeedProvider } from '../../../seed/support/organisations'
import { leadInDays, transfer, windowDays, type VoucherSeed } from './state'
import type { RedemptionRow, Scheme, SettlementPaymentRow } from './types'

const monthDaysMax = 31

/** The Shanghai days of a calendar month (the month index may run past December) and the instants they span. */
function monthPeriod(year: number, monthIndex: number) {
  const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  const periodStart = dayOf(Date.UTC(year, monthIndex, 1))
  const periodEnd = dayOf(Date.UTC(year, monthIndex + 1, 1) - dayMs)
  const bounds = shanghaiPeriodBounds(periodStart, periodEnd, monthDaysMax)
  if (bounds === null) throw new Error(`no period from ${periodStart} to ${periodEnd}`)
  return { periodStart, periodEnd, fromMs: bounds.fromAt.getTime(), cutoffMs: bounds.toAt.getTime() }
}

function approvedByIssuerCity(seed: VoucherSeed): Map<string, RedemptionRow[]> {
  const byCity = new Map<string, RedemptionRow[]>()
  for (const redemption of seed.out.redemptions) {
    if (redemption.status !== 'approved') continue
    const list = byCity.get(redemption.issuerCityCode) ?? []
    list.push(redemption)
    byCity.set(redemption.issuerCityCode, list)
  }
  return byCity
}

interface Settlement {
  seed: VoucherSeed
  schemeById: ReadonlyMap<string, Scheme>
  providerById: ReadonlyMap<string, SeedProvider>
  firmById: ReadonlyMap<string, SeedFirm>
}

/** The payment lines of a run, one per payee, each with its redemptions' count and total. */
function paymentLines(
  { seed, providerById, firmById }: Settlement,
  runId: string,
  runMs: number,
  settled: readonly RedemptionRow[],
) {
  const payments = new Map<string, SettlementPaymentRow>()
  for (const redemption of settled) {
    const payeeKind = redemption.settlementModel === 'provider_paid' ? 'provider' : 'firm'
    const payee =
      payeeKind === 'provider' ? providerById.get(redemption.providerId) : firmById.get(redemption.firmId)
    if (payee === undefined) throw new Error('a settlement payee is missing')
    const key = `${payeeKind}/${payee.id}`
    const line = payments.get(key) ?? {
      id: seed.makeId('spay', runMs),
      settlementRunId: runId,
      payeeKind,
      payeeId: payee.id,
      payeeNameZh: payee.nameZh,
      payeeCreditCode: payee.creditCode,
      payeeCityCode: payee.cityCode,
      redemptionCount: 0,
      amountFen: 0,
    }
    line.redemptionCount += 1
    line.amountFen += redemption.amountFen
    payments.set(key, line)
  }
  return [...payments.values()]
}

/** One city's run for one month, when the month had approved redemptions. */
function settleMonth(
  settlement: Settlement,
  cityCode: string,
  period: ReturnType<typeof monthPeriod>,
  runMs: number,
  settled: readonly RedemptionRow[],
) {
  const { seed, schemeById } = settlement
  const officer = seed.officerOf(cityCode)
  const runId = seed.makeId('stlr', runMs)
  const bySchemeFen = new Map<string, number>()
  for (const redemption of settled) {
    Object.assign(redemption, { settlementRunId: runId, updatedAt: new Date(runMs) })
    bySchemeFen.set(redemption.schemeId, (bySchemeFen.get(redemption.schemeId) ?? 0) + redemption.amountFen)
  }
  const payments = paymentLines(settlement, runId, runMs, settled)
  for (const [schemeId, amountFen] of [...bySchemeFen].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const scheme = schemeById.get(schemeId)
    if (scheme === undefined) throw new Error(`no scheme ${schemeId}`)
    const route = { from: scheme.payableAccountId, to: scheme.paidAccountId }
    transfer(seed, 'pay', route, amountFen, runId, officer, runMs)
  }
  seed.out.settlementRuns.push({
    id: runId,
    cityCode,
    periodStart: period.periodStart,
    periodEnd: period.periodEnd,
    cutoffAt: new Date(period.cutoffMs),
    redemptionCount: settled.length,
    paymentCount: payments.length,
    totalFen: settled.reduce((sum, redemption) => sum + redemption.amountFen, 0),
    createdByUserId: officer,
    isSynthetic: true,
    createdAt: new Date(runMs),
  })
  seed.out.settlementPayments.push(...payments)
}

export function settleMonths(seed: VoucherSeed, schemes: readonly Scheme[]): void {
  const approvedByCity = approvedByIssuerCity(seed)
  const settlement: Settlement = {
    seed,
    schemeById: new Map(schemes.map((scheme) => [scheme.row.id, scheme])),
    providerById: new Map(seed.input.providers.map((provider) => [provider.id, provider])),
    firmById: new Map(seed.input.firms.map((firm) => [firm.id, firm])),
  }
  const startLocal = new Date(seed.startMs + shanghaiOffsetMs)
  for (const cityCode of cityCodes) {
    const approved = approvedByCity.get(cityCode) ?? []
    for (let month = 0; month <= Math.ceil((windowDays + leadInDays) / 28); month++) {
      const period = monthPeriod(startLocal.getUTCFullYear(), startLocal.getUTCMonth() + month)
      const runMs = workingMoment(period.cutoffMs + seed.random.integer(2, 6) * dayMs + 10 * hourMs)
      if (runMs >= seed.latestEventMs) break
      const settled = approved.filter((redemption) => {
        const decidedMs = redemption.decidedAt?.getTime() ?? 0
        return decidedMs >= period.fromMs && decidedMs < period.cutoffMs
      })
      if (settled.length > 0) settleMonth(settlement, cityCode, period, runMs, settled)
    }
  }
}
