// Sign-in limits that slow an attacker without locking the owner out. Each failure in a row delays the account's
// next check exponentially (1 s, 2 s, 4 s … up to a cap), and each client address has a budget of failed sign-ins
// per window across usernames. A check is claimed before the password is verified, in one transaction that charges
// the address and claims the account, so a parallel burst gets no more checks than a sequential one; a success
// gives the address its charge back and ends the account's delay.
import type { Database } from '../../db/client'
import { AppError } from '../errors'
import * as repository from './sign-in-limits.repository'

export interface SignInLimits {
  /** the delay after the first failure in a row; it doubles with each further one */
  delayFirstSeconds: number
  delayMaxSeconds: number
  /** failed sign-ins an address may make per window, across usernames */
  addressFailuresMax: number
  addressWindowSeconds: number
}

export const defaultSignInLimits: SignInLimits = {
  delayFirstSeconds: 1,
  delayMaxSeconds: 15 * 60,
  addressFailuresMax: 30,
  addressWindowSeconds: 15 * 60,
}

/** How long a claimed check may run (password hashing takes a fraction of a second) before the claim lapses. */
const checkingSecondsMax = 10

export function createSignInLimits(db: Database, limits: SignInLimits) {
  return {
    /** Claims a check of `username`'s password from `address`, or refuses with AUTH_RATE_LIMITED and the wait. */
    async claim(username: string, address: string): Promise<void> {
      // a refusal thrown inside rolls the address's charge back
      await db.transaction(async (transaction) => {
        const budget = { failuresMax: limits.addressFailuresMax, windowSeconds: limits.addressWindowSeconds }
        if (!(await repository.claimAddressBudget(transaction, address, budget))) {
          const retryAfterSeconds = await repository.addressWaitSeconds(
            transaction,
            address,
            limits.addressWindowSeconds,
          )
          throw new AppError('AUTH_RATE_LIMITED', { retryAfterSeconds, limit: 'address' })
        }
        if (!(await repository.claimAccountCheck(transaction, username, checkingSecondsMax))) {
          const retryAfterSeconds = await repository.accountWaitSeconds(transaction, username)
          throw new AppError('AUTH_RATE_LIMITED', { retryAfterSeconds, limit: 'account' })
        }
      })
    },
    /** The claimed check failed: the account's delay grows; the address keeps its charge. */
    failed: (username: string) => repository.recordAccountFailure(db, username, limits),
    /** The claimed check succeeded, in the transaction that starts the session. */
    succeeded: (transaction: Database, username: string, address: string) =>
      repository.recordSuccess(transaction, username, address),
  }
}

export type SignInLimitsService = ReturnType<typeof createSignInLimits>
