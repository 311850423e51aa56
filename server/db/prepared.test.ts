import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, runsOnPostgres, type TestDatabase } from '../testing/database'
import { queryRows } from './client'
import { preparedStatement } from './prepared'

let database: TestDatabase

const insertProbe = preparedStatement<{ id: string; amountFen: number | null }>(
  'test_prepared_insert_probe',
  (parameter) =>
    sql`INSERT INTO prepared_probes (id, amount_fen) VALUES (${parameter('id')}, ${parameter('amountFen')}::bigint)
        RETURNING id, amount_fen`,
)
const probesAbove = preparedStatement<{ floorFen: number }>(
  'test_prepared_probes_above',
  (parameter) =>
    sql`SELECT id FROM prepared_probes WHERE amount_fen > ${parameter('floorFen')} OR amount_fen IS NULL
        ORDER BY id`,
)

beforeAll(async () => {
  database = await createTestDatabase()
  await database.db.execute(sql`CREATE TABLE prepared_probes (id text PRIMARY KEY, amount_fen bigint)`)
})
afterAll(async () => database.close())

describe('prepared statements', () => {
  it('compiles its placeholders once and fills them on every call, nulls included', async () => {
    expect(insertProbe.text).toBe(
      'INSERT INTO prepared_probes (id, amount_fen) VALUES ($1, $2::bigint)\n        RETURNING id, amount_fen',
    )
    const rows = await insertProbe.rows<{ id: string; amount_fen: string | number }>(database.db, {
      id: 'a',
      amountFen: 5,
    })
    expect(rows.map((row) => [row.id, Number(row.amount_fen)])).toEqual([['a', 5]])
    await insertProbe.rows(database.db, { id: 'b', amountFen: null })
    await insertProbe.rows(database.db, { id: 'c', amountFen: 1 })
    expect(await probesAbove.rows<{ id: string }>(database.db, { floorFen: 2 })).toEqual([
      { id: 'a' },
      { id: 'b' },
    ])
    expect(await probesAbove.rows<{ id: string }>(database.db, { floorFen: 0 })).toEqual([
      { id: 'a' },
      { id: 'b' },
      { id: 'c' },
    ])
  })

  it(`runs in a transaction on its connection, ${runsOnPostgres() ? 'named on PostgreSQL' : 'unnamed on PGlite'}`, async () => {
    const rolledBack = new Error('roll back')
    await expect(
      database.db.transaction(async (transaction) => {
        await insertProbe.rows(transaction, { id: 'in-transaction', amountFen: 100 })
        // the same statement again on the same connection: prepared once, executed twice
        await insertProbe.rows(transaction, { id: 'in-transaction-2', amountFen: 100 })
        const seen = await probesAbove.rows<{ id: string }>(transaction, { floorFen: 99 })
        expect(seen).toEqual([{ id: 'b' }, { id: 'in-transaction' }, { id: 'in-transaction-2' }])
        const prepared = await queryRows<{ name: string }>(
          transaction,
          sql`SELECT name FROM pg_prepared_statements WHERE name LIKE 'test_prepared_%' ORDER BY name`,
        )
        expect(prepared.map((row) => row.name)).toEqual(
          runsOnPostgres() ? ['test_prepared_insert_probe', 'test_prepared_probes_above'] : [],
        )
        throw rolledBack
      }),
    ).rejects.toBe(rolledBack)
    expect(await probesAbove.rows<{ id: string }>(database.db, { floorFen: 99 })).toEqual([{ id: 'b' }])
  })

  it('refuses a name defined twice or not valid for PostgreSQL', () => {
    expect(() => preparedStatement('test_prepared_insert_probe', () => sql`SELECT 1`)).toThrow(
      'prepared statement test_prepared_insert_probe is defined twice',
    )
    expect(() => preparedStatement('Not a name', () => sql`SELECT 1`)).toThrow('is not valid')
    expect(() => preparedStatement(`test_${'x'.repeat(60)}`, () => sql`SELECT 1`)).toThrow('is not valid')
  })
})
