// A year of synthetic innovation-voucher activity that ends at a given moment: schemes and their appropriations,
// service products of admitted providers, claims, vouchers, orders, redemptions in every state, monthly settlement
// runs with their payment lines, and the lapse of expired vouchers. A pure function of the registry rows, the seed
// and that moment (no database, no clock, no Math.random).
//
// Money moves only as ledger transfers that the seeder replays through the database function ledger_transfer();
// the rows here agree with them (verifyLedger checks it). Actors are synthetic user ids, except for the demo
// accounts, which appear as demoUserToken(username) until the seeder knows their ids.
import { appropriateBudgets } from './appropriations'
import { generateDemoRecords } from './demo'
import { lapseExpiredVouchers } from './lapse'
import { numberVouchers } from './numbers'
import { generateProducts, indexProductsBySchemes, productsByProvider } from './products'
import { sortForReplay } from './replay'
import { generateSchemes } from './schemes'
import { settleMonths } from './settlement'
import { createVoucherSeed } from './state'
import type { VoucherDemoData, VoucherGeneratorInput } from './types'
import { playClaimsOfTheYear } from './year'

export function generateVoucherData(input: VoucherGeneratorInput): VoucherDemoData {
  const seed = createVoucherSeed(input)
  const schemes = generateSchemes(seed)
  const products = generateProducts(seed)
  indexProductsBySchemes(schemes, products)
  // The demo accounts' own records first, so that the firms they use stay out of the year's random claims.
  generateDemoRecords(seed, schemes, productsByProvider(products))
  playClaimsOfTheYear(seed, schemes)
  lapseExpiredVouchers(seed)
  seed.out.voucherNumberCounters.push(...numberVouchers(seed.vouchers))
  appropriateBudgets(seed, schemes)
  settleMonths(seed, schemes)
  sortForReplay(seed.out.transfers)
  return seed.out
}
