// SQL of the double-entry ledger: accounts, transfers (through the database function ledger_transfer), and the
// queries that verify the invariants.
import { and, eq, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { preparedStatement } from '../../db/prepared'
import { withRefusals } from '../../platform/refusals'
import { assert } from '../../platform/errors'
import { newId } from '../../platform/ids'
import {
  transferRoutes,
  reversalRoutes,
  type LedgerAccountKind,
  type TransferKind,
} from './vouchers.reference'
import { ledgerAccounts, ledgerTransfers } from './vouchers.tables'

export type LedgerTransferRow = typeof ledgerTransfers.$inferSelect

/** The city's appropriation source, created on first use; a unique index makes concurrent first uses meet. */
export async function ensureAppropriationAccount(db: Database, cityCode: string): Promise<string> {
  await db
    .insert(ledgerAccounts)
    .values({ id: newId('lacc'), kind: 'appropriation', ownerId: cityCode, cityCode })
    .onConflictDoNothing({ target: [ledgerAccounts.kind, ledgerAccounts.ownerId] })
  const [row] = await db
    .select({ id: ledgerAccounts.id })
    .from(ledgerAccounts)
    .where(and(eq(ledgerAccounts.kind, 'appropriation'), eq(ledgerAccounts.ownerId, cityCode)))
  if (row === undefined) throw new Error(`no appropriation account for ${cityCode}`)
  return row.id
}

/**
 * An account of the kind for its owner, created on first use (ledger_account_ensure(): concurrent first uses meet on
 * one row); another module's money (a policy item's budget, a firm's awards) lives in the same ledger this way.
 */
export async function ensureLedgerAccount(
  db: Database,
  account: { kind: LedgerAccountKind; ownerId: string; cityCode: string },
): Promise<string> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`SELECT ledger_account_ensure(${account.kind}, ${account.ownerId}, ${account.cityCode}) AS id`,
  )
  const id = rows[0]?.id
  assert(id !== undefined, `no ${account.kind} account for ${account.ownerId}`)
  return id
}

export async function insertAccounts(
  db: Database,
  accounts: { id: string; kind: LedgerAccountKind; ownerId: string; cityCode: string }[],
): Promise<void> {
  await db.insert(ledgerAccounts).values(accounts)
}

export interface TransferInput {
  kind: TransferKind
  fromAccountId: string
  toAccountId: string
  amountFen: number
  reference: string
  actorUserId: string | null
}

const transferStatement = preparedStatement<TransferInput & { transferId: string }>(
  'ledger_transfer',
  (parameter) =>
    sql`SELECT ledger_transfer(${parameter('transferId')}, ${parameter('kind')}, ${parameter('fromAccountId')},
        ${parameter('toAccountId')}, ${parameter('amountFen')}::bigint, ${parameter('reference')},
        ${parameter('actorUserId')})`,
)

/** One balanced transfer: both accounts locked in id order, balances moved and the transfer recorded. */
export async function transfer(db: Database, input: TransferInput): Promise<string> {
  const transferId = newId('ltrf')
  await withRefusals(transferStatement.rows(db, { ...input, transferId }))
  return transferId
}

/** Transfers in one batch at most: a batch is one statement, and one commit when it is its own transaction. */
export const transfersPerBatchMax = 2000

// ORDER BY position: the calls run in the order given (a volatile function in the select list is evaluated after
// the sort), so each transfer sees the balances its predecessors in the batch left.
const transferBatchStatement = preparedStatement<{ transfers: string }>(
  'ledger_transfer_batch',
  (parameter) =>
    sql`SELECT ledger_transfer(t.id, t.kind, t.from_account_id, t.to_account_id, t.amount_fen, t.reference,
                               t.actor_user_id, t.at)
          FROM json_to_recordset(${parameter('transfers')}::json)
            AS t(position integer, id text, kind text, from_account_id text, to_account_id text, amount_fen bigint,
                 reference text, actor_user_id text, at timestamptz)
         ORDER BY t.position`,
)

/**
 * Several balanced transfers in one statement, in the order given, all or none (a refusal of any refuses the
 * batch): for callers with many at once, such as the demo seeder, imports and corrections. Each transfer is made
 * by ledger_transfer(), exactly as a single one. Ids are the caller's when given; so is the time, for records of
 * acts that happened earlier (the seeder's year), never later than now; without one a transfer is stamped now.
 */
export async function transferMany(
  db: Database,
  transfers: readonly (TransferInput & { transferId?: string; at?: Date })[],
): Promise<string[]> {
  assert(transfers.length <= transfersPerBatchMax, `a batch of ${transfers.length} transfers is too large`)
  if (transfers.length === 0) return []
  const records = transfers.map((transfer, position) => ({
    position,
    id: transfer.transferId ?? newId('ltrf'),
    kind: transfer.kind,
    from_account_id: transfer.fromAccountId,
    to_account_id: transfer.toAccountId,
    amount_fen: transfer.amountFen,
    reference: transfer.reference,
    actor_user_id: transfer.actorUserId,
    at: transfer.at?.toISOString() ?? null,
  }))
  const moved = await withRefusals(transferBatchStatement.rows(db, { transfers: JSON.stringify(records) }))
  assert(moved.length === records.length, `${moved.length} of ${records.length} transfers ran`)
  return records.map((record) => record.id)
}

/** Locks one account until the transaction ends and returns its balance. */
export async function lockAccount(db: Database, accountId: string): Promise<number> {
  const rows = await queryRows<{ balance_fen: string | number }>(
    db,
    sql`SELECT balance_fen FROM ledger_accounts WHERE id = ${accountId} FOR UPDATE`,
  )
  const row = rows[0]
  if (row === undefined) throw new Error(`ledger account ${accountId} does not exist`)
  return Number(row.balance_fen)
}

/** The record a transfer was made for, by the name people know it by (a number where it has one). */
export interface TransferSubject {
  kind: 'claim' | 'order' | 'redemption' | 'voucher'
  id: string
  number: string | null
  nameZh: string
  nameEn: string
}

export interface TransferEntry extends LedgerTransferRow {
  fromAccountKind: string
  toAccountKind: string
  subject: TransferSubject | null
}

interface TransferEntryRow {
  id: string
  kind: string
  from_account_id: string
  to_account_id: string
  amount_fen: string | number
  reference: string
  actor_user_id: string | null
  created_at: string | Date
  from_kind: string
  to_kind: string
  subject_kind: TransferSubject['kind'] | null
  subject_number: string | null
  subject_name_zh: string | null
  subject_name_en: string | null
}

/**
 * Transfers touching any of the accounts, newest first, one keyset page, each with the record it was made for
 * named in the same statement (a claim by its scheme, an order or redemption by what it bought, a lapse by the
 * voucher's number), so that no reader looks names up row by row.
 */
export async function listTransfersOf(
  db: Database,
  accountIds: string[],
  after: string | null,
  limit: number,
): Promise<TransferEntry[]> {
  const rows = await queryRows<TransferEntryRow>(
    db,
    sql`SELECT t.id, t.kind, t.from_account_id, t.to_account_id, t.amount_fen, t.reference, t.actor_user_id,
               t.created_at, f.kind AS from_kind, d.kind AS to_kind,
               CASE WHEN c.id IS NOT NULL THEN 'claim' WHEN r.id IS NOT NULL THEN 'redemption'
                    WHEN o.id IS NOT NULL THEN 'order' WHEN v.id IS NOT NULL THEN 'voucher' END AS subject_kind,
               coalesce(c.number, o.number, v.number) AS subject_number,
               coalesce(cs.name_zh, p.name_zh, i.name_zh, vs.name_zh) AS subject_name_zh,
               coalesce(cs.name_en, p.name_en, i.name_en, vs.name_en) AS subject_name_en
          FROM ledger_transfers t
          JOIN ledger_accounts f ON f.id = t.from_account_id
          JOIN ledger_accounts d ON d.id = t.to_account_id
          LEFT JOIN voucher_claims c ON c.id = t.reference
          LEFT JOIN voucher_schemes cs ON cs.id = c.scheme_id
          LEFT JOIN redemptions r ON r.id = t.reference
          LEFT JOIN voucher_orders o ON o.id = coalesce(r.order_id, t.reference)
          LEFT JOIN service_products p ON p.id = o.product_id
          LEFT JOIN instrument_organisation_bookings b ON b.id = o.source_id
          LEFT JOIN instrument_open_catalogue i ON i.id = b.instrument_id
          LEFT JOIN vouchers v ON v.id = t.reference
          LEFT JOIN voucher_schemes vs ON vs.id = v.scheme_id
         WHERE (t.from_account_id IN ${accountIds} OR t.to_account_id IN ${accountIds})
           ${after !== null ? sql`AND t.id < ${after}` : sql``}
         ORDER BY t.id DESC LIMIT ${limit + 1}`,
  )
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    fromAccountId: row.from_account_id,
    toAccountId: row.to_account_id,
    amountFen: Number(row.amount_fen),
    reference: row.reference,
    actorUserId: row.actor_user_id,
    createdAt: new Date(row.created_at),
    fromAccountKind: row.from_kind,
    toAccountKind: row.to_kind,
    subject:
      row.subject_kind === null
        ? null
        : {
            kind: row.subject_kind,
            id: row.reference,
            number: row.subject_number,
            nameZh: row.subject_name_zh ?? '',
            nameEn: row.subject_name_en ?? '',
          },
  }))
}

// ---- verification: each query finds the first violation of one invariant (or none) ----

export interface Violation {
  subjectId: string | null
  message: string
}

type Row = Record<string, unknown>
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value))
const amount = (value: unknown) => Number(value ?? 0)

export async function ledgerTotals(db: Database) {
  const rows = await queryRows<Row>(
    db,
    sql`SELECT (SELECT count(*) FROM ledger_accounts) AS account_count,
               (SELECT count(*) FROM ledger_transfers) AS transfer_count,
               (SELECT coalesce(sum(balance_fen), 0) FROM ledger_accounts) AS balance_sum_fen`,
  )
  const row = rows[0] ?? {}
  return {
    accountCount: amount(row.account_count),
    transferCount: amount(row.transfer_count),
    balanceSumFen: amount(row.balance_sum_fen),
  }
}

export async function firstTransferOffRoute(db: Database): Promise<Violation | null> {
  const routes = [
    ...Object.entries(transferRoutes).map(([kind, [from, to]]) => [kind, from, to] as const),
    ...reversalRoutes.map(([from, to]) => ['reversal', from, to] as const),
  ]
  const allowed = sql.join(
    routes.map(([kind, from, to]) => sql`(${kind}::text, ${from}::text, ${to}::text)`),
    sql`, `,
  )
  const rows = await queryRows<Row>(
    db,
    sql`SELECT t.id, t.kind, t.amount_fen, f.kind AS from_kind, d.kind AS to_kind
          FROM ledger_transfers t
          JOIN ledger_accounts f ON f.id = t.from_account_id
          JOIN ledger_accounts d ON d.id = t.to_account_id
         WHERE t.amount_fen <= 0 OR t.from_account_id = t.to_account_id
            OR (t.kind, f.kind, d.kind) NOT IN (VALUES ${allowed})
         ORDER BY t.id LIMIT 1`,
  )
  const row = rows[0]
  if (row === undefined) return null
  return {
    subjectId: text(row.id),
    message: `transfer ${text(row.id)} (${text(row.kind)}, ${amount(row.amount_fen)} fen) moves money from a ${text(row.from_kind)} account to a ${text(row.to_kind)} account, which its kind does not allow`,
  }
}

export async function firstBalanceOffTransfers(db: Database): Promise<Violation | null> {
  const rows = await queryRows<Row>(
    db,
    sql`WITH movements AS (
          SELECT to_account_id AS account_id, amount_fen FROM ledger_transfers
          UNION ALL
          SELECT from_account_id, -amount_fen FROM ledger_transfers
        ), totals AS (
          SELECT account_id, sum(amount_fen) AS total_fen FROM movements GROUP BY account_id
        )
        SELECT a.id, a.kind, a.balance_fen, coalesce(t.total_fen, 0) AS expected_fen
          FROM ledger_accounts a LEFT JOIN totals t ON t.account_id = a.id
         WHERE a.balance_fen <> coalesce(t.total_fen, 0)
         ORDER BY a.id LIMIT 1`,
  )
  const row = rows[0]
  if (row === undefined) return null
  return {
    subjectId: text(row.id),
    message: `account ${text(row.id)} (${text(row.kind)}) holds ${amount(row.balance_fen)} fen but its transfers add up to ${amount(row.expected_fen)} fen`,
  }
}

export async function firstBalanceOutOfBounds(db: Database): Promise<Violation | null> {
  const rows = await queryRows<Row>(
    db,
    sql`SELECT id, kind, balance_fen FROM ledger_accounts
         WHERE (kind = 'appropriation' AND balance_fen > 0) OR (kind <> 'appropriation' AND balance_fen < 0)
         ORDER BY id LIMIT 1`,
  )
  const row = rows[0]
  if (row === undefined) return null
  return {
    subjectId: text(row.id),
    message:
      text(row.kind) === 'appropriation'
        ? `appropriation account ${text(row.id)} is above zero (${amount(row.balance_fen)} fen)`
        : `account ${text(row.id)} (${text(row.kind)}) is below zero (${amount(row.balance_fen)} fen)`,
  }
}

export async function firstBudgetOffAppropriations(db: Database): Promise<Violation | null> {
  const rows = await queryRows<Row>(
    db,
    sql`SELECT s.id, coalesce(a.total_fen, 0) AS appropriated_fen, coalesce(t.total_fen, 0) AS transferred_fen
          FROM voucher_schemes s
          LEFT JOIN (SELECT scheme_id, sum(amount_fen) AS total_fen FROM voucher_scheme_appropriations
                      GROUP BY scheme_id) a ON a.scheme_id = s.id
          LEFT JOIN (SELECT to_account_id, sum(amount_fen) AS total_fen FROM ledger_transfers
                      WHERE kind = 'appropriation' GROUP BY to_account_id) t ON t.to_account_id = s.budget_account_id
         WHERE coalesce(a.total_fen, 0) <> coalesce(t.total_fen, 0)
         ORDER BY s.id LIMIT 1`,
  )
  const row = rows[0]
  if (row === undefined) return null
  return {
    subjectId: text(row.id),
    message: `scheme ${text(row.id)} records ${amount(row.appropriated_fen)} fen of appropriations but its budget received ${amount(row.transferred_fen)} fen`,
  }
}

/**
 * Per voucher: its face value is the approved amount and what the issue transfer brought; its reservation holds
 * the share of every order still open (reserved or delivered, not yet redeemed); its balance is the face value
 * less the share of every order not cancelled and less what lapsed.
 */
export async function firstVoucherOffOrders(db: Database): Promise<Violation | null> {
  const rows = await queryRows<Row>(
    db,
    sql`SELECT v.id, v.number, v.amount_fen, c.approved_amount_fen,
               va.balance_fen AS available_fen, ra.balance_fen AS reserved_fen,
               coalesce(o.open_share_fen, 0) AS open_share_fen,
               coalesce(o.committed_share_fen, 0) AS committed_share_fen,
               coalesce(issued.total_fen, 0) AS issued_fen, coalesce(lapsed.total_fen, 0) AS lapsed_fen
          FROM vouchers v
          JOIN voucher_claims c ON c.id = v.claim_id
          JOIN ledger_accounts va ON va.id = v.account_id
          JOIN ledger_accounts ra ON ra.id = v.reservation_account_id
          LEFT JOIN (SELECT voucher_id,
                            sum(voucher_share_fen) FILTER (WHERE status IN ('reserved', 'delivered')) AS open_share_fen,
                            sum(voucher_share_fen) FILTER (WHERE status <> 'cancelled') AS committed_share_fen
                       FROM voucher_orders GROUP BY voucher_id) o ON o.voucher_id = v.id
          LEFT JOIN (SELECT to_account_id, sum(amount_fen) AS total_fen FROM ledger_transfers
                      WHERE kind = 'issue' GROUP BY to_account_id) issued ON issued.to_account_id = v.account_id
          LEFT JOIN (SELECT from_account_id, sum(amount_fen) AS total_fen FROM ledger_transfers
                      WHERE kind = 'lapse' GROUP BY from_account_id) lapsed ON lapsed.from_account_id = v.account_id
         WHERE c.approved_amount_fen IS DISTINCT FROM v.amount_fen
            OR coalesce(issued.total_fen, 0) <> v.amount_fen
            OR ra.balance_fen <> coalesce(o.open_share_fen, 0)
            OR va.balance_fen <> v.amount_fen - coalesce(o.committed_share_fen, 0) - coalesce(lapsed.total_fen, 0)
         ORDER BY v.id LIMIT 1`,
  )
  const row = rows[0]
  if (row === undefined) return null
  const id = text(row.id)
  const number = text(row.number)
  const faceFen = amount(row.amount_fen)
  let problem: string
  if (row.approved_amount_fen === null || amount(row.approved_amount_fen) !== faceFen) {
    problem = `its face value ${faceFen} fen differs from the approved amount ${text(row.approved_amount_fen)} fen`
  } else if (amount(row.issued_fen) !== faceFen) {
    problem = `its face value ${faceFen} fen differs from the ${amount(row.issued_fen)} fen issued to it`
  } else if (amount(row.reserved_fen) !== amount(row.open_share_fen)) {
    problem = `its reservation holds ${amount(row.reserved_fen)} fen but its open orders reserve ${amount(row.open_share_fen)} fen`
  } else {
    const expectedFen = faceFen - amount(row.committed_share_fen) - amount(row.lapsed_fen)
    problem = `its balance is ${amount(row.available_fen)} fen but its orders leave ${expectedFen} fen`
  }
  return { subjectId: id, message: `voucher ${number} (${id}): ${problem}` }
}

/**
 * Per scheme: its payable account holds what approved, unsettled redemptions owe and its paid account what
 * settled ones were paid; per settlement run: its total, its redemptions and its payment lines agree.
 */
export async function firstPayableOffRedemptions(db: Database): Promise<Violation | null> {
  const rows = await queryRows<Row>(
    db,
    sql`WITH claims AS (
          SELECT scheme_id,
                 sum(amount_fen) FILTER (WHERE status = 'approved' AND settlement_run_id IS NULL) AS unsettled_fen,
                 sum(amount_fen) FILTER (WHERE status = 'approved' AND settlement_run_id IS NOT NULL) AS settled_fen
            FROM redemptions GROUP BY scheme_id)
        SELECT s.id, coalesce(p.balance_fen, 0) AS payable_fen, coalesce(d.balance_fen, 0) AS paid_fen,
               coalesce(c.unsettled_fen, 0) AS unsettled_fen, coalesce(c.settled_fen, 0) AS settled_fen
          FROM voucher_schemes s
          LEFT JOIN claims c ON c.scheme_id = s.id
          LEFT JOIN ledger_accounts p ON p.kind = 'payable' AND p.owner_id = s.id
          LEFT JOIN ledger_accounts d ON d.kind = 'paid' AND d.owner_id = s.id
         WHERE coalesce(p.balance_fen, 0) <> coalesce(c.unsettled_fen, 0)
            OR coalesce(d.balance_fen, 0) <> coalesce(c.settled_fen, 0)
         ORDER BY s.id LIMIT 1`,
  )
  const row = rows[0]
  if (row !== undefined) {
    return {
      subjectId: text(row.id),
      message: `scheme ${text(row.id)}: payable ${amount(row.payable_fen)} fen and paid ${amount(row.paid_fen)} fen, but its approved redemptions leave ${amount(row.unsettled_fen)} fen unsettled and ${amount(row.settled_fen)} fen settled`,
    }
  }
  const runs = await queryRows<Row>(
    db,
    sql`SELECT r.id, r.total_fen, coalesce(c.total_fen, 0) AS redeemed_fen, coalesce(p.total_fen, 0) AS paid_fen
          FROM settlement_runs r
          LEFT JOIN (SELECT settlement_run_id, sum(amount_fen) AS total_fen FROM redemptions
                      WHERE settlement_run_id IS NOT NULL GROUP BY settlement_run_id) c ON c.settlement_run_id = r.id
          LEFT JOIN (SELECT settlement_run_id, sum(amount_fen) AS total_fen FROM settlement_payments
                      GROUP BY settlement_run_id) p ON p.settlement_run_id = r.id
         WHERE r.total_fen <> coalesce(c.total_fen, 0) OR r.total_fen <> coalesce(p.total_fen, 0)
         ORDER BY r.id LIMIT 1`,
  )
  const run = runs[0]
  if (run === undefined) return null
  return {
    subjectId: text(run.id),
    message: `settlement run ${text(run.id)} totals ${amount(run.total_fen)} fen, its redemptions ${amount(run.redeemed_fen)} fen and its payments ${amount(run.paid_fen)} fen`,
  }
}
