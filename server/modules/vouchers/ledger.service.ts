// The ledger's invariants, checked from the stored accounts and transfers: `g60 ledger verify` and
// GET /api/voucher-ledger/verification run this.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import * as repository from './ledger.repository'
import { voucherPolicies as policies } from './vouchers.policies'

export const ledgerChecks = [
  'transfer_routes',
  'balances_match_transfers',
  'balances_within_bounds',
  'sum_is_zero',
  'budgets_match_appropriations',
  'vouchers_match_orders',
  'payables_match_redemptions',
] as const
export type LedgerCheck = (typeof ledgerChecks)[number]

export interface LedgerViolation {
  check: LedgerCheck
  subjectId: string | null
  message: string
}

export interface LedgerVerification {
  ok: boolean
  accountCount: number
  transferCount: number
  balanceSumFen: number
  checks: { check: LedgerCheck; ok: boolean }[]
  /** the first violation, checks taken in the order above (the most specific first) */
  firstViolation: LedgerViolation | null
}

/**
 * Every check reads one snapshot (a read-only repeatable-read transaction), so orders committing meanwhile
 * cannot make a consistent ledger look broken.
 */
export async function verifyLedger(db: Database): Promise<LedgerVerification> {
  return db.transaction(
    async (transaction) => {
      const totals = await repository.ledgerTotals(transaction)
      const finders: Record<LedgerCheck, () => Promise<repository.Violation | null>> = {
        transfer_routes: () => repository.firstTransferOffRoute(transaction),
        balances_match_transfers: () => repository.firstBalanceOffTransfers(transaction),
        balances_within_bounds: () => repository.firstBalanceOutOfBounds(transaction),
        sum_is_zero: async () =>
          totals.balanceSumFen === 0
            ? null
            : {
                subjectId: null,
                message: `the accounts add up to ${totals.balanceSumFen} fen instead of zero`,
              },
        budgets_match_appropriations: () => repository.firstBudgetOffAppropriations(transaction),
        vouchers_match_orders: () => repository.firstVoucherOffOrders(transaction),
        payables_match_redemptions: () => repository.firstPayableOffRedemptions(transaction),
      }
      const checks: LedgerVerification['checks'] = []
      let firstViolation: LedgerViolation | null = null
      for (const check of ledgerChecks) {
        const violation = await finders[check]()
        checks.push({ check, ok: violation === null })
        if (violation !== null && firstViolation === null) firstViolation = { check, ...violation }
      }
      return { ok: firstViolation === null, ...totals, checks, firstViolation }
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  )
}

export function createLedgerService(db: Database) {
  return {
    /** The corridor office checks the ledger over the API; `g60 ledger verify` calls verifyLedger directly. */
    async verify(principal: Principal | null) {
      authorize(principal, policies.verifyLedger)
      return verifyLedger(db)
    },
  }
}

export type LedgerService = ReturnType<typeof createLedgerService>
