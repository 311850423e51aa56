// The synthetic demo corridor, generated deterministically from a seed number: the registry, the demo accounts, a
// year of vouchers, the instrument-sharing network, tech finance and one-stop services, each by its module's seed,
// and the demo accounts' inbox of what all of these told them. A pure function: no database, no clock, no
// Math.random, so one seed gives the same rows (ids and timestamps included) everywhere.
import { generateFinanceData, type FinanceDemoData, type FinanceFigures } from '../modules/finance/seed'
import {
  generateInstrumentData,
  type InstrumentDemoData,
  type InstrumentFigures,
} from '../modules/instruments/seed'
import { referenceFigures } from '../modules/registry'
import { generateRegistryData, type RegistryDemoData, type RegistryFigures } from '../modules/registry/seed'
import {
  generateServiceData,
  type DemoProfessional,
  type ServiceDemoData,
  type ServiceFigures,
} from '../modules/services/seed'
import { generateVoucherData, type VoucherDemoData, type VoucherFigures } from '../modules/vouchers/seed'
import { demoOrganisationsOf, generateDemoAccounts, type DemoAccount } from './demo-accounts'
import { generateInbox, type InboxDemoData } from './inbox'
import { createRandom } from './random'

export type { DemoAccount }
export type SeedSize = 'full' | 'small'

export interface DemoData extends RegistryDemoData {
  seedNumber: number
  size: SeedSize
  /** the fixed creation time of every registry row, derived from the seed number */
  seededAt: Date
  accounts: DemoAccount[]
  /** a year of voucher activity ending at `vouchers.activityEndsAt` */
  vouchers: VoucherDemoData
  /** the shared-instrument catalogue and a year of bookings ending at the same moment, with the weeks after it */
  instruments: InstrumentDemoData
  /** alliance products, every firm's indicators and score, and the needs, referrals and cases of the same period */
  finance: FinanceDemoData
  /** a year of one-stop cases ending at the same moment, with their materials, moves, events and talent cards */
  services: ServiceDemoData
  /** the notifications of the weeks before that moment, and what the demo accounts have read of them */
  inbox: InboxDemoData
}

export interface GenerateOptions {
  seedNumber: number
  size: SeedSize
  /**
   * When the year of voucher activity ends. Seeding a database passes the moment of seeding, so that wallets,
   * queues and settlement runs are current; when absent it is seededAt, and the output depends on the seed alone.
   */
  activityEndsAt?: Date
}

export type DemoFigures = RegistryFigures

const fullProviderCount = 1200
export const demoFiguresBySize: Record<SeedSize, DemoFigures> = {
  full: {
    parks: referenceFigures.foundingParkMembers,
    demonstrationParks: referenceFigures.demonstrationParks,
    firms: referenceFigures.highTechFirms,
    leadingFirms: referenceFigures.leadingFirms,
    institutions: referenceFigures.financialInstitutions,
    providers: fullProviderCount,
  },
  small: { parks: 20, demonstrationParks: 4, firms: 300, leadingFirms: 30, institutions: 40, providers: 40 },
}

export const voucherFiguresBySize: Record<SeedSize, VoucherFigures> = {
  full: { claimShare: 0.15, claimsPerSchemeMin: 20 },
  small: { claimShare: 0.15, claimsPerSchemeMin: 3 },
}

/** The size of the Delta's sharing network at full size; about 150 instruments in the small set. */
export const instrumentFiguresBySize: Record<SeedSize, InstrumentFigures> = {
  full: { instruments: 26_000, bookingsPerInstrument: 1.6, demoOwnerInstruments: 8 },
  small: { instruments: 150, bookingsPerInstrument: 4, demoOwnerInstruments: 4 },
}

export const financeFiguresBySize: Record<SeedSize, FinanceFigures> = {
  full: { needShare: 0.08, caseShare: 0.35 },
  small: { needShare: 0.15, caseShare: 0.5 },
}

/** Cases filed over the year besides the demo accounts' own: a few thousand at full size. */
export const serviceFiguresBySize: Record<SeedSize, ServiceFigures> = {
  full: { cases: 3600 },
  small: { cases: 100 },
}

function demoProfessionalsOf(accounts: readonly DemoAccount[]): DemoProfessional[] {
  return accounts.flatMap((account) =>
    account.role === 'professional' && account.cityCode !== null
      ? [
          {
            username: account.username,
            cityCode: account.cityCode,
            nameZh: account.displayNameZh,
            nameEn: account.displayNameEn,
          },
        ]
      : [],
  )
}

function demoOfficersOf(accounts: readonly DemoAccount[]): Map<string, string> {
  return new Map(
    accounts.flatMap((account) =>
      account.role === 'city_officer' && account.cityCode !== null
        ? [[account.cityCode, account.username] as const]
        : [],
    ),
  )
}

/** Every row's createdAt: a moment in March 2026 that depends on the seed number. */
export function seededAtOf(seedNumber: number): Date {
  const minutesInMonth = 30 * 24 * 60
  return new Date(Date.UTC(2026, 2, 1) + (seedNumber % minutesInMonth) * 60_000)
}

export function generateDemoData(options: GenerateOptions): DemoData {
  const seededAt = seededAtOf(options.seedNumber)
  const random = createRandom(options.seedNumber)
  const activityEndsAt = options.activityEndsAt ?? seededAt
  const registry = generateRegistryData({
    random,
    seededAt,
    activityEndsAt,
    figures: demoFiguresBySize[options.size],
  })
  const accounts = generateDemoAccounts(registry)
  const shared = {
    ...registry,
    activityEndsAt,
    demoOrganisations: demoOrganisationsOf(accounts),
  }
  const vouchers = generateVoucherData({
    ...shared,
    random: random.fork('vouchers'),
    figures: voucherFiguresBySize[options.size],
  })
  const instruments = generateInstrumentData({
    ...shared,
    random: random.fork('instruments'),
    figures: instrumentFiguresBySize[options.size],
  })
  const finance = generateFinanceData({
    ...shared,
    random: random.fork('finance'),
    figures: financeFiguresBySize[options.size],
  })
  const services = generateServiceData({
    ...shared,
    random: random.fork('services'),
    figures: serviceFiguresBySize[options.size],
    professionals: demoProfessionalsOf(accounts),
    demoOfficers: demoOfficersOf(accounts),
  })
  const inbox = generateInbox({
    random: random.fork('inbox'),
    activityEndsAt: shared.activityEndsAt,
    accounts,
    services,
    vouchers,
    instruments,
    finance,
  })
  const seed = { seedNumber: options.seedNumber, size: options.size, seededAt }
  return { ...seed, ...registry, accounts, vouchers, instruments, finance, services, inbox }
}
