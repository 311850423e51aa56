import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { errorCode, useTestApp } from '../../testing/app'
import { expectRefusal } from '../../testing/requests'
import { runsOnPostgres, countOf, idempotencyKeyRows } from '../../testing/database'

const testApp = useTestApp()
let office: string

async function parkCount(nameEn: string) {
  return countOf(testApp.database.db, sql`SELECT count(*) AS count FROM parks WHERE name_en = ${nameEn}`)
}

function createPark(key: string, nameEn: string, cookie = office) {
  return testApp.app.inject({
    method: 'POST',
    url: '/api/parks',
    headers: { cookie, 'idempotency-key': key },
    payload: { nameZh: `${nameEn}园区`, nameEn, cityCode: 'JX', level: 'provincial' },
  })
}

beforeAll(async () => {
  office = await testApp.signIn('office')
})

describe('Idempotency-Key', () => {
  it('replays the first answer to a retry and creates one record', async () => {
    const first = await createPark('key-retry-1', 'Retry Park')
    const second = await createPark('key-retry-1', 'Retry Park')
    expect(first.statusCode).toBe(201)
    expect(second.statusCode).toBe(201)
    expect(second.json()).toEqual(first.json())
    expect(second.headers['idempotent-replayed']).toBe('true')
    expect(await parkCount('Retry Park')).toBe(1)
  })

  it('refuses the same key for a different request', async () => {
    await createPark('key-reuse-1', 'Reuse Park A')
    const reused = await createPark('key-reuse-1', 'Reuse Park B')
    expectRefusal(reused, 422, 'IDEMPOTENCY_KEY_REUSED')
    expect(await parkCount('Reuse Park B')).toBe(0)
  })

  it('keeps keys apart per user', async () => {
    const officer = await testApp.signIn('officer.sh')
    const denied = await createPark('key-shared', 'Shared Key Park', officer)
    expect(denied.statusCode).toBe(403)
    const allowed = await createPark('key-shared', 'Shared Key Park')
    expect(allowed.statusCode).toBe(201)
  })

  it('refuses a key that is too long or has control characters', async () => {
    const response = await createPark('x'.repeat(201), 'Long Key Park')
    expect(errorCode(response)).toBe('IDEMPOTENCY_KEY_INVALID')
  })

  it(`lets concurrent requests with one key cause one effect (${runsOnPostgres() ? 'PostgreSQL, parallel connections' : 'PGlite'})`, async () => {
    const attempts = 6
    const responses = await Promise.all(
      Array.from({ length: attempts }, () => createPark('key-concurrent-1', 'Concurrent Park')),
    )
    expect(responses.map((response) => response.statusCode)).toEqual(Array(attempts).fill(201))
    const ids = new Set(responses.map((response) => response.json().id))
    expect(ids.size).toBe(1)
    expect(responses.filter((response) => response.headers['idempotent-replayed'] === 'true')).toHaveLength(
      attempts - 1,
    )
    expect(await parkCount('Concurrent Park')).toBe(1)
  })

  it('commits the key, the effect and the answer together: a failure storing the answer undoes the effect', async () => {
    const db = testApp.database.db
    // a fault after the work and before the commit: storing the answer of this one key fails
    await db.execute(sql`CREATE FUNCTION test_fail_answer() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'injected fault'; END $$`)
    await db.execute(sql`CREATE TRIGGER test_fail_answer BEFORE UPDATE ON idempotency_keys FOR EACH ROW
      WHEN (NEW.key = 'key-fault-1') EXECUTE FUNCTION test_fail_answer()`)
    const auditBefore = await countOf(db, sql`SELECT count(*) AS count FROM audit_log`)
    try {
      const failed = await createPark('key-fault-1', 'Fault Park')
      expect(failed.statusCode).toBe(500)
      expect(await parkCount('Fault Park')).toBe(0)
      expect(await idempotencyKeyRows(db, 'key-fault-1')).toEqual([])
      expect(await countOf(db, sql`SELECT count(*) AS count FROM audit_log`)).toBe(auditBefore)
    } finally {
      await db.execute(sql`DROP TRIGGER test_fail_answer ON idempotency_keys`)
      await db.execute(sql`DROP FUNCTION test_fail_answer()`)
    }
    // nothing committed, so the retry does the work, once
    const retried = await createPark('key-fault-1', 'Fault Park')
    expect(retried.statusCode).toBe(201)
    expect(retried.headers['idempotent-replayed']).toBeUndefined()
    expect(await parkCount('Fault Park')).toBe(1)
    const [row] = await idempotencyKeyRows(db, 'key-fault-1')
    expect(row).toMatchObject({ state: 'completed', response_status: 201 })
    expect(JSON.parse(String(row?.response_body))).toEqual(retried.json())
  })

  it('stores a refusal with its key, so duplicates sent at once and later all get the same answer', async () => {
    const officer = await testApp.signIn('officer.hf')
    const attempts = 5
    const responses = await Promise.all(
      Array.from({ length: attempts }, () => createPark('key-refused-1', 'Refused Park', officer)),
    )
    for (const response of responses) expectRefusal(response, 403, 'FORBIDDEN')
    const bodies = new Set(responses.map((response) => response.body))
    expect(bodies.size).toBe(1)
    expect(responses.filter((response) => response.headers['idempotent-replayed'] === 'true')).toHaveLength(
      attempts - 1,
    )
    const [row] = await idempotencyKeyRows(testApp.database.db, 'key-refused-1')
    expect(row).toMatchObject({ state: 'completed', response_status: 403 })
    const later = await createPark('key-refused-1', 'Refused Park', officer)
    expect(later.body).toBe(responses[0]?.body)
    expect(await parkCount('Refused Park')).toBe(0)
  })
})
