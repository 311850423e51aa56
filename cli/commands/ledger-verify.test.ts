// `g60 ledger verify` on a PGlite data folder: a balanced ledger passes; an altered balance is named and the
// command exits with code 2.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureRegistryReferenceData } from '../../server/seed/reference'
import { runOnFolder, withFolderDatabase } from './commands.test-support'
import { registerLedgerVerify } from './ledger-verify'

let dataDirectory: string

const withDatabase = (work: Parameters<typeof withFolderDatabase>[1]) =>
  withFolderDatabase(dataDirectory, work)
const runLedgerVerify = () => runOnFolder(dataDirectory, registerLedgerVerify, ['ledger', 'verify'])

/** A migrated data folder holding a city's appropriation of ¥1,000 into a budget: one balanced transfer. */
beforeAll(async () => {
  dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-ledger-verify-'))
  await withDatabase(async (db, migrate) => {
    await migrate()
    await ensureRegistryReferenceData(db)
    await db.execute(
      sql`INSERT INTO ledger_accounts (id, kind, owner_id, city_code) VALUES
            ('lacc_source', 'appropriation', 'SZ', 'SZ'), ('lacc_budget', 'budget', 'vsch_test', 'SZ')`,
    )
    await db.execute(
      sql`SELECT ledger_transfer('ltrf_test', 'appropriation', 'lacc_source', 'lacc_budget', 100000, 'test', NULL)`,
    )
  })
})
afterAll(() => fs.rmSync(dataDirectory, { recursive: true, force: true }))

describe('g60 ledger verify', () => {
  it('reports a balanced ledger and exits normally', async () => {
    const { output, exitCode } = await runLedgerVerify()
    expect(output).toContain('ledger balanced: 2 accounts, 1 transfers, sum 0 fen')
    expect(output).toContain('ok     sum_is_zero')
    expect(exitCode ?? 0).toBe(0)
  })

  it('names the first violation and exits with code 2', async () => {
    await withDatabase((db) =>
      db.execute(sql`UPDATE ledger_accounts SET balance_fen = 99999 WHERE id = 'lacc_budget'`),
    )
    const { output, exitCode } = await runLedgerVerify()
    expect(output).toContain('FAILED balances_match_transfers')
    expect(output).toMatch(
      /ledger BROKEN \(balances_match_transfers\): account lacc_budget \(budget\) holds 99999 fen/,
    )
    expect(exitCode).toBe(2)
  })
})
