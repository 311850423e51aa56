import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, type TestDatabase } from '../testing/database'
import { queryRows } from './client'
import {
  applyRepeatables,
  findFunctionDrift,
  parseRepeatableFile,
  readRepeatableFiles,
  type RepeatableFile,
} from './repeatables'

let database: TestDatabase
let files: RepeatableFile[]

beforeAll(async () => {
  database = await createTestDatabase()
  files = readRepeatableFiles()
})
afterAll(async () => database.close())

async function answerOf(statement: string): Promise<unknown> {
  const rows = await queryRows<{ answer: unknown }>(database.db, sql.raw(`SELECT ${statement} AS answer`))
  return rows[0]?.answer
}

describe('SQL functions in their home files', () => {
  it('gives every function of a migrated database one home file, and each file one function', async () => {
    expect(files.map((file) => file.folder)).toContain('platform/sql')
    expect(files.map((file) => file.name)).toContain('ledger_transfer')
    expect(await findFunctionDrift(database.db, files)).toEqual([])
  })

  it('applies a file again only when its checksum changes, and records it', async () => {
    expect(await applyRepeatables(database.db, files)).toEqual([])
    const split = files.find((file) => file.name === 'voucher_order_split')
    if (split === undefined) throw new Error('no voucher_order_split.sql')
    const changed = parseRepeatableFile(split.folder, 'voucher_order_split.sql', `-- edited\n${split.text}`)
    expect(changed.checksum).not.toBe(split.checksum)
    expect(await applyRepeatables(database.db, [changed])).toEqual(['voucher_order_split'])
    const recorded = await queryRows<{ checksum: string }>(
      database.db,
      sql`SELECT checksum FROM repeatable_sql WHERE name = 'voucher_order_split'`,
    )
    expect(recorded[0]?.checksum).toBe(changed.checksum)
    expect(await applyRepeatables(database.db, [split])).toEqual(['voucher_order_split'])
  })

  it('reports a function changed in the database, or without a file, and changes nothing itself', async () => {
    await database.db.execute(sql`CREATE OR REPLACE FUNCTION platform_new_id(p_prefix text) RETURNS text
      LANGUAGE sql AS $$ SELECT p_prefix || '_forged' $$`)
    await database.db.execute(
      sql`CREATE FUNCTION stray_function() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$`,
    )
    const drift = await findFunctionDrift(database.db, files)
    expect(drift).toEqual([
      { name: 'platform_new_id', problem: 'differs_from_file' },
      { name: 'stray_function', problem: 'no_home_file' },
    ])
    // the comparison rolled back what it applied: the forged body is still there
    expect(await answerOf(`platform_new_id('x')`)).toBe('x_forged')
    await database.db.execute(sql`DROP FUNCTION stray_function()`)
    await database.db.execute(sql.raw(files.find((file) => file.name === 'platform_new_id')?.text ?? ''))
    expect(await findFunctionDrift(database.db, files)).toEqual([])
  })

  it('refuses a file that is not one function named as the file', () => {
    const body = 'CREATE OR REPLACE FUNCTION a_function() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;'
    expect(parseRepeatableFile('platform/sql', 'a_function.sql', body).name).toBe('a_function')
    expect(() => parseRepeatableFile('platform/sql', 'other_name.sql', body)).toThrow(/exactly one/)
    expect(() => parseRepeatableFile('platform/sql', 'a_function.sql', `${body}\n${body}`)).toThrow(
      /exactly one/,
    )
    expect(() => parseRepeatableFile('platform/sql', 'a_function.sql', 'SELECT 1;')).toThrow(/found: none/)
    expect(() => parseRepeatableFile('platform/sql', 'Bad-Name.sql', body)).toThrow(/not a function/)
  })
})
