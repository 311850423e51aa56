import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDatabase, runsOnPostgres, type TestDatabase } from '../testing/database'
import { queryRows } from './client'
import { retryingTransient, transientSqlStateOf } from './transient'

/** what pg throws, wrapped as drizzle wraps it */
function failedQuery(sqlState: string) {
  const databaseError = Object.assign(new Error('deadlock detected'), { code: sqlState, severity: 'ERROR' })
  return Object.assign(new Error('Failed query: update t'), {
    query: 'update t',
    params: [],
    cause: databaseError,
  })
}

describe('retryingTransient', () => {
  it('tries a deadlock and a serialization failure again, and gives up after attemptsMax', async () => {
    for (const sqlState of ['40P01', '40001']) {
      let attempts = 0
      const result = await retryingTransient(async () => {
        attempts++
        if (attempts < 3) throw failedQuery(sqlState)
        return 'done'
      })
      expect(result).toBe('done')
      expect(attempts).toBe(3)
    }
    let attempts = 0
    const always = retryingTransient(async () => {
      attempts++
      throw failedQuery('40P01')
    }, 2)
    await expect(always).rejects.toThrow('Failed query')
    expect(attempts).toBe(2)
    const caught = await always.catch((error: unknown) => error)
    expect(transientSqlStateOf(caught)).toBe('40P01')
  })

  it('does not try other failures again', async () => {
    let attempts = 0
    const uniqueViolation = retryingTransient(async () => {
      attempts++
      throw failedQuery('23505')
    })
    await expect(uniqueViolation).rejects.toThrow('Failed query')
    expect(attempts).toBe(1)
    expect(transientSqlStateOf(new Error('plain'))).toBeNull()
  })
})

describe.runIf(runsOnPostgres())('retryingTransient on a real deadlock (PostgreSQL)', () => {
  let database: TestDatabase
  beforeAll(async () => {
    database = await createTestDatabase()
    await database.db.execute(
      sql`CREATE TABLE transient_probe (id int PRIMARY KEY, touched int NOT NULL DEFAULT 0)`,
    )
    await database.db.execute(sql`INSERT INTO transient_probe (id) VALUES (1), (2)`)
  })
  afterAll(async () => database.close())

  it('lets both of two transactions that lock two rows in opposite orders commit', async () => {
    let attempts = 0
    const firstLocks: Promise<void>[] = []
    const locked: (() => void)[] = []
    for (let index = 0; index < 2; index++)
      firstLocks.push(new Promise<void>((resolve) => locked.push(resolve)))
    const touch = (first: number, second: number, index: number) =>
      retryingTransient(() => {
        attempts++
        const firstTry = attempts <= 2
        return database.db.transaction(async (transaction) => {
          await transaction.execute(sql`UPDATE transient_probe SET touched = touched + 1 WHERE id = ${first}`)
          if (firstTry) {
            locked[index]?.()
            // each holds its first row until the other holds its own: the second updates then wait on each other
            await Promise.all(firstLocks)
          }
          await transaction.execute(
            sql`UPDATE transient_probe SET touched = touched + 1 WHERE id = ${second}`,
          )
        })
      })
    await Promise.all([touch(1, 2, 0), touch(2, 1, 1)])
    expect(attempts).toBe(3)
    const rows = await queryRows(database.db, sql`SELECT sum(touched)::int AS touched FROM transient_probe`)
    expect(rows).toEqual([{ touched: 4 }])
  })
})
