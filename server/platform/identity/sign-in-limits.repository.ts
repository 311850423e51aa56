// The sign-in limits' rows: an account's delay after failures in a row, and a client address's budget of failures.
// Each check is claimed by one upsert that both tests and records, so concurrent checks queue on the row's lock.
import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'

/** Charges one failure to the address ahead of the check; false when its window's budget is spent. */
export async function claimAddressBudget(
  db: Database,
  address: string,
  budget: { failuresMax: number; windowSeconds: number },
): Promise<boolean> {
  const windowOver = sql`budget.window_started_at <= now() - make_interval(secs => ${budget.windowSeconds})`
  const rows = await queryRows<{ failures: number }>(
    db,
    sql`INSERT INTO sign_in_address_budgets AS budget (address, failures, window_started_at)
        VALUES (${address}, 1, now())
        ON CONFLICT (address) DO UPDATE SET
          failures = CASE WHEN ${windowOver} THEN 1 ELSE budget.failures + 1 END,
          window_started_at = CASE WHEN ${windowOver} THEN now() ELSE budget.window_started_at END
        WHERE ${windowOver} OR budget.failures < ${budget.failuresMax}
        RETURNING failures`,
  )
  return rows.length > 0
}

/** Seconds until the address's window ends (at least one). */
export async function addressWaitSeconds(db: Database, address: string, windowSeconds: number) {
  const [row] = await queryRows<{ seconds: number | string }>(
    db,
    sql`SELECT ceil(extract(epoch FROM window_started_at + make_interval(secs => ${windowSeconds}) - now())) AS seconds
          FROM sign_in_address_budgets WHERE address = ${address}`,
  )
  return Math.max(1, Number(row?.seconds ?? 1))
}

/**
 * Claims the account's next check: only when its delay has ended and no other check runs. The claim lasts at most
 * `checkingSecondsMax`, so a process that dies mid-check frees the account by itself.
 */
export async function claimAccountCheck(
  db: Database,
  username: string,
  checkingSecondsMax: number,
): Promise<boolean> {
  const rows = await queryRows<{ username: string }>(
    db,
    sql`INSERT INTO sign_in_account_delays AS delay (username, checking_until)
        VALUES (${username}, now() + make_interval(secs => ${checkingSecondsMax}))
        ON CONFLICT (username) DO UPDATE SET checking_until = excluded.checking_until
        WHERE delay.next_check_at <= now() AND (delay.checking_until IS NULL OR delay.checking_until <= now())
        RETURNING username`,
  )
  return rows.length > 0
}

/** Seconds until the account may be checked again: its delay, or a second while another check runs. */
export async function accountWaitSeconds(db: Database, username: string) {
  const [row] = await queryRows<{ seconds: number | string }>(
    db,
    sql`SELECT ceil(greatest(extract(epoch FROM next_check_at - now()),
                             CASE WHEN checking_until > now() THEN 1 ELSE 0 END)) AS seconds
          FROM sign_in_account_delays WHERE username = ${username}`,
  )
  return Math.max(1, Number(row?.seconds ?? 1))
}

/** A failed check: the delay doubles from `delayFirstSeconds` with each failure in a row, up to `delayMaxSeconds`. */
export async function recordAccountFailure(
  db: Database,
  username: string,
  delay: { delayFirstSeconds: number; delayMaxSeconds: number },
): Promise<void> {
  // the exponent is capped before power() so that a long siege cannot overflow it
  await db.execute(
    sql`UPDATE sign_in_account_delays
           SET failures_in_row = failures_in_row + 1, checking_until = NULL,
               next_check_at = now() + make_interval(secs => least(
                 ${delay.delayFirstSeconds} * power(2, least(failures_in_row, 30)), ${delay.delayMaxSeconds}))
         WHERE username = ${username}`,
  )
}

/** A successful check: the address gets its charge back, then the account's delay is gone (in the claim's lock order). */
export async function recordSuccess(db: Database, username: string, address: string): Promise<void> {
  await db.execute(
    sql`UPDATE sign_in_address_budgets SET failures = greatest(failures - 1, 0) WHERE address = ${address}`,
  )
  await db.execute(sql`DELETE FROM sign_in_account_delays WHERE username = ${username}`)
}
