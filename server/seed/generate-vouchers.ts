// A year of synthetic innovation-voucher activity that ends at a given moment: schemes and their appropriations,
// service products of admitted providers, claims, vouchers, orders, redemptions in every state, monthly settlement
// runs with their payment lines, and the lapse of expired vouchers. A pure function of the registry rows, the seed
// and that moment (no database, no clock, no Math.random).
//
// Money moves only as ledger transfers that the seeder replays through the database function ledger_transfer();
// the rows here agree with them (verifyLedger checks it). Actors are synthetic user ids, except for the demo
// accounts, which appear as demoUserToken(username) until the seeder knows their ids.
import { createHash } from 'node:crypto'
import { cityCodes } from '../modules/registry/reference/reference-data'
import type { firms, providers } from '../modules/registry/registry.tables'
import {
  formatVoucherNumber,
  isDrawnForSpotCheck,
  isFirmEligible,
  shanghaiYearOf,
  spotCheckDraw,
  voucherExpiresAt,
  voucherNumberPrefix,
  voucherShareMaxFen,
} from '../modules/vouchers/rules'
import type {
  EligibilityCriterion,
  ServiceCategory,
  TransferKind,
} from '../modules/vouchers/vouchers.reference'
import type {
  ledgerAccounts,
  redemptions,
  serviceProducts,
  settlementPayments,
  settlementRuns,
  voucherClaims,
  voucherNumberCounters,
  voucherOrders,
  voucherSchemeAppropriations,
  voucherSchemes,
  vouchers,
} from '../modules/vouchers/vouchers.tables'
import { newId } from '../platform/ids'
import type { Random } from './random'
import {
  approvalNotes,
  budgetExhaustedReason,
  cancelReasons,
  categoryWeightsByProviderKind,
  claimPurposes,
  claimRejectionReasons,
  deliverableWordByCategory,
  deliveryDaysByCategory,
  firmCommentsByRating,
  productTemplates,
  redemptionRejectionReasons,
  schemeDefinitions,
  spotCheckFailedNotes,
  spotCheckPassedNotes,
  type ProductTemplate,
  type SchemeDefinition,
} from './voucher-catalogue'

type FirmRow = typeof firms.$inferInsert
type ProviderRow = typeof providers.$inferInsert
export type LedgerAccountRow = typeof ledgerAccounts.$inferInsert
export type SchemeRow = typeof voucherSchemes.$inferInsert
export type AppropriationRow = typeof voucherSchemeAppropriations.$inferInsert
export type ProductRow = typeof serviceProducts.$inferInsert
export type ClaimRow = typeof voucherClaims.$inferInsert
export type VoucherRow = typeof vouchers.$inferInsert
export type VoucherNumberCounterRow = typeof voucherNumberCounters.$inferInsert
export type OrderRow = typeof voucherOrders.$inferInsert
export type RedemptionRow = typeof redemptions.$inferInsert
export type SettlementRunRow = typeof settlementRuns.$inferInsert
export type SettlementPaymentRow = typeof settlementPayments.$inferInsert

export interface DeliverableRow {
  redemptionId: string
  content: Uint8Array
}

/** One ledger_transfer() call; `atMs` is when the movement happened. */
export interface SeedTransfer {
  id: string
  kind: Exclude<TransferKind, 'reversal'>
  fromAccountId: string
  toAccountId: string
  amountFen: number
  reference: string
  actorUserId: string | null
  atMs: number
}

export interface VoucherDemoData {
  /** the moment the synthetic year ends: every timestamp is before it */
  activityEndsAt: Date
  ledgerAccounts: LedgerAccountRow[]
  schemes: SchemeRow[]
  appropriations: AppropriationRow[]
  products: ProductRow[]
  claims: ClaimRow[]
  vouchers: VoucherRow[]
  voucherNumberCounters: VoucherNumberCounterRow[]
  orders: OrderRow[]
  redemptions: RedemptionRow[]
  deliverables: DeliverableRow[]
  settlementRuns: SettlementRunRow[]
  settlementPayments: SettlementPaymentRow[]
  /** in replay order (see the end of generateVoucherData) */
  transfers: SeedTransfer[]
}

export interface VoucherFigures {
  /** share of a city's eligible firms that claim under its general scheme in the year */
  claimShare: number
  /** at least this many claims per scheme */
  claimsPerSchemeMin: number
}

export interface VoucherGeneratorInput {
  random: Random
  activityEndsAt: Date
  figures: VoucherFigures
  firms: readonly FirmRow[]
  providers: readonly ProviderRow[]
  /** organisation id of each demo account that has one, by username */
  demoOrganisations: ReadonlyMap<string, string>
  /** administrative division codes by city: the second part of an invoice number */
  divisionCodeByCity: Readonly<Record<string, string>>
}

export const demoUserTokenPrefix = 'demo-user:'
/** Stands for a demo account's user id until the seeder has created the account. */
export const demoUserToken = (username: string) => `${demoUserTokenPrefix}${username}`

const minuteMs = 60_000
const hourMs = 60 * minuteMs
const dayMs = 24 * hourMs
const shanghaiOffsetMs = 8 * hourMs
const windowDays = 365
/** Claims start this many days before the year, so that its orders, redemptions and settlements run at a steady
 * pace from its first month instead of starting from nothing; vouchers of that lead-in are the ones expiring now. */
const leadInDays = 90
const idAttemptsMax = 20
const drawAttemptsMax = 1_000
const ordersPerVoucherMax = 10
/** 1–8 orders a voucher planned, most often 3–5 (fewer are placed when the voucher is used up first) */
const orderCountWeights = [0, 6, 10, 15, 18, 17, 14, 11, 9]
const ratingWeights = [0, 1, 5, 14, 35, 45]
const demoOfficerByCity: Record<string, string> = { 'SH-SJ': 'officer.sh', HF: 'officer.hf' }
const transferOrder: Record<SeedTransfer['kind'], number> = {
  appropriation: 0,
  issue: 1,
  reserve: 2,
  release: 3,
  redeem: 4,
  pay: 5,
  lapse: 6,
}

// ---- time: people act on working days, 09:00–17:30 in Shanghai ----

/** The same moment if it falls in working hours, else the start of the next working period (plus a few minutes
 * that depend on the moment, so that events do not all land at 09:00). Never earlier than the moment given. */
export function workingMoment(ms: number): number {
  const local = ms + shanghaiOffsetMs
  let day = Math.floor(local / dayMs)
  let minute = Math.floor((local - day * dayMs) / minuteMs)
  const jitter = Math.floor(ms / minuteMs) % 97
  if (minute >= 17 * 60 + 30) {
    day += 1
    minute = 9 * 60 + jitter
  } else if (minute < 9 * 60) {
    minute = 9 * 60 + jitter
  }
  // 1 January 1970 was a Thursday: (day + 4) % 7 is 0 on Sundays.
  const weekday = (day + 4) % 7
  if (weekday === 6 || weekday === 0) {
    day += weekday === 6 ? 2 : 1
    minute = 9 * 60 + jitter
  }
  return Math.max(ms, day * dayMs + minute * minuteMs + (ms % minuteMs) - shanghaiOffsetMs)
}

/** A working moment some time after another, always at least ten minutes after it. */
function after(previousMs: number, delayMs: number): number {
  return Math.max(workingMoment(previousMs + delayMs), previousMs + 10 * minuteMs)
}

function shanghaiDayOf(ms: number): string {
  return new Date(ms + shanghaiOffsetMs).toISOString().slice(0, 10)
}

/** Midnight starting a Shanghai calendar day, as an instant. */
function shanghaiMidnight(year: number, monthIndex: number, day: number): number {
  return Date.UTC(year, monthIndex, day) - shanghaiOffsetMs
}

// ---- state ----

interface Scheme {
  row: SchemeRow & { id: string }
  definition: SchemeDefinition
  budgetAccountId: string
  payableAccountId: string
  paidAccountId: string
  officer: string
  issuedByYear: Map<number, number>
  /** candidate products by provider city, then category */
  productsByCity: Map<string, Map<ServiceCategory, Product[]>>
  cityWeights: { cityCode: string; weight: number }[]
}

interface Product {
  row: ProductRow & { id: string; priceFen: number }
  template: ProductTemplate
  provider: ProviderRow & { id: string }
  createdAtMs: number
}

interface Claim {
  row: ClaimRow & { id: string }
  scheme: Scheme
  firm: FirmRow & { id: string }
}

interface Voucher {
  row: VoucherRow & { id: string; amountFen: number }
  scheme: Scheme
  firm: FirmRow & { id: string }
  holder: string
  issuedAtMs: number
  expiresAtMs: number
  /** the face value less every order's share placed so far: what later orders may still reserve */
  unreservedFen: number
  /** what cancelled orders gave back; it stays on the voucher (and lapses with it), never re-spent here, so that
   * the ledger can be replayed kind by kind: all issues, then all reservations, then all releases… */
  releasedFen: number
}

interface Order {
  row: OrderRow & { id: string; voucherShareFen: number; amountFen: number }
  voucher: Voucher
  product: Product
}

interface Redemption {
  row: RedemptionRow & { id: string; amountFen: number }
  order: Order
}

/** A row of a table's insert shape that has its id (the id is optional in the shape, never here). */
const withId = <Row extends { id?: string }>(row: Row & { id: string }) => row

export function generateVoucherData(input: VoucherGeneratorInput): VoucherDemoData {
  const random = input.random
  const endMs = input.activityEndsAt.getTime()
  const startMs = endMs - (windowDays + leadInDays) * dayMs
  /** events must be this far before the end to have happened */
  const latestEventMs = endMs - 30 * minuteMs
  const idRandom = random.fork('ids')
  const usersRandom = random.fork('users')
  const takenIds = new Set<string>()

  const out: VoucherDemoData = {
    activityEndsAt: input.activityEndsAt,
    ledgerAccounts: [],
    schemes: [],
    appropriations: [],
    products: [],
    claims: [],
    vouchers: [],
    voucherNumberCounters: [],
    orders: [],
    redemptions: [],
    deliverables: [],
    settlementRuns: [],
    settlementPayments: [],
    transfers: [],
  }

  function makeId(prefix: string, atMs: number): string {
    for (let attempt = 0; attempt < idAttemptsMax; attempt++) {
      const id = newId(prefix, atMs, idRandom.next)
      if (!takenIds.has(id)) {
        takenIds.add(id)
        return id
      }
    }
    throw new Error(`no unique ${prefix} id after ${idAttemptsMax} attempts`)
  }

  // ---- actors ----

  const userIds = new Map<string, string>()
  /** A stable synthetic user id per organisation or office (users do not exist for them: they are synthetic). */
  function syntheticUser(key: string): string {
    let id = userIds.get(key)
    if (id === undefined) {
      for (let attempt = 0; attempt < idAttemptsMax && id === undefined; attempt++) {
        const candidate = newId('usr', startMs, usersRandom.next)
        if (!takenIds.has(candidate)) id = candidate
      }
      if (id === undefined) throw new Error('no unique synthetic user id')
      takenIds.add(id)
      userIds.set(key, id)
    }
    return id
  }
  const demoByOrganisation = new Map([...input.demoOrganisations].map(([username, id]) => [id, username]))
  const userOfOrganisation = (organisationId: string) => {
    const username = demoByOrganisation.get(organisationId)
    return username !== undefined ? demoUserToken(username) : syntheticUser(organisationId)
  }
  const officerOf = (cityCode: string) => {
    const username = demoOfficerByCity[cityCode]
    return username !== undefined ? demoUserToken(username) : syntheticUser(`officer/${cityCode}`)
  }

  // ---- ledger ----

  function account(kind: LedgerAccountRow['kind'], ownerId: string, cityCode: string, atMs: number) {
    const id = makeId('lacc', atMs)
    out.ledgerAccounts.push({ id, kind, ownerId, cityCode, createdAt: new Date(atMs) })
    return id
  }
  const appropriationAccounts = new Map<string, string>()

  function transfer(
    kind: SeedTransfer['kind'],
    fromAccountId: string,
    toAccountId: string,
    amountFen: number,
    reference: string,
    actorUserId: string | null,
    atMs: number,
  ): string {
    if (!Number.isSafeInteger(amountFen) || amountFen <= 0) throw new Error(`bad ${kind} amount ${amountFen}`)
    const id = makeId('ltrf', atMs)
    out.transfers.push({ id, kind, fromAccountId, toAccountId, amountFen, reference, actorUserId, atMs })
    return id
  }

  // ---- schemes and products ----

  const firstBudgetYear = shanghaiYearOf(new Date(startMs))
  const schemes: Scheme[] = []
  for (const [position, definition] of schemeDefinitions.entries()) {
    // Set up in December before the first budget year, one a day in the catalogue's order (which the ids keep).
    const createdAtMs = shanghaiMidnight(firstBudgetYear - 1, 11, 1 + position) + 10 * hourMs
    const id = makeId('vsch', createdAtMs)
    if (!appropriationAccounts.has(definition.cityCode)) {
      appropriationAccounts.set(
        definition.cityCode,
        account('appropriation', definition.cityCode, definition.cityCode, createdAtMs),
      )
    }
    const budgetAccountId = account('budget', id, definition.cityCode, createdAtMs)
    const row = withId<SchemeRow>({
      id,
      cityCode: definition.cityCode,
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
    out.schemes.push(row)
    schemes.push({
      row,
      definition,
      budgetAccountId,
      payableAccountId: account('payable', id, definition.cityCode, createdAtMs),
      paidAccountId: account('paid', id, definition.cityCode, createdAtMs),
      officer: officerOf(definition.cityCode),
      issuedByYear: new Map(),
      productsByCity: new Map(),
      cityWeights: [],
    })
  }

  const products = generateProducts()
  const productsByProvider = new Map<string, Product[]>()
  for (const product of products) {
    const list = productsByProvider.get(product.provider.id) ?? []
    list.push(product)
    productsByProvider.set(product.provider.id, list)
  }
  for (const scheme of schemes) {
    for (const product of products) {
      if (product.row.status !== 'published') continue
      if (!scheme.definition.recognisedCityCodes.includes(product.provider.cityCode)) continue
      if (!scheme.definition.serviceCategories.includes(product.template.category)) continue
      const byCategory = scheme.productsByCity.get(product.provider.cityCode) ?? new Map()
      byCategory.set(product.template.category, [
        ...(byCategory.get(product.template.category) ?? []),
        product,
      ])
      scheme.productsByCity.set(product.provider.cityCode, byCategory)
    }
    for (const [cityCode, byCategory] of scheme.productsByCity) {
      const count = [...byCategory.values()].reduce((sum, list) => sum + list.length, 0)
      // Firms buy mostly at home, and across the corridor where there is much on offer.
      const home = cityCode === scheme.definition.cityCode ? 7 : 1
      scheme.cityWeights.push({ cityCode, weight: Math.pow(count, 0.7) * home })
    }
  }

  function generateProducts(): Product[] {
    const productRandom = random.fork('products')
    const demoProviderId = input.demoOrganisations.get('provider.sz')
    const result: Product[] = []
    const earliestMs = startMs - 400 * dayMs
    for (const provider of input.providers) {
      if (provider.admissionStatus !== 'active' || provider.id === undefined) continue
      const withProviderId = { ...provider, id: provider.id }
      const weights = categoryWeightsByProviderKind[provider.kind] ?? categoryWeightsByProviderKind.lab
      const isDemo = provider.id === demoProviderId
      let chosen: ProductTemplate[]
      if (isDemo) {
        // The demo provider offers one service of each category, so every page of its has something.
        chosen = (['testing', 'instrument_time', 'consulting', 'rd_design'] as const).map((category) =>
          productRandom.pick(productTemplates.filter((template) => template.category === category)),
        )
      } else {
        const count = productRandom.weightedPick([1, 2, 3, 4, 5], [10, 30, 30, 20, 10])
        const left = [...productTemplates]
        chosen = []
        for (let index = 0; index < count && left.length > 0; index++) {
          const template = productRandom.weightedPick(
            left,
            left.map((candidate) => (weights?.[candidate.category] ?? 1) + 0.01),
          )
          chosen.push(template)
          left.splice(left.indexOf(template), 1)
        }
      }
      // Published before the year began (after the provider's admission when that is older), so that any
      // order of the year can reach them.
      const admittedMs = Date.parse(`${provider.admissionUpdatedOn}T02:00:00Z`)
      const latestMs = startMs - 2 * dayMs
      const fromMs = Math.min(Math.max(earliestMs, admittedMs + dayMs), latestMs)
      for (const [index, template] of chosen.entries()) {
        const createdAtMs = Math.min(
          workingMoment(fromMs + Math.floor(productRandom.next() * (latestMs - fromMs))),
          startMs - dayMs,
        )
        const [lowYuan, highYuan] = template.priceYuan
        const steps = Math.floor((highYuan - lowYuan) / template.stepYuan)
        const priceFen = (lowYuan + productRandom.integer(0, steps) * template.stepYuan) * 100
        // A few are withdrawn, never a provider's first: every admitted provider keeps something on offer.
        const withdrawn = !isDemo && index > 0 && productRandom.chance(0.05)
        const id = makeId('sprod', createdAtMs)
        const row = {
          id,
          providerId: provider.id,
          providerCityCode: provider.cityCode,
          category: template.category,
          nameZh: template.name.zh,
          nameEn: template.name.en,
          descriptionZh: template.description.zh,
          descriptionEn: template.description.en,
          priceFen,
          priceUnit: template.unit,
          status: withdrawn ? 'withdrawn' : 'published',
          searchText: `${template.name.zh} ${template.name.en}`.toLowerCase(),
          isSynthetic: true,
          createdAt: new Date(createdAtMs),
          updatedAt: new Date(withdrawn ? Math.min(endMs - dayMs, createdAtMs + 200 * dayMs) : createdAtMs),
        }
        out.products.push(row)
        result.push({ row, template, provider: withProviderId, createdAtMs })
      }
    }
    return result
  }

  // ---- claims and vouchers ----

  const approvedByFirmYear = new Map<string, number>()
  const approvedByFirm = new Map<string, number>()
  const vouchersList: Voucher[] = []

  function capRoomFen(scheme: Scheme, firmId: string, atMs: number): number {
    const year = shanghaiYearOf(new Date(atMs))
    const inYear = approvedByFirmYear.get(`${scheme.row.id}/${firmId}/${year}`) ?? 0
    const total = approvedByFirm.get(`${scheme.row.id}/${firmId}`) ?? 0
    return Math.min(
      scheme.definition.claimCapFen,
      scheme.definition.firmYearCapFen - inYear,
      scheme.definition.firmTotalCapFen - total,
    )
  }

  function submitClaim(
    scheme: Scheme,
    firm: FirmRow & { id: string },
    submittedAtMs: number,
    requestedAmountFen: number,
    purpose: string,
  ): Claim {
    const id = makeId('vclm', submittedAtMs)
    const row = withId<ClaimRow>({
      id,
      schemeId: scheme.row.id,
      firmId: firm.id,
      cityCode: scheme.definition.cityCode,
      requestedAmountFen,
      approvedAmountFen: null,
      purpose,
      status: 'submitted',
      decisionReason: null,
      submittedByUserId: userOfOrganisation(firm.id),
      decidedByUserId: null,
      decidedAt: null,
      isSynthetic: true,
      createdAt: new Date(submittedAtMs),
      updatedAt: new Date(submittedAtMs),
    })
    out.claims.push(row)
    return { row, scheme, firm }
  }

  function rejectClaim(claim: Claim, atMs: number, reason: string) {
    Object.assign(claim.row, {
      status: 'rejected',
      decisionReason: reason,
      decidedByUserId: claim.scheme.officer,
      decidedAt: new Date(atMs),
      updatedAt: new Date(atMs),
    })
  }

  /** Issues the voucher when the budget and the caps allow; otherwise the claim is rejected for the budget. */
  function approveClaim(claim: Claim, atMs: number, amountFen: number, note: string | null): Voucher | null {
    const scheme = claim.scheme
    const year = shanghaiYearOf(new Date(atMs))
    const issued = scheme.issuedByYear.get(year) ?? 0
    if (issued + amountFen > scheme.definition.annualBudgetFen) {
      rejectClaim(claim, atMs, budgetExhaustedReason)
      return null
    }
    if (amountFen > capRoomFen(scheme, claim.firm.id, atMs)) throw new Error('a seeded claim breaks a cap')
    scheme.issuedByYear.set(year, issued + amountFen)
    const firmYearKey = `${scheme.row.id}/${claim.firm.id}/${year}`
    approvedByFirmYear.set(firmYearKey, (approvedByFirmYear.get(firmYearKey) ?? 0) + amountFen)
    const firmKey = `${scheme.row.id}/${claim.firm.id}`
    approvedByFirm.set(firmKey, (approvedByFirm.get(firmKey) ?? 0) + amountFen)
    Object.assign(claim.row, {
      status: 'approved',
      approvedAmountFen: amountFen,
      decisionReason: note,
      decidedByUserId: scheme.officer,
      decidedAt: new Date(atMs),
      updatedAt: new Date(atMs),
    })
    const id = makeId('vch', atMs)
    const expiresAtMs = voucherExpiresAt(new Date(atMs), scheme.definition.validityDays).getTime()
    const accountId = account('voucher', id, scheme.definition.cityCode, atMs)
    const reservationAccountId = account('reservation', id, scheme.definition.cityCode, atMs)
    const row = withId<VoucherRow & { amountFen: number }>({
      id,
      number: '',
      schemeId: scheme.row.id,
      claimId: claim.row.id,
      firmId: claim.firm.id,
      holderNameZh: claim.firm.nameZh,
      holderCreditCode: claim.firm.creditCode,
      cityCode: scheme.definition.cityCode,
      amountFen,
      accountId,
      reservationAccountId,
      status: 'active',
      issuedAt: new Date(atMs),
      expiresAt: new Date(expiresAtMs),
      isSynthetic: true,
      createdAt: new Date(atMs),
      updatedAt: new Date(atMs),
    })
    out.vouchers.push(row)
    transfer('issue', scheme.budgetAccountId, accountId, amountFen, claim.row.id, scheme.officer, atMs)
    const voucher: Voucher = {
      row,
      scheme,
      firm: claim.firm,
      holder: userOfOrganisation(claim.firm.id),
      issuedAtMs: atMs,
      expiresAtMs,
      unreservedFen: amountFen,
      releasedFen: 0,
    }
    vouchersList.push(voucher)
    return voucher
  }

  // ---- orders ----

  /** The voucher pays as much as the rule and its balance allow, or less when the firm asks for less. */
  function placeOrder(
    voucher: Voucher,
    product: Product,
    quantity: number,
    atMs: number,
    requestedShareFen?: number,
  ): Order | null {
    if (atMs >= voucher.expiresAtMs || atMs <= voucher.issuedAtMs || atMs <= product.createdAtMs) return null
    const available = voucher.unreservedFen
    const amountFen = product.row.priceFen * quantity
    const shareMaxFen = voucherShareMaxFen(
      amountFen,
      voucher.scheme.definition.voucherShareMaxPercent,
      voucher.scheme.definition.fullCoverageBelowFen,
    )
    const shareFen = Math.min(shareMaxFen, available, requestedShareFen ?? shareMaxFen)
    if (shareFen <= 0) return null
    voucher.unreservedFen -= shareFen
    const id = makeId('vord', atMs)
    const row = withId<OrderRow & { voucherShareFen: number; amountFen: number }>({
      id,
      voucherId: voucher.row.id,
      schemeId: voucher.scheme.row.id,
      firmId: voucher.firm.id,
      issuerCityCode: voucher.scheme.definition.cityCode,
      productId: product.row.id,
      providerId: product.provider.id,
      providerCityCode: product.provider.cityCode,
      category: product.template.category,
      quantity,
      unitPriceFen: product.row.priceFen,
      amountFen,
      voucherShareFen: shareFen,
      firmCopayFen: amountFen - shareFen,
      settlementModel: voucher.scheme.definition.settlementModel,
      status: 'reserved',
      cancelReason: null,
      placedByUserId: voucher.holder,
      cancelledByUserId: null,
      cancelledAt: null,
      isSynthetic: true,
      createdAt: new Date(atMs),
      updatedAt: new Date(atMs),
    })
    out.orders.push(row)
    transfer(
      'reserve',
      voucher.row.accountId,
      voucher.row.reservationAccountId,
      shareFen,
      id,
      voucher.holder,
      atMs,
    )
    return { row, voucher, product }
  }

  function cancelOrder(order: Order, atMs: number, byProvider: boolean, reason: string) {
    const by = byProvider ? userOfOrganisation(order.product.provider.id) : order.voucher.holder
    Object.assign(order.row, {
      status: 'cancelled',
      cancelReason: reason,
      cancelledByUserId: by,
      cancelledAt: new Date(atMs),
      updatedAt: new Date(atMs),
    })
    order.voucher.releasedFen += order.row.voucherShareFen
    transfer(
      'release',
      order.voucher.row.reservationAccountId,
      order.voucher.row.accountId,
      order.row.voucherShareFen,
      order.row.id,
      by,
      atMs,
    )
  }

  // ---- redemptions ----

  let documentSerial = 0
  const contractOfOrder = new Map<string, string>()

  function claimRedemption(order: Order, atMs: number, wantDrawn?: boolean): Redemption {
    const scheme = order.voucher.scheme
    let id = makeId('rdmp', atMs)
    if (wantDrawn !== undefined) {
      // The draw follows from the claim's id; a demo case that needs a certain draw takes the first id that has it.
      let attempts = 0
      while (
        isDrawnForSpotCheck(spotCheckDraw(scheme.row.id, id), scheme.definition.spotCheckPercent) !==
        wantDrawn
      ) {
        if (++attempts > drawAttemptsMax) throw new Error('no redemption id with the wanted spot-check draw')
        id = makeId('rdmp', atMs)
      }
    }
    documentSerial++
    const provider = order.product.provider
    // One contract per order (a corrected claim keeps it); a new invoice per claim, in the 20 digits of a fully
    // digital invoice: year, the provider's division code, a serial.
    const orderDay = shanghaiDayOf(order.row.createdAt?.getTime() ?? atMs).replace(/-/g, '')
    const contractNumber =
      contractOfOrder.get(order.row.id) ??
      `HT-${voucherNumberPrefix(provider.cityCode)}-${orderDay}-${String(documentSerial).padStart(5, '0')}`
    contractOfOrder.set(order.row.id, contractNumber)
    const yearDigits = String(shanghaiYearOf(new Date(atMs))).slice(2)
    const division = input.divisionCodeByCity[provider.cityCode] ?? '000000'
    const invoiceNumber = `${yearDigits}${division}${String(documentSerial).padStart(12, '0')}`
    const text = [
      'G60 科创走廊平台 · 合成演示数据 / G60 Corridor Platform · synthetic demo data',
      `交付物 deliverable: ${order.product.row.nameZh} / ${order.product.row.nameEn}`,
      `合同 contract: ${contractNumber}`,
      `服务机构 provider: ${provider.nameZh}`,
      `委托方 client: ${order.voucher.firm.nameZh}`,
      `日期 date: ${shanghaiDayOf(atMs)}`,
      '',
    ].join('\n')
    const content = new TextEncoder().encode(text)
    const row = withId<RedemptionRow & { amountFen: number }>({
      id,
      orderId: order.row.id,
      voucherId: order.voucher.row.id,
      schemeId: scheme.row.id,
      firmId: order.voucher.firm.id,
      providerId: provider.id,
      issuerCityCode: scheme.definition.cityCode,
      providerCityCode: provider.cityCode,
      settlementModel: scheme.definition.settlementModel,
      amountFen: order.row.voucherShareFen,
      contractNumber,
      invoiceNumber,
      deliverableFileName: `${deliverableWordByCategory[order.product.template.category]}-${contractNumber}.txt`,
      deliverableContentType: 'text/plain',
      deliverableSizeBytes: content.length,
      deliverableSha256: createHash('sha256').update(content).digest('hex'),
      status: 'awaiting_confirmation',
      claimedByUserId: userOfOrganisation(provider.id),
      firmRating: null,
      firmComment: null,
      confirmedByUserId: null,
      confirmedAt: null,
      spotCheckDraw: null,
      spotCheckSelected: false,
      spotCheckResult: null,
      spotCheckNote: null,
      spotCheckedByUserId: null,
      spotCheckedAt: null,
      decisionReason: null,
      decidedByUserId: null,
      decidedAt: null,
      payableTransferId: null,
      settlementRunId: null,
      isSynthetic: true,
      createdAt: new Date(atMs),
      updatedAt: new Date(atMs),
    })
    out.redemptions.push(row)
    out.deliverables.push({ redemptionId: id, content })
    if (order.row.status === 'reserved')
      Object.assign(order.row, { status: 'delivered', updatedAt: new Date(atMs) })
    return { row, order }
  }

  function confirmRedemption(redemption: Redemption, atMs: number, rating: number, comment: string | null) {
    const scheme = redemption.order.voucher.scheme
    const draw = spotCheckDraw(scheme.row.id, redemption.row.id)
    Object.assign(redemption.row, {
      status: 'submitted',
      firmRating: rating,
      firmComment: comment,
      confirmedByUserId: redemption.order.voucher.holder,
      confirmedAt: new Date(atMs),
      spotCheckDraw: draw,
      spotCheckSelected: isDrawnForSpotCheck(draw, scheme.definition.spotCheckPercent),
      updatedAt: new Date(atMs),
    })
  }

  function recordSpotCheck(redemption: Redemption, atMs: number, passed: boolean, note: string) {
    const officer = redemption.order.voucher.scheme.officer
    Object.assign(redemption.row, {
      spotCheckResult: passed ? 'passed' : 'failed',
      spotCheckNote: note,
      spotCheckedByUserId: officer,
      spotCheckedAt: new Date(atMs),
      updatedAt: new Date(atMs),
      ...(passed
        ? {}
        : { status: 'rejected', decisionReason: note, decidedByUserId: officer, decidedAt: new Date(atMs) }),
    })
  }

  function approveRedemption(redemption: Redemption, atMs: number) {
    const voucher = redemption.order.voucher
    const officer = voucher.scheme.officer
    const transferId = transfer(
      'redeem',
      voucher.row.reservationAccountId,
      voucher.scheme.payableAccountId,
      redemption.row.amountFen,
      redemption.row.id,
      officer,
      atMs,
    )
    Object.assign(redemption.row, {
      status: 'approved',
      decidedByUserId: officer,
      decidedAt: new Date(atMs),
      payableTransferId: transferId,
      updatedAt: new Date(atMs),
    })
    Object.assign(redemption.order.row, { status: 'redeemed', updatedAt: new Date(atMs) })
  }

  function rejectRedemption(redemption: Redemption, atMs: number, reason: string) {
    Object.assign(redemption.row, {
      status: 'rejected',
      decisionReason: reason,
      decidedByUserId: redemption.order.voucher.scheme.officer,
      decidedAt: new Date(atMs),
      updatedAt: new Date(atMs),
    })
  }

  const days = (low: number, high: number) => (low + random.next() * (high - low)) * dayMs

  function rating(): { rating: number; comment: string | null } {
    const value = random.weightedPick([0, 1, 2, 3, 4, 5], ratingWeights)
    const comments = firmCommentsByRating[value] ?? []
    return {
      rating: value,
      comment: comments.length > 0 && random.chance(0.6) ? random.pick(comments) : null,
    }
  }

  /** An order's life after it is placed, as far as it has got by the end of the year. */
  function playOrder(order: Order) {
    const placedMs = order.row.createdAt?.getTime() ?? 0
    if (random.chance(0.1)) {
      const cancelMs = after(placedMs, days(0.2, 6))
      if (cancelMs < latestEventMs && cancelMs < order.voucher.expiresAtMs) {
        cancelOrder(order, cancelMs, random.chance(0.3), random.pick(cancelReasons))
      }
      return
    }
    const [shortest, longest] = deliveryDaysByCategory[order.product.template.category]
    let claimMs = after(placedMs, days(shortest, longest))
    for (let round = 0; round < 2; round++) {
      if (claimMs >= latestEventMs) return
      const redemption = claimRedemption(order, claimMs)
      const confirmMs = after(claimMs, days(0.3, 8))
      if (confirmMs >= latestEventMs) return
      const rated = rating()
      confirmRedemption(redemption, confirmMs, rated.rating, rated.comment)
      let decideMs: number
      if (redemption.row.spotCheckSelected === true) {
        const checkMs = after(confirmMs, days(1, 8))
        if (checkMs >= latestEventMs) return
        const passed = random.chance(0.85)
        recordSpotCheck(
          redemption,
          checkMs,
          passed,
          random.pick(passed ? spotCheckPassedNotes : spotCheckFailedNotes),
        )
        if (!passed) {
          if (!random.chance(0.5)) return
          claimMs = after(checkMs, days(3, 12))
          continue
        }
        decideMs = after(checkMs, days(0.1, 3))
      } else {
        decideMs = after(confirmMs, days(1, 14))
      }
      if (decideMs >= latestEventMs) return
      if (round === 0 && random.chance(0.05)) {
        rejectRedemption(redemption, decideMs, random.pick(redemptionRejectionReasons))
        if (!random.chance(0.6)) return
        claimMs = after(decideMs, days(2, 10))
        continue
      }
      approveRedemption(redemption, decideMs)
      return
    }
  }

  function quantityFor(product: Product): number {
    switch (product.template.unit) {
      case 'per_hour':
        return random.integer(2, 40)
      case 'per_sample':
        return random.integer(1, 20)
      case 'per_day':
        return random.integer(1, 7)
      case 'per_service':
        return random.chance(0.1) ? 2 : 1
    }
  }

  function pickProduct(scheme: Scheme, atMs: number): Product | null {
    for (let attempt = 0; attempt < 5; attempt++) {
      const city = random.weightedPick(
        scheme.cityWeights,
        scheme.cityWeights.map((entry) => entry.weight),
      )
      const byCategory = scheme.productsByCity.get(city.cityCode)
      if (byCategory === undefined) continue
      const categories = [...byCategory.keys()]
      const list = byCategory.get(random.pick(categories)) ?? []
      const product = list.length > 0 ? random.pick(list) : undefined
      if (product !== undefined && product.createdAtMs < atMs) return product
    }
    return null
  }

  /** A voucher's orders: a few, spread over its life, until it is used up to a share the firm needed. */
  function useVoucher(voucher: Voucher) {
    const firstOrderMs = voucher.issuedAtMs + dayMs
    const endOfUseMs = Math.min(voucher.expiresAtMs - 2 * hourMs, latestEventMs - hourMs)
    if (endOfUseMs <= firstOrderMs || random.chance(0.07)) return
    const count = random.weightedPick([0, 1, 2, 3, 4, 5, 6, 7, 8], orderCountWeights)
    const targetFen = Math.round(voucher.row.amountFen * (0.6 + 0.4 * random.next()))
    // Most orders come in the first months after the voucher is issued.
    const spanMs = Math.min(endOfUseMs - firstOrderMs, 240 * dayMs)
    const times = Array.from({ length: Math.min(count, ordersPerVoucherMax) }, () =>
      workingMoment(firstOrderMs + Math.floor(Math.pow(random.next(), 1.3) * spanMs)),
    ).sort((a, b) => a - b)
    let committedFen = 0
    for (const atMs of times) {
      if (committedFen >= targetFen || atMs >= endOfUseMs) break
      const product = pickProduct(voucher.scheme, atMs)
      if (product === null) continue
      let quantity = quantityFor(product)
      const remainingFen = Math.max(targetFen - committedFen, 1)
      while (
        quantity > 1 &&
        voucherShareMaxFen(
          product.row.priceFen * quantity,
          voucher.scheme.definition.voucherShareMaxPercent,
          voucher.scheme.definition.fullCoverageBelowFen,
        ) > remainingFen
      ) {
        quantity = Math.floor(quantity / 2)
      }
      const order = placeOrder(voucher, product, quantity, atMs)
      if (order === null) continue
      committedFen += order.row.voucherShareFen
      playOrder(order)
    }
  }

  // ---- the demo accounts' own records, each state they must show ----

  const reservedFirmIds = new Set<string>()
  generateDemoScenario()

  function generateDemoScenario() {
    const firmById = new Map(input.firms.flatMap((firm) => (firm.id !== undefined ? [[firm.id, firm]] : [])))
    const firmOf = (username: string) => {
      const id = input.demoOrganisations.get(username)
      const firm = id !== undefined ? firmById.get(id) : undefined
      if (firm === undefined || firm.id === undefined) throw new Error(`no firm for demo account ${username}`)
      reservedFirmIds.add(firm.id)
      return { ...firm, id: firm.id }
    }
    const schemeOf = (cityCode: string, type: 'general' | 'special_purpose' = 'general') => {
      const scheme = schemes.find(
        (candidate) =>
          candidate.definition.cityCode === cityCode && candidate.definition.voucherType === type,
      )
      if (scheme === undefined) throw new Error(`no ${type} scheme for ${cityCode}`)
      return scheme
    }
    const otherFirmsOf = (scheme: Scheme, count: number) => {
      const found = input.firms
        .filter(
          (firm): firm is FirmRow & { id: string } =>
            firm.id !== undefined &&
            firm.cityCode === scheme.definition.cityCode &&
            !reservedFirmIds.has(firm.id) &&
            !demoByOrganisation.has(firm.id) &&
            isEligible(firm, scheme),
        )
        .slice(0, count)
      if (found.length < count)
        throw new Error(`not enough firms for the demo records in ${scheme.row.nameEn}`)
      for (const firm of found) reservedFirmIds.add(firm.id)
      return found
    }
    const demoProviderId = input.demoOrganisations.get('provider.sz')
    const demoProducts = demoProviderId !== undefined ? (productsByProvider.get(demoProviderId) ?? []) : []
    if (demoProducts.length === 0) throw new Error('the demo provider has no products')
    const demoProduct = (category: ServiceCategory) =>
      demoProducts.find((product) => product.template.category === category) ?? demoProducts[0]
    /** The first product of a city the scheme accepts, else of any city it accepts. */
    const productIn = (scheme: Scheme, cityCode: string, notProviderId?: string) => {
      const ofCity = (code: string) =>
        [...(scheme.productsByCity.get(code)?.values() ?? [])]
          .flat()
          .filter((product) => product.provider.id !== notProviderId)
      const product = ofCity(cityCode)[0] ?? [...scheme.productsByCity.keys()].flatMap(ofCity)[0]
      if (product === undefined) throw new Error(`no product for ${scheme.row.nameEn}`)
      return product
    }

    /** Days before the end, at a working moment, kept after `previous` and before the end. */
    const moment = (daysAgo: number, previousMs: number) => {
      const rawMs = endMs - daysAgo * dayMs
      let atMs = workingMoment(rawMs)
      // A weekend just before the end would push the moment past it: then the weekend it is.
      if (atMs >= latestEventMs) atMs = rawMs
      if (atMs <= previousMs) atMs = previousMs + hourMs
      if (atMs >= latestEventMs) atMs = previousMs + Math.floor((latestEventMs - previousMs) / 2)
      return atMs
    }
    const issue = (scheme: Scheme, firm: FirmRow & { id: string }, daysAgo: number, amountFen: number) => {
      const submittedMs = moment(daysAgo, 0)
      const claim = submitClaim(scheme, firm, submittedMs, amountFen, random.pick(claimPurposes))
      const voucher = approveClaim(claim, moment(daysAgo - 3, submittedMs), amountFen, null)
      if (voucher === null) throw new Error('a demo voucher was not issued')
      return voucher
    }
    const order = (voucher: Voucher, product: Product | undefined, daysAgo: number) => {
      if (product === undefined) throw new Error('no product for a demo order')
      // A modest share each, so that the demo voucher keeps a balance for the orders after it.
      const shareFen = Math.floor(voucher.row.amountFen / 10 / 100) * 100
      const placed = placeOrder(voucher, product, 1, moment(daysAgo, voucher.issuedAtMs), shareFen)
      if (placed === null) throw new Error('a demo order was not placed')
      return placed
    }
    type Step = 'claimed' | 'confirmed' | 'approved' | 'rejected'
    /** Delivery and redemption of a demo order up to a given step; the draw is chosen for officers' queues. */
    const redeem = (placed: Order, daysAgo: [number, number, number], until: Step, wantDrawn = false) => {
      const placedMs = placed.row.createdAt?.getTime() ?? 0
      const claimMs = moment(daysAgo[0], placedMs)
      const redemption = claimRedemption(placed, claimMs, until === 'claimed' ? undefined : wantDrawn)
      if (until === 'claimed') return redemption
      const confirmMs = moment(daysAgo[1], claimMs)
      confirmRedemption(redemption, confirmMs, 5, random.pick(firmCommentsByRating[5] ?? []))
      if (until === 'confirmed') return redemption
      const decideMs = moment(daysAgo[2], confirmMs)
      if (until === 'rejected')
        rejectRedemption(redemption, decideMs, random.pick(redemptionRejectionReasons))
      else approveRedemption(redemption, decideMs)
      return redemption
    }
    const pending = (scheme: Scheme, firm: FirmRow & { id: string }, daysAgo: number, amountFen: number) =>
      submitClaim(scheme, firm, moment(daysAgo, 0), amountFen, random.pick(claimPurposes))

    // firm.sh: a used voucher and a fresh one, orders in every state, a rejected claim.
    const shanghai = schemeOf('SH-SJ')
    const firmShanghai = firmOf('firm.sh')
    const rejected = pending(shanghai, firmShanghai, 160, 30_000_00)
    rejectClaim(
      rejected,
      moment(156, rejected.row.createdAt?.getTime() ?? 0),
      random.pick(claimRejectionReasons),
    )
    const used = issue(shanghai, firmShanghai, 120, 50_000_00)
    redeem(order(used, demoProduct('testing'), 100), [80, 76, 70], 'approved')
    // Cancelled after its own placing: a placing moved to Monday morning may fall after day 88's moment.
    const cancelled = order(used, productIn(shanghai, 'HZ'), 90)
    cancelOrder(cancelled, moment(88, cancelled.row.createdAt?.getTime() ?? 0), false, cancelReasons[0] ?? '')
    redeem(order(used, demoProduct('consulting'), 40), [15, 12, 0], 'confirmed', false)
    redeem(order(used, demoProduct('instrument_time'), 25), [3, 0, 0], 'claimed')
    order(used, productIn(shanghai, 'SH-SJ'), 6)
    order(used, demoProduct('rd_design'), 10)
    issue(shanghai, firmShanghai, 30, 30_000_00)

    // Songjiang firms whose claims wait for officer.sh, and one whose redemptions are at the officer's desk.
    const [shanghaiClient, ...shanghaiWaiting] = otherFirmsOf(shanghai, 4)
    if (shanghaiClient !== undefined) {
      const voucher = issue(shanghai, shanghaiClient, 75, 40_000_00)
      redeem(order(voucher, demoProduct('testing'), 60), [30, 25, 6], 'rejected')
      redeem(order(voucher, demoProduct('instrument_time'), 35), [14, 9, 0], 'confirmed', true)
    }
    shanghaiWaiting.forEach((firm, index) =>
      pending(shanghai, firm, 2 + index * 3, (10 + index * 10) * 1_000_00),
    )

    // firm.hf: a Hefei voucher in use, one redemption drawn for a spot check, and a claim for instrument time.
    const hefei = schemeOf('HF')
    const firmHefei = firmOf('firm.hf')
    const hefeiVoucher = issue(hefei, firmHefei, 200, 100_000_00)
    redeem(order(hefeiVoucher, productIn(hefei, 'HF'), 150), [120, 115, 105], 'approved')
    redeem(order(hefeiVoucher, demoProduct('testing'), 45), [20, 16, 0], 'confirmed', true)
    order(hefeiVoucher, demoProduct('rd_design'), 8)
    const instrumentScheme = schemeOf('HF', 'special_purpose')
    if (isEligible(firmHefei, instrumentScheme)) pending(instrumentScheme, firmHefei, 4, 30_000_00)

    const [hefeiClient, ...hefeiWaiting] = otherFirmsOf(hefei, 3)
    if (hefeiClient !== undefined) {
      const voucher = issue(hefei, hefeiClient, 90, 80_000_00)
      redeem(order(voucher, productIn(hefei, 'HF', demoProviderId), 50), [18, 11, 0], 'confirmed', false)
      redeem(order(voucher, productIn(hefei, 'SH-SJ'), 40), [9, 0, 0], 'claimed')
    }
    hefeiWaiting.forEach((firm, index) => pending(hefei, firm, 3 + index * 4, (60 + index * 20) * 1_000_00))
  }

  function isEligible(firm: FirmRow, scheme: Scheme): boolean {
    return isFirmEligible(
      {
        isTechSme: firm.isTechSme === true,
        isHighTech: firm.isHighTech === true,
        parkId: firm.parkId ?? null,
      },
      scheme.definition.eligibleFirms as readonly EligibilityCriterion[],
    )
  }

  // ---- the year of claims, scheme by scheme ----

  const claimRandomFor = (scheme: Scheme) => random.fork(`claims/${scheme.row.nameEn}`)
  for (const scheme of schemes) {
    const schemeRandom = claimRandomFor(scheme)
    const pool = schemeRandom.shuffle(
      input.firms.filter(
        (firm): firm is FirmRow & { id: string } =>
          firm.id !== undefined &&
          firm.cityCode === scheme.definition.cityCode &&
          !reservedFirmIds.has(firm.id) &&
          isEligible(firm, scheme),
      ),
    )
    const wanted = Math.max(
      input.figures.claimsPerSchemeMin,
      Math.round(pool.length * input.figures.claimShare * scheme.definition.claimWeight),
    )
    const count = Math.min(pool.length, wanted)
    for (const firm of pool.slice(0, count)) {
      const submittedMs = workingMoment(
        startMs + Math.floor(schemeRandom.next() * (windowDays + leadInDays - 2) * dayMs),
      )
      const decided = playClaim(scheme, firm, submittedMs, schemeRandom)
      // Without a utilisation gate, some firms come back for more later in the year.
      if (decided !== null && scheme.definition.utilisationGatePercent === 0 && schemeRandom.chance(0.2)) {
        playClaim(scheme, firm, after(decided, days(40, 200)), schemeRandom)
      }
    }
  }

  /** A claim from submission to decision (if it came by the end), and the voucher's use; returns the decision
   * moment, or null when the claim is still open or was not made. */
  function playClaim(
    scheme: Scheme,
    firm: FirmRow & { id: string },
    submittedMs: number,
    schemeRandom: Random,
  ) {
    if (submittedMs >= latestEventMs) return null
    const roomFen = capRoomFen(scheme, firm.id, submittedMs)
    const drawnFen = schemeRandom.chance(0.3)
      ? scheme.definition.claimCapFen
      : Math.round((scheme.definition.claimCapFen * (0.25 + 0.75 * schemeRandom.next())) / 1_000_00) *
        1_000_00
    const requestedFen = Math.min(drawnFen, roomFen)
    if (requestedFen < 5_000_00) return null
    const claim = submitClaim(scheme, firm, submittedMs, requestedFen, schemeRandom.pick(claimPurposes))
    const decideMs = after(submittedMs, days(1, 12))
    if (decideMs >= latestEventMs) return null
    if (schemeRandom.chance(0.12)) {
      rejectClaim(claim, decideMs, schemeRandom.pick(claimRejectionReasons))
      return decideMs
    }
    const reduced = schemeRandom.chance(0.12)
    const approvedFen = reduced
      ? Math.max(
          1_000_00,
          Math.floor((requestedFen * (0.5 + 0.4 * schemeRandom.next())) / 1_000_00) * 1_000_00,
        )
      : requestedFen
    const voucher = approveClaim(
      claim,
      decideMs,
      Math.min(approvedFen, capRoomFen(scheme, firm.id, decideMs)),
      reduced ? schemeRandom.pick(approvalNotes) : null,
    )
    if (voucher !== null) useVoucher(voucher)
    return decideMs
  }

  // ---- the lapse of expired vouchers, in the hourly job's stead ----

  for (const voucher of vouchersList) {
    if (voucher.expiresAtMs >= latestEventMs) continue
    const lapseMs = voucher.expiresAtMs + random.integer(1, 50) * minuteMs
    if (lapseMs >= latestEventMs) continue
    const leftFen = voucher.unreservedFen + voucher.releasedFen
    if (leftFen > 0) {
      transfer(
        'lapse',
        voucher.row.accountId,
        voucher.scheme.budgetAccountId,
        leftFen,
        voucher.row.id,
        null,
        lapseMs,
      )
    }
    Object.assign(voucher.row, { status: 'lapsed', updatedAt: new Date(lapseMs) })
  }

  // ---- voucher numbers: serials per city and year, in order of issue ----

  const serials = new Map<string, number>()
  for (const voucher of [...vouchersList].sort((a, b) => a.issuedAtMs - b.issuedAtMs)) {
    const cityCode = voucher.scheme.definition.cityCode
    const year = shanghaiYearOf(new Date(voucher.issuedAtMs))
    const key = `${cityCode}/${year}`
    const serial = (serials.get(key) ?? 0) + 1
    serials.set(key, serial)
    voucher.row.number = formatVoucherNumber(cityCode, year, serial)
  }
  for (const [key, lastSerial] of serials) {
    const [cityCode = '', year = ''] = key.split('/')
    out.voucherNumberCounters.push({ cityCode, year: Number(year), lastSerial })
  }

  // ---- appropriations: each budget year's money enters before it is issued ----

  for (const scheme of schemes) {
    const lastYear = shanghaiYearOf(new Date(endMs))
    for (let year = firstBudgetYear; year <= lastYear; year++) {
      const issuedFen = scheme.issuedByYear.get(year) ?? 0
      const annualFen = scheme.definition.annualBudgetFen
      // At least what the year issued (with room to spare), at least half the annual budget, at most all of it.
      const wantedFen = Math.max(
        Math.ceil((issuedFen * 1.25) / 100_000_00) * 100_000_00,
        Math.floor(annualFen / 2 / 100) * 100,
      )
      const totalFen = Math.min(annualFen, wantedFen)
      const firstMs = workingMoment(shanghaiMidnight(year, 0, random.integer(4, 12)) + 10 * hourMs)
      const secondMs = workingMoment(shanghaiMidnight(year, 6, random.integer(1, 10)) + 10 * hourMs)
      const tranches =
        secondMs < latestEventMs && totalFen >= 1_000_000_00
          ? [
              { atMs: firstMs, amountFen: Math.round((totalFen * 0.6) / 10_000_00) * 10_000_00 },
              { atMs: secondMs, amountFen: 0 },
            ]
          : [{ atMs: Math.min(firstMs, latestEventMs - dayMs), amountFen: totalFen }]
      const last = tranches[tranches.length - 1]
      if (last !== undefined && tranches.length > 1) last.amountFen = totalFen - (tranches[0]?.amountFen ?? 0)
      for (const tranche of tranches) {
        const id = makeId('vapp', tranche.atMs)
        const sourceAccountId = appropriationAccounts.get(scheme.definition.cityCode) ?? ''
        const transferId = transfer(
          'appropriation',
          sourceAccountId,
          scheme.budgetAccountId,
          tranche.amountFen,
          id,
          scheme.officer,
          tranche.atMs,
        )
        out.appropriations.push({
          id,
          schemeId: scheme.row.id,
          cityCode: scheme.definition.cityCode,
          budgetYear: year,
          amountFen: tranche.amountFen,
          documentReference: `${scheme.definition.documentPrefix}〔${year}〕${random.integer(3, 60)}号`,
          transferId,
          createdByUserId: scheme.officer,
          createdAt: new Date(tranche.atMs),
        })
      }
    }
  }

  // ---- monthly settlement runs of each issuing city ----

  const approvedByCity = new Map<string, RedemptionRow[]>()
  for (const redemption of out.redemptions) {
    if (redemption.status !== 'approved') continue
    const list = approvedByCity.get(redemption.issuerCityCode) ?? []
    list.push(redemption)
    approvedByCity.set(redemption.issuerCityCode, list)
  }
  const providerById = new Map(input.providers.map((provider) => [provider.id, provider]))
  const firmById = new Map(input.firms.map((firm) => [firm.id, firm]))
  const schemeById = new Map(schemes.map((scheme) => [scheme.row.id, scheme]))
  const startLocal = new Date(startMs + shanghaiOffsetMs)
  for (const cityCode of cityCodes) {
    const approved = approvedByCity.get(cityCode) ?? []
    for (let month = 0; month <= Math.ceil((windowDays + leadInDays) / 28); month++) {
      const year = startLocal.getUTCFullYear()
      const monthIndex = startLocal.getUTCMonth() + month
      const periodStartMs = shanghaiMidnight(year, monthIndex, 1)
      const cutoffMs = shanghaiMidnight(year, monthIndex + 1, 1)
      const runMs = workingMoment(cutoffMs + random.integer(2, 6) * dayMs + 10 * hourMs)
      if (runMs >= latestEventMs) break
      const settled = approved.filter((redemption) => {
        const decidedMs = redemption.decidedAt?.getTime() ?? 0
        return decidedMs >= periodStartMs && decidedMs < cutoffMs
      })
      if (settled.length === 0) continue
      const officer = officerOf(cityCode)
      const runId = makeId('stlr', runMs)
      const payments = new Map<string, SettlementPaymentRow>()
      const bySchemeFen = new Map<string, number>()
      for (const redemption of settled) {
        Object.assign(redemption, { settlementRunId: runId, updatedAt: new Date(runMs) })
        bySchemeFen.set(
          redemption.schemeId,
          (bySchemeFen.get(redemption.schemeId) ?? 0) + redemption.amountFen,
        )
        const payeeKind = redemption.settlementModel === 'provider_paid' ? 'provider' : 'firm'
        const payee =
          payeeKind === 'provider' ? providerById.get(redemption.providerId) : firmById.get(redemption.firmId)
        if (payee === undefined || payee.id === undefined) throw new Error('a settlement payee is missing')
        const key = `${payeeKind}/${payee.id}`
        const line = payments.get(key) ?? {
          id: makeId('spay', runMs),
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
      for (const [schemeId, amountFen] of [...bySchemeFen].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const scheme = schemeById.get(schemeId)
        if (scheme === undefined) throw new Error(`no scheme ${schemeId}`)
        transfer('pay', scheme.payableAccountId, scheme.paidAccountId, amountFen, runId, officer, runMs)
      }
      const periodEnd = shanghaiDayOf(cutoffMs - dayMs)
      out.settlementRuns.push({
        id: runId,
        cityCode,
        periodStart: shanghaiDayOf(periodStartMs),
        periodEnd,
        cutoffAt: new Date(cutoffMs),
        redemptionCount: settled.length,
        paymentCount: payments.size,
        totalFen: settled.reduce((sum, redemption) => sum + redemption.amountFen, 0),
        createdByUserId: officer,
        isSynthetic: true,
        createdAt: new Date(runMs),
      })
      out.settlementPayments.push(...payments.values())
    }
  }

  // Replay order: kind by kind along the money's path. Every call finds the money it moves: budgets hold all their
  // appropriations (at least what they issue), vouchers their face value before any reservation (which never
  // exceed it, releases not being re-spent), reservations every share before releases and redemptions, payables
  // every redemption before payments, and a voucher lapses what is left once all else is done. Within a kind,
  // transfers go account by account (a scheme's budget, its payable), then by time: one seeding transaction
  // updates such an account row hundreds of times, and taking its updates together rather than interleaved with
  // every other account's made the replay about twice as fast on PGlite.
  const busyAccountOf = (transfer: SeedTransfer) =>
    transfer.kind === 'redeem' || transfer.kind === 'lapse' ? transfer.toAccountId : transfer.fromAccountId
  const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
  out.transfers.sort(
    (a, b) =>
      transferOrder[a.kind] - transferOrder[b.kind] ||
      compareText(busyAccountOf(a), busyAccountOf(b)) ||
      a.atMs - b.atMs ||
      compareText(a.id, b.id),
  )
  return out
}
