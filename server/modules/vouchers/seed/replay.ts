// The order the seeder replays the transfers in: kind by kind along the money's path. Every call finds the money it
// moves: budgets hold all their appropriations (at least what they issue), vouchers their face value before any
// reservation (which never exceed it, releases not being re-spent), reservations every share before releases and
// redemptions, payables every redemption before payments, and a voucher lapses what is left once all else is done.
// Within a kind, transfers go account by account (a scheme's budget, its payable), then by time: one seeding
// transaction updates such an account row hundreds of times, and taking its updates together rather than
// interleaved with every other account's made the replay about twice as fast on PGlite.
import type { SeedTransfer } from './types'

const transferOrder: Record<SeedTransfer['kind'], number> = {
  appropriation: 0,
  issue: 1,
  reserve: 2,
  release: 3,
  redeem: 4,
  pay: 5,
  lapse: 6,
  // the policies module's money, in its own seed
  policy_appropriation: 7,
  award: 8,
}

const busyAccountOf = (transfer: SeedTransfer) =>
  transfer.kind === 'redeem' || transfer.kind === 'lapse' ? transfer.toAccountId : transfer.fromAccountId
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Sorts the transfers in place into replay order. */
export function sortForReplay(transfers: SeedTransfer[]): void {
  transfers.sort(
    (a, b) =>
      transferOrder[a.kind] - transferOrder[b.kind] ||
      compareText(busyAccountOf(a), busyAccountOf(b)) ||
      a.atMs - b.atMs ||
      compareText(a.id, b.id),
  )
}
