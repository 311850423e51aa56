// What every phase of the voucher seed shares: the streams, the id maker, the actors, the rows written so far and
// the two ways money and accounts come into being (an account, a transfer between two of them).
import type { Random } from '../../../seed/random'
import { demoUserToken, demoUsernameByOrganisation } from '../../../seed/support/actors'
import { createNewIdMaker, createSeedIds, type IdMaker } from '../../../seed/support/ids'
import { dayMs, minuteMs, workingMoment } from '../../../seed/support/time'
import type { LedgerAccountRow, SeedTransfer, Voucher, VoucherDemoData, VoucherGeneratorInput } from './types'

export const windowDays = 365
/** Claims start this many days before the year, so that its orders, redemptions and settlements run at a steady
 * pace from its first month instead of starting from nothing; vouchers of that lead-in are the ones expiring now. */
export const leadInDays = 90
const demoOfficerByCity: Record<string, string> = { 'SH-SJ': 'officer.sh', HF: 'officer.hf' }

export interface VoucherSeed {
  input: VoucherGeneratorInput
  /** the vouchers' main stream: the draws of the year's events, in the order they happen */
  random: Random
  endMs: number
  startMs: number
  /** events must be this far before the end to have happened */
  latestEventMs: number
  out: VoucherDemoData
  makeId: IdMaker
  /** the demo account of each organisation that has one */
  demoByOrganisation: Map<string, string>
  /** firms the demo records use, kept out of the year's random claims */
  reservedFirmIds: Set<string>
  /** what each scheme issued to each firm: by scheme/firm/year and by scheme/firm */
  approvedByFirmYear: Map<string, number>
  approvedByFirm: Map<string, number>
  /** every voucher issued, in the order the generator issued them */
  vouchers: Voucher[]
  /** the appropriation account of each city */
  appropriationAccounts: Map<string, string>
  /** the serial of a redemption's documents, and the contract of each order once claimed */
  documents: { serial: number; contractOfOrder: Map<string, string> }
  userOfOrganisation(organisationId: string): string
  officerOf(cityCode: string): string
}

export function createVoucherSeed(input: VoucherGeneratorInput): VoucherSeed {
  const random = input.random
  const endMs = input.activityEndsAt.getTime()
  const startMs = endMs - (windowDays + leadInDays) * dayMs
  /** A stable synthetic user id per organisation or office (users do not exist for them: they are synthetic). */
  const { makeId, syntheticUser } = createSeedIds(random, startMs, createNewIdMaker)
  const demoByOrganisation = demoUsernameByOrganisation(input.demoOrganisations)
  return {
    input,
    random,
    endMs,
    startMs,
    latestEventMs: endMs - 30 * minuteMs,
    out: emptyData(input.activityEndsAt),
    makeId,
    demoByOrganisation,
    reservedFirmIds: new Set(),
    approvedByFirmYear: new Map(),
    approvedByFirm: new Map(),
    vouchers: [],
    appropriationAccounts: new Map(),
    documents: { serial: 0, contractOfOrder: new Map() },
    userOfOrganisation(organisationId) {
      const username = demoByOrganisation.get(organisationId)
      return username !== undefined ? demoUserToken(username) : syntheticUser(organisationId)
    },
    officerOf(cityCode) {
      const username = demoOfficerByCity[cityCode]
      return username !== undefined ? demoUserToken(username) : syntheticUser(`officer/${cityCode}`)
    },
  }
}

function emptyData(activityEndsAt: Date): VoucherDemoData {
  return {
    activityEndsAt,
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
}

/** Opens a ledger account (at zero: only transfers move balances). */
export function openAccount(
  seed: VoucherSeed,
  kind: LedgerAccountRow['kind'],
  ownerId: string,
  cityCode: string,
  atMs: number,
): string {
  const id = seed.makeId('lacc', atMs)
  seed.out.ledgerAccounts.push({ id, kind, ownerId, cityCode, createdAt: new Date(atMs) })
  return id
}

/** Records a movement of money for the seeder to replay through ledger_transfer(); returns its id. */
export function transfer(
  seed: VoucherSeed,
  kind: SeedTransfer['kind'],
  route: { from: string; to: string },
  amountFen: number,
  reference: string,
  actorUserId: string | null,
  atMs: number,
): string {
  if (!Number.isSafeInteger(amountFen) || amountFen <= 0) throw new Error(`bad ${kind} amount ${amountFen}`)
  const id = seed.makeId('ltrf', atMs)
  seed.out.transfers.push({
    id,
    kind,
    fromAccountId: route.from,
    toAccountId: route.to,
    amountFen,
    reference,
    actorUserId,
    atMs,
  })
  return id
}

/** Days in [low, high), drawn from the main stream, as milliseconds. */
export function days(seed: VoucherSeed, low: number, high: number): number {
  return (low + seed.random.next() * (high - low)) * dayMs
}

/** A working moment some time after another, always at least ten minutes after it. */
export function after(previousMs: number, delayMs: number): number {
  return Math.max(workingMoment(previousMs + delayMs), previousMs + 10 * minuteMs)
}
