// `g60 ledger verify` on a PGlite data folder: a balanced ledger passes; an altered balance is named and the
// command exits with code 2.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Command } from 'commander'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { loadConfig } from '../../server/config'
import { openPglite, type Database } from '../../server/db/client'
import { ensureRegistryReferenceData } from '../../server/seed/reference'
import { registerLedgerVerify } from './ledger-verify'

let dataDirectory: string

/** Where the command will look: the PGlite folder inside the data folder, as config.ts places it. */
function pgliteDirectory(): string {
  const database = loadConfig({ G60_DATA_DIR: dataDirectory }).database
  if (database.kind !== 'pglite') throw new Error('expected a PGlite configuration')
  return database.dataDirectory
}

async function withDatabase(work: (db: Database) => Promise<unknown>) {
  const handle = await openPglite({ dataDirectory: pgliteDirectory() })
  try {
    await work(handle.db)
  } finally {
    await handle.close()
  }
}

async function runLedgerVerify(): Promise<{ output: string; exitCode: number | string | undefined }> {
  const output: string[] = []
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output.push(String(chunk))
    return true
  })
  const saved = { dataDirectory: process.env.G60_DATA_DIR, databaseUrl: process.env.DATABASE_URL }
  process.env.G60_DATA_DIR = dataDirectory
  delete process.env.DATABASE_URL
  const program = new Command().exitOverride()
  registerLedgerVerify(program)
  try {
    await program.parseAsync(['node', 'g60', 'ledger', 'verify'])
  } finally {
    write.mockRestore()
    if (saved.dataDirectory === undefined) delete process.env.G60_DATA_DIR
    else process.env.G60_DATA_DIR = saved.dataDirectory
    if (saved.databaseUrl !== undefined) process.env.DATABASE_URL = saved.databaseUrl
  }
  const exitCode = process.exitCode
  // The test process itself must not end with the command's code.
  process.exitCode = undefined
  return { output: output.join(''), exitCode }
}

/** A migrated data folder holding a city's appropriation of ¥1,000 into a budget: one balanced transfer. */
beforeAll(async () => {
  dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'g60-ledger-verify-'))
  const handle = await openPglite({ dataDirectory: pgliteDirectory() })
  try {
    await handle.migrate()
    await ensureRegistryReferenceData(handle.db)
    await handle.db.execute(
      sql`INSERT INTO ledger_accounts (id, kind, owner_id, city_code) VALUES
            ('lacc_source', 'appropriation', 'SZ', 'SZ'), ('lacc_budget', 'budget', 'vsch_test', 'SZ')`,
    )
    await handle.db.execute(
      sql`SELECT ledger_transfer('ltrf_test', 'appropriation', 'lacc_source', 'lacc_budget', 100000, 'test', NULL)`,
    )
  } finally {
    await handle.close()
  }
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
