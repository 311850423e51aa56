// What the edge refuses, for every operation of the API document: NUL bytes and unpaired surrogates in any string,
// dates outside the bounded years, JSON nested too deep, and mutations that declare no body; and what a deadlock that
// outlasted its retries answers.
import { sql } from 'drizzle-orm'
import Fastify from 'fastify'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { errorCode, useTestApp } from '../../testing/app'
import { registerErrorHandling } from './error-handler'
import { isBoundedDay, isBoundedInstant } from './input-rules'
import { jsonDepthMax, nestsDeeperThan } from './json-body'

const testApp = useTestApp()
let office: string

interface JsonSchema {
  type?: string
  format?: string
  properties?: Record<string, JsonSchema>
  anyOf?: JsonSchema[]
}

interface Operation {
  method: string
  path: string
  operationId: string
  parameters: { in: string; name: string; schema: JsonSchema }[]
  body: JsonSchema | undefined
}

let operations: Operation[] = []

async function auditCount(): Promise<number> {
  const rows = await queryRows<{ count: number }>(
    testApp.database.db,
    sql`SELECT count(*)::int AS count FROM audit_log`,
  )
  return rows[0]?.count ?? Number.NaN
}

/** The operation's path with each parameter filled in: a plausible id, or the value given for it. */
function urlOf(operation: Operation, values: Record<string, string> = {}, query = '') {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? 'rec_unknown')
  return query === '' ? path : `${path}?${query}`
}

function stringPropertyOf(schema: JsonSchema | undefined): string | undefined {
  const properties =
    schema?.properties ?? schema?.anyOf?.find((option) => option.properties)?.properties ?? {}
  return Object.entries(properties).find(([, property]) => property.type === 'string')?.[0]
}

beforeAll(async () => {
  office = await testApp.signIn('office')
  const document = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<
      string,
      Record<string, Omit<Operation, 'method' | 'path' | 'body'> & { requestBody?: unknown }>
    >
  }>()
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const requestBody = operation.requestBody as
        { content?: Record<string, { schema?: JsonSchema }> } | undefined
      return {
        method: method.toUpperCase(),
        path,
        operationId: operation.operationId,
        parameters: operation.parameters ?? [],
        body: requestBody?.content?.['application/json']?.schema,
      }
    }),
  )
})

const boundary = 'edge-input-boundary'
function multipartOf(application: unknown): string {
  return (
    `--${boundary}\r\nContent-Disposition: form-data; name="application"\r\n\r\n` +
    `${JSON.stringify(application)}\r\n--${boundary}--\r\n`
  )
}

const mutating = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

describe('unstorable text is refused at the edge, for every operation', () => {
  // A URL cannot carry an unpaired surrogate: percent-encoded UTF-8 has no bytes for one, so only JSON sends it.
  const unstorable = {
    nul: { text: 'a\u0000b', inUrl: 'a%00b' },
    'an unpaired surrogate': { text: 'a\uD800b', inUrl: null },
  }

  for (const [name, { text, inUrl }] of Object.entries(unstorable)) {
    it(`refuses ${name} in path parameters, query filters and bodies with 400, changing nothing`, async () => {
      expect(operations.length).toBeGreaterThan(100)
      const before = await auditCount()
      const answers: string[] = []
      const send = async (
        operation: Operation,
        where: string,
        url: string,
        payload?: Record<string, unknown>,
      ) => {
        const headers = { cookie: office, 'idempotency-key': `edge-${operation.operationId}-${where}` }
        let response = await testApp.app.inject({
          method: operation.method,
          url,
          headers,
          ...(payload !== undefined ? { payload } : {}),
        })
        // a route that takes files reads multipart only: its JSON goes in the field `application`
        if (response.statusCode === 415) {
          response = await testApp.app.inject({
            method: operation.method,
            url,
            headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
            payload: multipartOf(payload?.application ?? {}),
          })
        }
        answers.push(`${operation.method} ${url} (${where}): ${response.statusCode} ${errorCode(response)}`)
        return response
      }
      let sent = 0
      for (const operation of operations) {
        const pathNames = operation.parameters.filter((parameter) => parameter.in === 'path')
        if (inUrl !== null && pathNames.length > 0) {
          const values = Object.fromEntries(pathNames.map((parameter) => [parameter.name, inUrl]))
          await send(operation, 'path', urlOf(operation, values))
          sent++
        }
        const filter = operation.parameters.find(
          (parameter) => parameter.in === 'query' && parameter.schema.type === 'string',
        )
        if (inUrl !== null && filter !== undefined) {
          await send(operation, 'query', urlOf(operation, {}, `${filter.name}=${inUrl}`))
          sent++
        }
        if (operation.body !== undefined) {
          const application = operation.body.properties?.application
          const field = stringPropertyOf(application ?? operation.body) ?? 'note'
          const payload = application !== undefined ? { application: { [field]: text } } : { [field]: text }
          await send(operation, 'body', urlOf(operation), payload)
          sent++
        }
      }
      expect(sent).toBeGreaterThan(inUrl === null ? 90 : 150)
      const wrong = answers.filter((answer) => !answer.endsWith(': 400 VALIDATION_FAILED'))
      expect(wrong).toEqual([])
      expect(await auditCount()).toBe(before)
    })
  }
})

describe('dates are bounded to the years 1900 to 2200', () => {
  it('knows a bounded day and instant', () => {
    for (const day of ['1900-01-01', '2024-02-29', '2200-12-31']) expect(isBoundedDay(day), day).toBe(true)
    for (const day of [
      '0000-01-01',
      '1899-12-31',
      '2201-01-01',
      '9999-12-31',
      '2023-02-29',
      '2024-13-01',
      '2024-1-01',
    ])
      expect(isBoundedDay(day), day).toBe(false)
    for (const instant of ['2026-05-01T08:00:00Z', '2026-05-01T08:00:00.123+08:00', '1900-01-01t00:00:00z'])
      expect(isBoundedInstant(instant), instant).toBe(true)
    for (const instant of [
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59Z',
      '2026-05-01T24:00:00Z',
      '2026-05-01T08:00:00',
    ])
      expect(isBoundedInstant(instant), instant).toBe(false)
  })

  it('refuses year 0 and 9999 in every date query filter and top-level date body field, changing nothing', async () => {
    const before = await auditCount()
    const wrong: string[] = []
    let sent = 0
    const expectFormatRefusal = async (
      operation: Operation,
      where: string,
      field: string,
      url: string,
      payload?: Record<string, string>,
    ) => {
      const response = await testApp.app.inject({
        method: operation.method,
        url,
        headers: { cookie: office },
        ...(payload !== undefined ? { payload } : {}),
      })
      sent++
      const problems = response.json<{
        error: { details?: { problems?: { path: string; rule: string }[] } }
      }>().error.details?.problems
      const refused =
        response.statusCode === 400 &&
        errorCode(response) === 'VALIDATION_FAILED' &&
        problems?.some((problem) => problem.rule === 'format' && problem.path.endsWith(`/${field}`)) === true
      if (!refused)
        wrong.push(`${operation.method} ${url} ${where} ${field}: ${response.statusCode} ${response.body}`)
    }
    for (const operation of operations) {
      for (const value of ['0000-01-01', '9999-12-31']) {
        for (const parameter of operation.parameters) {
          const format = parameter.schema.format
          if (parameter.in !== 'query' || (format !== 'date' && format !== 'date-time')) continue
          const dated = format === 'date' ? value : `${value}T00:00:00Z`
          await expectFormatRefusal(
            operation,
            'query',
            parameter.name,
            urlOf(operation, {}, `${parameter.name}=${dated}`),
          )
        }
        for (const [field, property] of Object.entries(operation.body?.properties ?? {})) {
          if (property.format !== 'date' && property.format !== 'date-time') continue
          const dated = property.format === 'date' ? value : `${value}T00:00:00Z`
          await expectFormatRefusal(operation, 'body', field, urlOf(operation), { [field]: dated })
        }
      }
    }
    // score asOf, figures, bookings' startsAt and periods among them
    expect(sent).toBeGreaterThan(10)
    expect(wrong).toEqual([])
    expect(await auditCount()).toBe(before)
  })
})

describe('JSON depth is bounded before parsing and hashing', () => {
  it('counts brackets outside strings only', () => {
    expect(nestsDeeperThan('[[[]]]', 3)).toBe(false)
    expect(nestsDeeperThan('[[[[]]]]', 3)).toBe(true)
    expect(nestsDeeperThan('{"a":"[[[[[[\\"[[[["}', 1)).toBe(false)
    expect(nestsDeeperThan('{"a\\\\":[[[1]]]}', 3)).toBe(true)
    expect(nestsDeeperThan(`${'['.repeat(jsonDepthMax)}${']'.repeat(jsonDepthMax)}`, jsonDepthMax)).toBe(
      false,
    )
  })

  it('answers a 20,000-deep body with an Idempotency-Key with 400, on a route that takes no body too', async () => {
    const before = await auditCount()
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`
    for (const url of ['/api/policy-runs', '/api/firms', '/api/cities/SZ']) {
      const response = await testApp.app.inject({
        method: url === '/api/cities/SZ' ? 'PATCH' : 'POST',
        url,
        headers: { cookie: office, 'content-type': 'application/json', 'idempotency-key': `deep-${url}` },
        payload: `{"nested":${deep}}`,
      })
      expect(response.statusCode, url).toBe(400)
      expect(errorCode(response), url).toBe('VALIDATION_FAILED')
    }
    expect(await auditCount()).toBe(before)
  })
})

describe('every mutating operation declares its body', () => {
  it('has a body schema on every POST, PUT, PATCH and DELETE', () => {
    const withoutBody = operations
      .filter((operation) => mutating.has(operation.method) && operation.body === undefined)
      .map((operation) => `${operation.method} ${operation.path}`)
    expect(operations.filter((operation) => mutating.has(operation.method)).length).toBeGreaterThan(50)
    expect(withoutBody).toEqual([])
  })

  it('refuses a field on an operation that takes no body, and accepts none or {}', async () => {
    const refused = await testApp.app.inject({
      method: 'POST',
      url: '/api/policy-runs',
      headers: { cookie: office },
      payload: { everyone: true },
    })
    expect(refused.statusCode).toBe(400)
    expect(errorCode(refused)).toBe('VALIDATION_FAILED')
    for (const payload of [undefined, {}]) {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        ...(payload !== undefined ? { payload } : {}),
      })
      expect(response.statusCode).toBe(204)
    }
  })
})

describe('database errors that concurrent input causes', () => {
  it('answers a deadlock or serialization failure that outlasted its tries with 409 CONFLICT, not 500', async () => {
    const app = Fastify({ logger: false })
    registerErrorHandling(app)
    let sqlState = '40P01'
    app.get('/conflicted', async () => {
      const databaseError = Object.assign(new Error('deadlock detected'), {
        code: sqlState,
        severity: 'ERROR',
      })
      throw Object.assign(new Error('Failed query: update t'), {
        query: 'update t',
        params: [],
        cause: databaseError,
      })
    })
    for (const state of ['40P01', '40001', '23514']) {
      sqlState = state
      const response = await app.inject({ method: 'GET', url: '/conflicted' })
      expect(response.statusCode, state).toBe(state === '23514' ? 500 : 409)
      expect(errorCode(response), state).toBe(state === '23514' ? 'INTERNAL' : 'CONFLICT')
    }
    await app.close()
  })
})
