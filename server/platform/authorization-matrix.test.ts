// The authorization matrix (issue 21): every demo account, and an anonymous caller, against every operation of the
// API document, checked against the expectations written as data in authorization-matrix.data.ts. A denied caller
// gets 401 or 403 and changes nothing; an allowed caller is never refused for who it is. An operation the data does
// not list fails the test until someone writes down who may call it.
import { sql } from 'drizzle-orm'
import type { LightMyRequestResponse } from 'fastify'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../db/client'
import { errorCode, useTestApp } from '../testing/app'
import {
  authorizationMatrix,
  demoUsernames,
  type Allowance,
  type Caller,
  type DemoUsername,
} from './authorization-matrix.data'

const testApp = useTestApp()

interface JsonSchema {
  type?: string | string[]
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  exclusiveMinimum?: number
  minItems?: number
  enum?: unknown[]
  const?: unknown
  required?: string[]
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
}

interface Operation {
  method: string
  path: string
  operationId: string
  body: JsonSchema | undefined
  takesFiles: boolean
  /** the query parameters the operation requires, with their schemas */
  requiredQuery: [string, JsonSchema][]
}

const callers: readonly Caller[] = [...demoUsernames, 'anonymous']
const mutatingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
/** ends the caller's session: sent last, so that no other request of the pass goes out signed out */
const sentLast = new Set(['logOut'])

let operations: Operation[] = []
const cookies = new Map<DemoUsername, string>()
/** the demo records the rows speak about, by the name a path or body gives them */
const subjects: Record<string, string> = {}

function allows(allowance: Allowance, caller: Caller): boolean {
  if (allowance === 'public') return true
  if (caller === 'anonymous') return false
  return allowance === 'signedIn' || allowance.includes(caller)
}

async function firstValue(text: string): Promise<string> {
  const rows = await queryRows<{ value: string }>(testApp.database.db, sql.raw(text))
  const value = rows[0]?.value
  if (value === undefined) throw new Error(`the demo data has no record for: ${text}`)
  return value
}

async function auditCount(): Promise<number> {
  return Number(await firstValue('SELECT count(*)::text AS value FROM audit_log'))
}

/** The records every scoped row of the data speaks about; see the data file's opening comment. */
async function pickSubjects() {
  const organisationOf = (username: string) =>
    firstValue(`SELECT organisation_id AS value FROM users WHERE username = '${username}'`)
  const firmSh = await organisationOf('firm.sh')
  const firmHf = await organisationOf('firm.hf')
  const providerSz = await organisationOf('provider.sz')
  const bankHz = await organisationOf('bank.hz')
  const firmShUser = await firstValue(`SELECT id AS value FROM users WHERE username = 'firm.sh'`)
  Object.assign(subjects, { firmSh, firmHf, providerSz, bankHz })
  const pick = async (name: string, text: string) => {
    subjects[name] = await firstValue(text)
  }
  await pick('park', `SELECT id AS value FROM parks WHERE city_code = 'SH-SJ' ORDER BY id`)
  await pick('alliance', `SELECT id AS value FROM alliances ORDER BY id`)
  await pick('industry', `SELECT code AS value FROM industries ORDER BY code`)
  await pick('scheme', `SELECT id AS value FROM voucher_schemes WHERE city_code = 'SH-SJ' ORDER BY id`)
  await pick('serviceProduct', `SELECT id AS value FROM service_products WHERE provider_id = '${providerSz}'`)
  await pick('claim', `SELECT id AS value FROM voucher_claims WHERE firm_id = '${firmSh}' ORDER BY id`)
  await pick('voucher', `SELECT id AS value FROM vouchers WHERE firm_id = '${firmSh}' ORDER BY id`)
  await pick('voucherNumber', `SELECT number AS value FROM vouchers WHERE id = '${subjects.voucher}'`)
  await pick(
    'order',
    `SELECT id AS value FROM voucher_orders WHERE firm_id = '${firmSh}' AND provider_id = '${providerSz}'
     AND issuer_city_code = 'SH-SJ' ORDER BY status = 'reserved' DESC, id`,
  )
  await pick(
    'redemption',
    `SELECT id AS value FROM redemptions WHERE firm_id = '${firmSh}' AND provider_id = '${providerSz}'
     AND issuer_city_code = 'SH-SJ' ORDER BY status = 'submitted' DESC, id`,
  )
  await pick('settlement', `SELECT id AS value FROM settlement_runs WHERE city_code = 'SH-SJ' ORDER BY id`)
  await pick(
    'instrument',
    `SELECT id AS value FROM instruments WHERE provider_id = '${providerSz}' ORDER BY id`,
  )
  await pick(
    'booking',
    `SELECT id AS value FROM instrument_bookings WHERE provider_id = '${providerSz}'
     AND booker_user_id = '${firmShUser}' ORDER BY id`,
  )
  await pick('financeProduct', `SELECT id AS value FROM finance_products WHERE institution_id = '${bankHz}'`)
  await pick(
    'need',
    `SELECT id AS value FROM financing_needs WHERE firm_id = '${firmHf}' ORDER BY status = 'open' DESC, id`,
  )
  await pick(
    'referral',
    `SELECT id AS value FROM finance_referrals WHERE firm_id = '${firmHf}' AND institution_id = '${bankHz}'
     ORDER BY status = 'referred' DESC, id`,
  )
  await pick(
    'financeCase',
    `SELECT id AS value FROM finance_cases WHERE firm_id = '${firmHf}' AND city_code = 'HF'`,
  )
  await pick(
    'licence',
    `SELECT id AS value FROM licences WHERE firm_id = '${firmSh}' AND issuer_code = 'SH-SJ' ORDER BY id`,
  )
  await pick(
    'serviceCase',
    `SELECT id AS value FROM service_cases WHERE firm_id = '${firmSh}' AND window_city_code = 'SH-SJ'
     AND competent_city_code = 'SH-SJ'
     ORDER BY EXISTS (SELECT FROM service_case_materials m JOIN service_case_files f ON f.material_id = m.id
       WHERE m.case_id = service_cases.id) DESC, status = 'submitted' DESC, id`,
  )
  await pick(
    'material',
    `SELECT m.id AS value FROM service_case_materials m JOIN service_case_files f ON f.material_id = m.id
     WHERE m.case_id = '${subjects.serviceCase}' ORDER BY m.id`,
  )
  await pick('serviceItem', `SELECT code AS value FROM service_items ORDER BY code`)
  await pick('policy', `SELECT id AS value FROM policies WHERE issuer_code = 'SH-SJ' ORDER BY id`)
  await pick('policyItem', `SELECT id AS value FROM policy_items WHERE city_code = 'SH-SJ' ORDER BY id`)
  await pick('decision', `SELECT id AS value FROM policy_decisions WHERE firm_id = '${firmSh}' ORDER BY id`)
  await pick(
    'awardList',
    `SELECT id AS value FROM policy_award_lists WHERE issuer_code = 'SH-SJ' ORDER BY status = 'open' DESC, id`,
  )
  await pick('award', `SELECT id AS value FROM policy_awards WHERE firm_id = '${firmSh}' ORDER BY id`)
  await pick('investment', `SELECT id AS value FROM fund_investments WHERE firm_id = '${firmSh}' ORDER BY id`)
  await pick(
    'indicator',
    `SELECT code AS value FROM insights_indicators WHERE measure IS NULL AND scope <> 'corridor' ORDER BY code`,
  )
  await pick('songjiangUser', `SELECT id AS value FROM users WHERE username = 'matrix.subject'`)
}

/** Path prefix → the subject its {id} or {code} names. */
const subjectOfPath: [RegExp, string][] = [
  [/^\/api\/users\//, 'songjiangUser'],
  [/^\/api\/parks\//, 'park'],
  [/^\/api\/alliances\//, 'alliance'],
  [/^\/api\/industries\//, 'industry'],
  [/^\/api\/firms\//, 'firmSh'],
  [/^\/api\/institutions\//, 'bankHz'],
  [/^\/api\/providers\//, 'providerSz'],
  [/^\/api\/voucher-schemes\//, 'scheme'],
  [/^\/api\/service-products\//, 'serviceProduct'],
  [/^\/api\/voucher-claims\//, 'claim'],
  [/^\/api\/vouchers\/by-number\//, 'voucherNumber'],
  [/^\/api\/vouchers\//, 'voucher'],
  [/^\/api\/voucher-orders\//, 'order'],
  [/^\/api\/redemptions\//, 'redemption'],
  [/^\/api\/settlements\//, 'settlement'],
  [/^\/api\/instruments\//, 'instrument'],
  [/^\/api\/bookings\//, 'booking'],
  [/^\/api\/finance-products\//, 'financeProduct'],
  [/^\/api\/financing-needs\//, 'need'],
  [/^\/api\/referrals\//, 'referral'],
  [/^\/api\/finance-cases\//, 'financeCase'],
  [/^\/api\/licences\//, 'licence'],
  [/^\/api\/service-cases\//, 'serviceCase'],
  [/^\/api\/service-items\//, 'serviceItem'],
  [/^\/api\/policies\//, 'policy'],
  [/^\/api\/policy-items\//, 'policyItem'],
  [/^\/api\/policy-decisions\//, 'decision'],
  [/^\/api\/policy-award-lists\//, 'awardList'],
  [/^\/api\/policy-awards\//, 'award'],
  [/^\/api\/insights\/fund\/investments\//, 'investment'],
  [/^\/api\/insights\/indicators\//, 'indicator'],
]

/** Named path parameters that are not the record of the path's prefix. */
const fixedParameters: Record<string, () => string> = {
  materialId: () => subjects.material ?? '',
  providerId: () => subjects.providerSz ?? '',
  issuer: () => 'SH-SJ',
  purpose: () => 'revocation',
  file: () => openDataFile,
  code: () => 'SH-SJ',
}
let openDataFile = ''

function urlOf(operation: Operation, query: string | undefined): string {
  const subject = subjectOfPath.find(([prefix]) => prefix.test(operation.path))?.[1]
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const fixed = fixedParameters[name]
    if ((name === 'id' || name === 'code' || name === 'number') && subject !== undefined)
      return encodeURIComponent(subjects[subject] ?? '')
    // the caller's own records (inbox items, API tokens) with an id no one holds: the check is the caller's own
    return encodeURIComponent(fixed !== undefined ? fixed() : 'rec_matrix_unknown')
  })
  if (query === undefined) return path
  return `${path}?${query.replace(/\{firm\.sh\}/g, subjects.firmSh ?? '')}`
}

/** Body fields that name a party: the row's subject, so that "of their own city" or "for itself" is decidable. */
function overrideOf(name: string, operationId: string): unknown {
  const overrides: Record<string, string | undefined> = {
    productId: /Referral/.test(operationId) ? subjects.financeProduct : subjects.serviceProduct,
    indicatorCode: subjects.indicator,
    // a firm records only figures it reports itself; another source is refused for what it says, not who says it
    source: operationId === 'recordFirmIndicators' ? 'self_reported' : undefined,
    // a value of Songjiang's (the first scope is the corridor's, the office's alone)
    scope: operationId === 'addInsightIndicatorValue' ? 'SH-SJ' : undefined,
    // a rule that compiles: one that does not is refused before the caller is (see the data's addPolicyRuleVersion)
    expression: 'firm.isHighTech',
    awardExpression: '1000',
    cityCode: 'SH-SJ',
    firmId: subjects.firmSh,
    providerId: subjects.providerSz,
    institutionId: subjects.bankHz,
    schemeId: subjects.scheme,
    voucherId: subjects.voucher,
    orderId: subjects.order,
    needId: subjects.need,
    instrumentId: subjects.instrument,
    itemCode: subjects.serviceItem,
  }
  return overrides[name]
}

const candidateTexts = [
  'matrix',
  'SH-SJ',
  'A01',
  '2026-12-01',
  '2026',
  'x',
  '91310117MA1J3XPK0T',
  'abc-1',
  'text/plain',
  'G60-AB-ABC-001',
]

/** A small value the schema accepts: required fields only, the first option of each choice. */
function sampleOf(schema: JsonSchema, operationId: string, name = ''): unknown {
  const override = overrideOf(name, operationId)
  if (override !== undefined) return override
  if (schema.const !== undefined) return schema.const
  if (schema.enum !== undefined) return schema.enum[0]
  const options = schema.anyOf ?? schema.oneOf
  if (options !== undefined) {
    const option = options.find((candidate) => candidate.type !== 'null') ?? options[0]
    return option === undefined ? null : sampleOf(option, operationId, name)
  }
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type
  switch (type) {
    case 'object':
      // the required fields, and the optional ones that name a party, so that the party is the row's subject
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(
            ([key]) => (schema.required ?? []).includes(key) || overrideOf(key, operationId) !== undefined,
          )
          .map(([key, property]) => [key, sampleOf(property, operationId, key)]),
      )
    case 'array':
      return Array.from({ length: Math.max(1, schema.minItems ?? 0) }, () =>
        sampleOf(schema.items ?? {}, operationId),
      )
    case 'integer':
    case 'number':
      return Math.max(schema.minimum ?? 1, (schema.exclusiveMinimum ?? 0) + 1)
    case 'boolean':
      return false
    case 'string':
      return textOf(schema)
    default:
      return null
  }
}

function textOf(schema: JsonSchema): string {
  if (schema.format === 'date') return '2026-12-01'
  if (schema.format === 'date-time') return '2026-12-10T02:00:00.000Z'
  const fits = (text: string) =>
    text.length >= (schema.minLength ?? 0) &&
    text.length <= (schema.maxLength ?? Infinity) &&
    (schema.pattern === undefined || new RegExp(schema.pattern, 'u').test(text))
  return candidateTexts.find(fits) ?? 'x'.repeat(Math.max(1, schema.minLength ?? 1))
}

const boundary = 'authorization-matrix-boundary'

async function send(operation: Operation, caller: Caller, sequence: number): Promise<LightMyRequestResponse> {
  const row = authorizationMatrix[operation.operationId]
  const required = operation.requiredQuery
    .map(
      ([name, schema]) =>
        `${name}=${encodeURIComponent(String(sampleOf(schema, operation.operationId, name)))}`,
    )
    .join('&')
  const query = [row?.query, required].filter((part) => part !== undefined && part !== '').join('&')
  const url = urlOf(operation, query === '' ? undefined : query)
  const cookie = caller === 'anonymous' ? undefined : cookies.get(caller)
  const headers: Record<string, string> = {
    ...(cookie !== undefined ? { cookie } : {}),
    ...(mutatingMethods.has(operation.method)
      ? { 'idempotency-key': `matrix-${operation.operationId}-${caller}-${sequence}` }
      : {}),
  }
  const body = operation.body === undefined ? undefined : sampleOf(operation.body, operation.operationId)
  if (operation.takesFiles) {
    const application = (body as { application?: unknown } | undefined)?.application ?? {}
    return testApp.app.inject({
      method: operation.method,
      url,
      headers: { ...headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload:
        `--${boundary}\r\nContent-Disposition: form-data; name="application"\r\n\r\n` +
        `${JSON.stringify(application)}\r\n--${boundary}--\r\n`,
    })
  }
  const payload = mutatingMethods.has(operation.method) ? (body ?? {}) : undefined
  const response = await testApp.app.inject({
    method: operation.method,
    url,
    headers,
    ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
  })
  // a route that takes files reads multipart only, even where its document shows the JSON of its field `application`
  if (response.statusCode !== 415) return response
  return send({ ...operation, takesFiles: true }, caller, sequence)
}

/** The error code of a JSON answer; '' for a success or a file. */
function codeOf(response: LightMyRequestResponse): string {
  const isJson = String(response.headers['content-type'] ?? '').includes('json')
  return (isJson ? errorCode(response) : undefined) ?? ''
}

function describeAnswer(operation: Operation, caller: Caller, response: LightMyRequestResponse): string {
  const detail = response.statusCode === 400 ? ` ${response.body.slice(0, 300)}` : ''
  return `${operation.operationId} as ${caller}: ${response.statusCode} ${codeOf(response)}${detail}`.trim()
}

/** The answer the row's exception accepts from this caller in place of its rule, if any. */
function isAcceptedException(
  operation: Operation,
  caller: Caller,
  response: LightMyRequestResponse,
): boolean {
  const exception = authorizationMatrix[operation.operationId]?.exception
  return (
    exception !== undefined &&
    exception.callers.includes(caller) &&
    exception.status === response.statusCode &&
    exception.code === codeOf(response)
  )
}

beforeAll(async () => {
  const document = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<
      string,
      Record<
        string,
        {
          operationId: string
          parameters?: { in: string; name: string; required?: boolean; schema: JsonSchema }[]
          requestBody?: { content?: Record<string, { schema?: JsonSchema }> }
        }
      >
    >
  }>()
  operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      operationId: operation.operationId,
      body:
        operation.requestBody?.content?.['application/json']?.schema ??
        operation.requestBody?.content?.['multipart/form-data']?.schema,
      takesFiles: operation.requestBody?.content?.['multipart/form-data'] !== undefined,
      requiredQuery: (operation.parameters ?? [])
        .filter((parameter) => parameter.in === 'query' && parameter.required === true)
        .map((parameter): [string, JsonSchema] => [parameter.name, parameter.schema]),
    })),
  )
  const office = await testApp.signIn('office')
  const created = await testApp.app.inject({
    method: 'POST',
    url: '/api/users',
    headers: { cookie: office, 'idempotency-key': 'matrix-subject-user' },
    payload: {
      username: 'matrix.subject',
      password: 'matrix-subject-password',
      displayNameZh: '矩阵受试者',
      displayNameEn: 'Matrix subject',
      role: 'firm',
      cityCode: 'SH-SJ',
      organisationId: await firstValue(
        `SELECT organisation_id AS value FROM users WHERE username = 'firm.sh'`,
      ),
    },
  })
  expect(created.statusCode, created.body).toBe(201)
  const openData = (await testApp.app.inject({ method: 'GET', url: '/api/open-data' })).json<{
    items?: { file?: string; id?: string }[]
  }>()
  openDataFile = openData.items?.[0]?.file ?? openData.items?.[0]?.id ?? 'unknown'
  for (const username of demoUsernames) cookies.set(username, await testApp.signIn(username))
  await pickSubjects()
})

// A walk sends every caller every operation, one at a time, exports included: a minute is not enough on a busy
// two-core machine, where another test file runs beside it.
const walkTimeoutMs = 240_000
describe('the authorization matrix', () => {
  it('lists every operation of the API document, and nothing else', () => {
    const documented = new Set(operations.map((operation) => operation.operationId))
    expect(documented.size).toBeGreaterThan(200)
    const unlisted = [...documented].filter((operationId) => authorizationMatrix[operationId] === undefined)
    const gone = Object.keys(authorizationMatrix).filter((operationId) => !documented.has(operationId))
    expect(unlisted, 'operations the matrix does not list: write down who may call them').toEqual([])
    expect(gone, 'rows of the matrix whose operation no longer exists').toEqual([])
  })

  it(
    'refuses every denied caller with 401 or 403, changing nothing',
    async () => {
      const before = await auditCount()
      const wrong: string[] = []
      let sent = 0
      for (const operation of operations) {
        const row = authorizationMatrix[operation.operationId]
        if (row === undefined) continue
        const denied = callers.filter((caller) => !allows(row.allow, caller))
        const answers = await Promise.all(denied.map((caller) => send(operation, caller, 0)))
        denied.forEach((caller, index) => {
          const response = answers[index]
          if (response === undefined) return
          sent++
          const expected = caller === 'anonymous' ? 401 : 403
          if (response.statusCode !== expected && !isAcceptedException(operation, caller, response))
            wrong.push(describeAnswer(operation, caller, response))
        })
      }
      expect(sent).toBeGreaterThan(1000)
      expect(wrong).toEqual([])
      expect(await auditCount()).toBe(before)
    },
    walkTimeoutMs,
  )

  it(
    'never refuses an allowed caller for who it is, and never answers 5xx',
    async () => {
      const wrong: string[] = []
      let sent = 0
      // reads first, then mutations, then what ends a session: a mutation may move a record past where a read can
      // still see it, which is a 4xx of its own, never a 401 or 403
      const ordered = [...operations].sort(
        (a, b) =>
          Number(sentLast.has(a.operationId)) - Number(sentLast.has(b.operationId)) ||
          Number(mutatingMethods.has(a.method)) - Number(mutatingMethods.has(b.method)),
      )
      for (const operation of ordered) {
        const row = authorizationMatrix[operation.operationId]
        if (row === undefined) continue
        for (const caller of callers.filter((candidate) => allows(row.allow, candidate))) {
          const response = await send(operation, caller, 1)
          sent++
          const refused = [401, 403].includes(response.statusCode) || response.statusCode >= 500
          if (refused && !isAcceptedException(operation, caller, response))
            wrong.push(describeAnswer(operation, caller, response))
        }
      }
      expect(sent).toBeGreaterThan(600)
      expect(wrong).toEqual([])
    },
    walkTimeoutMs,
  )
})
