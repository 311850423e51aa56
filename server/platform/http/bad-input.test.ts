import { sql } from 'drizzle-orm'
import type { InjectOptions } from 'fastify'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { completeCreditCode } from '../../modules/registry'
import { errorCode, useTestApp } from '../../testing/app'
import { enqueue } from '../jobs'

const testApp = useTestApp()
let office: string

async function databaseState() {
  const rows = await queryRows<Record<string, string | number>>(
    testApp.database.db,
    sql`SELECT (SELECT count(*) FROM firms) AS firms, (SELECT count(*) FROM parks) AS parks,
               (SELECT count(*) FROM audit_log) AS audit, (SELECT max(updated_at)::text FROM firms) AS last_update`,
  )
  return rows[0]
}

const validFirm = {
  creditCode: completeCreditCode('91320500MA1BADXN1'),
  nameZh: '苏州坏输入科技有限公司',
  nameEn: 'Suzhou Bad Input Technology Co., Ltd.',
  cityCode: 'SZ',
  industryCode: 'ic',
  size: 'small',
  stage: 'growth',
  foundedOn: '2020-01-01',
}

beforeAll(async () => {
  office = await testApp.signIn('office')
})

/** Each bad request, built when its test runs, with the status and code it must get. */
const badInputCases: {
  name: string
  status: number
  code: string
  request: () => InjectOptions
}[] = [
  {
    name: 'a wrong type',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => ({ method: 'POST', url: '/api/firms', payload: { ...validFirm, size: 42 } }),
  },
  {
    name: 'an unknown field',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => ({ method: 'POST', url: '/api/firms', payload: { ...validFirm, secretFlag: true } }),
  },
  {
    name: 'an invalid credit code',
    status: 400,
    code: 'CREDIT_CODE_INVALID',
    request: () => ({
      method: 'POST',
      url: '/api/firms',
      payload: {
        ...validFirm,
        creditCode: `${validFirm.creditCode.slice(0, 17)}${validFirm.creditCode.endsWith('0') ? '1' : '0'}`,
      },
    }),
  },
  {
    name: 'malformed JSON',
    status: 400,
    code: 'MALFORMED_JSON',
    request: () => ({
      method: 'POST',
      url: '/api/firms',
      headers: { 'content-type': 'application/json' },
      payload: '{"nameZh": "苏州",',
    }),
  },
  {
    name: 'an oversized body',
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    request: () => ({
      method: 'POST',
      url: '/api/firms',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ ...validFirm, nameEn: 'x'.repeat(2 * 1024 * 1024) }),
    }),
  },
  {
    name: 'an unknown field in an update',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => ({ method: 'PATCH', url: '/api/cities/SZ', payload: { population: 1 } }),
  },
  {
    name: 'a date that is not a date',
    status: 400,
    code: 'VALIDATION_FAILED',
    request: () => ({
      method: 'POST',
      url: '/api/firms',
      payload: { ...validFirm, foundedOn: '2020-13-45' },
    }),
  },
]

describe('bad input: a 4xx with a stable code, and nothing changes', () => {
  for (const testCase of badInputCases) {
    it(`refuses ${testCase.name}`, async () => {
      const before = await databaseState()
      const request = testCase.request()
      const response = await testApp.app.inject({
        ...request,
        headers: { ...request.headers, cookie: office },
      })
      expect(response.statusCode).toBe(testCase.status)
      expect(errorCode(response)).toBe(testCase.code)
      expect(response.json().error.requestId).toMatch(/^req_/)
      expect(await databaseState()).toEqual(before)
    })
  }

  it('refuses oversized page sizes, wrong query types and forged cursors', async () => {
    for (const url of [
      '/api/firms?limit=1000',
      '/api/firms?limit=abc',
      '/api/firms?leading=perhaps',
      '/api/firms?cursor=%%%',
    ]) {
      const response = await testApp.app.inject({ method: 'GET', url })
      expect(response.statusCode, url).toBe(400)
      expect(['VALIDATION_FAILED', 'CURSOR_INVALID']).toContain(errorCode(response))
    }
    const forged = await testApp.app.inject({ method: 'GET', url: '/api/firms?cursor=bm90LWpzb24' })
    expect(errorCode(forged)).toBe('CURSOR_INVALID')
  })

  it('answers unknown routes and unknown records with 404 codes', async () => {
    expect(errorCode(await testApp.app.inject({ method: 'GET', url: '/api/nothing-here' }))).toBe('NOT_FOUND')
    expect(errorCode(await testApp.app.inject({ method: 'GET', url: '/api/firms/firm_unknown' }))).toBe(
      'FIRM_NOT_FOUND',
    )
  })

  it('serves the OpenAPI document, health, metrics and security headers', async () => {
    const openapi = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })
    expect(openapi.json().paths).toHaveProperty('/api/firms')
    const health = await testApp.app.inject({ method: 'GET', url: '/api/health' })
    expect(health.json()).toMatchObject({ status: 'ok', migrationLevel: expect.any(Number) })
    expect(health.headers['x-content-type-options']).toBe('nosniff')
    expect(health.headers['x-request-id']).toMatch(/^req_/)
    const docs = await testApp.app.inject({ method: 'GET', url: '/docs/' })
    expect(docs.statusCode).toBe(200)
    expect(docs.headers['content-type']).toContain('text/html')
    const metrics = await testApp.app.inject({ method: 'GET', url: '/metrics' })
    expect(metrics.body).toContain('g60_http_request_duration_seconds')
    const dueNow = async () => {
      const body = (await testApp.app.inject({ method: 'GET', url: '/metrics' })).body
      return Number(/^g60_jobs_due\{state="queued"\} (\d+)$/m.exec(body)?.[1] ?? Number.NaN)
    }
    const before = await dueNow()
    expect(before).toBeGreaterThanOrEqual(0)
    await enqueue(testApp.database.db, 'test.metrics_depth', {})
    expect(await dueNow()).toBe(before + 1)
  })
})
