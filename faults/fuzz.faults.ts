// Schema-driven fuzzing of every operation of the API document (issue 21), read from GET /api/openapi.json: each
// property of each JSON body replaced by every wrong JSON type, by values past its bounds, beside an unknown property;
// each query parameter given letters, an unknown choice, 10,000 characters, a repetition or nothing; each path
// parameter an odd id; each body made larger than the limit. No answer is a 5xx, every refusal is JSON with a stable
// code, no value the schema refuses is accepted (a coerced one least of all), and the database is unchanged after.
// NUL bytes, unpaired surrogates, out-of-range years and JSON depth are edge-input.test.ts's, not repeated here.
import { randomUUID } from 'node:crypto'
import AjvCompiler from '@fastify/ajv-compiler'
import { sql } from 'drizzle-orm'
import type { LightMyRequestResponse } from 'fastify'
import { beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from '../server/db/client'
import { authorizationMatrix } from '../server/platform/authorization-matrix.data'
import { installBoundedDateFormats } from '../server/platform/http/input-rules'
import { useTestApp } from '../server/testing/app'
import { multipart } from '../server/testing/multipart'
import {
  branchesOf,
  pathVariants,
  plausibleValue,
  queryVariantsOf,
  resolverOf,
  targetsOf,
  unknownPropertyName,
  variantsOf,
  withValueAt,
  type Json,
  type JsonSchema,
  type Pointer,
  type Resolve,
} from './fuzz-values'

const testApp = useTestApp()

/** requests in flight at once: enough to overlap the database's round trips, few enough for two cores */
const concurrency = 8
const mutating = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])
const stableCode = /^[A-Z][A-Z0-9_]*$/
/**
 * Routes that declare a bodyLimit above the server's (redemptions.routes.ts: a claim's deliverables, 8 MiB;
 * indicators.routes.ts: an indicator file, about 2.8 MB): a body between the two limits reaches their parser.
 */
const largerBodyLimits = new Set(['claimRedemption', 'importInsightIndicatorValues'])
/** above every route's own bodyLimit (the largest, a redemption claim's, is 8 MiB) */
const beyondEveryLimitBytes = 16 * 1024 * 1024

interface Parameter {
  in: string
  name: string
  required?: boolean
  schema: JsonSchema
}

const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const
type Method = (typeof methods)[number]

function methodOf(name: string): Method {
  const method = methods.find((candidate) => candidate === name.toUpperCase())
  if (method === undefined) throw new Error(`the fuzzer does not send ${name}`)
  return method
}

interface Operation {
  method: Method
  path: string
  operationId: string
  parameters: Parameter[]
  body: JsonSchema | undefined
  /** a route that takes files: its body's JSON arrives as the multipart field `application` */
  uploads: boolean
}

interface Probe {
  operation: Operation
  where: string
  variant: string
  url: string
  body?: { json: Json } | { raw: string }
  /** the schema refuses what is sent: only a 4xx will do */
  invalid: boolean
  coercible: boolean
  /** the place the refusal should name, as the validator's instancePath */
  at?: string
  /** the answer must be 413 PAYLOAD_TOO_LARGE */
  tooLarge?: boolean
}

interface Outcome {
  probe: Probe
  status: number
  code: string | undefined
  excerpt: string
  problemPaths: string[]
}

let operations: Operation[] = []
let resolve: Resolve = (schema) => schema
const cookies = new Map<string, string>()
let fingerprintBefore: Record<string, string> = {}
/** the body variants the schema admits: sent last, after the database's fingerprint was compared */
const admittedProbes: Probe[] = []
let requestsSent = 0

// The oracle: JSON Schema as the document states it, with the platform's bounded date formats; bodies are taken as
// sent (never coerced), query strings are text read into their types, as the server's own validators do.
const oracleOptions = { removeAdditional: false, useDefaults: true, allErrors: false, strict: false } as const
const bodyOracle = AjvCompiler()(
  {},
  { customOptions: { ...oracleOptions, coerceTypes: false }, onCreate: installBoundedDateFormats },
)
const textOracle = AjvCompiler()(
  {},
  { customOptions: { ...oracleOptions, coerceTypes: 'array' }, onCreate: installBoundedDateFormats },
)

function admits(
  oracle: typeof bodyOracle,
  schema: JsonSchema,
  httpPart: string,
): (value: unknown) => boolean {
  const validate = oracle({ schema: { ...schema }, httpPart })
  return (value) => validate(structuredClone(value)) === true
}

/** Who sends an operation: the office where the matrix lets it, else firm.sh, else the first account allowed. */
function callerOf(operation: Operation): string {
  const allow = authorizationMatrix[operation.operationId]?.allow
  if (allow === undefined || allow === 'public' || allow === 'signedIn' || allow.includes('office'))
    return 'office'
  return allow.includes('firm.sh') ? 'firm.sh' : (allow[0] ?? 'office')
}

function textOf(value: Json): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function urlOf(operation: Operation, pathValues: Record<string, string>, query: URLSearchParams) {
  const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const given = pathValues[name]
    if (given !== undefined) return given
    const schema = operation.parameters.find((parameter) => parameter.name === name)?.schema ?? {}
    return encodeURIComponent(textOf(plausibleValue(schema, resolve)))
  })
  const search = query.toString()
  return search === '' ? path : `${path}?${search}`
}

/** The required query parameters, each with a plausible value: what an operation needs to reach its other ones. */
function requiredQuery(operation: Operation): Record<string, string> {
  return Object.fromEntries(
    operation.parameters
      .filter((parameter) => parameter.in === 'query' && parameter.required === true)
      .map((parameter) => [parameter.name, textOf(plausibleValue(parameter.schema, resolve))]),
  )
}

function searchOf(values: Record<string, string | string[]>): URLSearchParams {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(values))
    for (const one of [value].flat()) search.append(name, one)
  return search
}

/** The part of the body the fuzzer builds: the whole body, or the JSON field of a route that takes files. */
function rootOf(operation: Operation): JsonSchema | undefined {
  return operation.uploads ? operation.body?.properties?.application : operation.body
}

/** A plausible body of the operation, or none for an operation without one. */
function baseBodyOf(operation: Operation): Json | undefined {
  const root = rootOf(operation)
  return root === undefined ? undefined : plausibleValue(root, resolve)
}

function pointerText(operation: Operation, pointer: Pointer): string {
  const path = [...(operation.uploads ? ['application'] : []), ...pointer].map(String).join('/')
  return path === '' ? '/' : `/${path}`
}

function bodyProbesOf(operation: Operation): Probe[] {
  const root = rootOf(operation)
  const whole = operation.body
  if (root === undefined || whole === undefined) return []
  const check = admits(bodyOracle, whole, 'body')
  const admitted = (value: Json) => check(operation.uploads ? { application: value, files: [] } : value)
  const probes: Probe[] = []
  const seen = new Set<string>()
  const url = urlOf(operation, {}, searchOf(requiredQuery(operation)))
  const add = (pointer: Pointer, variant: string, value: Json, coercible: boolean) => {
    const key = JSON.stringify(value)
    if (seen.has(key)) return
    seen.add(key)
    const invalid = !admitted(value)
    const probe: Probe = {
      operation,
      where: `body ${pointerText(operation, pointer)}`,
      variant,
      url,
      body: { json: value },
      invalid,
      coercible,
      at: pointerText(operation, pointer),
    }
    if (invalid) probes.push(probe)
    else admittedProbes.push(probe)
  }
  // the body itself of a wrong type (a top-level array, string or null), then each shape's places
  if (!operation.uploads)
    for (const variant of variantsOf(root, resolve)) add([], variant.name, variant.value, variant.coercible)
  const shapes = branchesOf(root, resolve).filter((branch) => branch.properties !== undefined)
  for (const shape of shapes) {
    const base = plausibleValue(shape, resolve)
    const { properties, objects } = targetsOf(shape, resolve)
    const schemas = new Map(properties.map((target) => [JSON.stringify(target.pointer), target.schema]))
    const schemaAt = (pointer: Pointer) => schemas.get(JSON.stringify(pointer)) ?? {}
    for (const target of properties)
      for (const variant of variantsOf(target.schema, resolve))
        add(
          target.pointer,
          variant.name,
          withValueAt(base, target.pointer, variant.value, schemaAt, resolve),
          variant.coercible,
        )
    for (const pointer of objects) {
      const extra = [...pointer, unknownPropertyName]
      add(pointer, 'an unknown property', withValueAt(base, extra, 1, schemaAt, resolve), false)
    }
  }
  return probes
}

function queryProbesOf(operation: Operation): Probe[] {
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query')
  if (queryParameters.length === 0) return []
  const schema: JsonSchema = {
    type: 'object',
    properties: Object.fromEntries(queryParameters.map((parameter) => [parameter.name, parameter.schema])),
    required: queryParameters.filter((parameter) => parameter.required === true).map(({ name }) => name),
  }
  const admitted = admits(textOracle, schema, 'querystring')
  const base = requiredQuery(operation)
  const body = baseBodyOf(operation)
  const probes: Probe[] = []
  for (const parameter of queryParameters) {
    for (const variant of queryVariantsOf(parameter.schema, resolve)) {
      const values = { ...base, [parameter.name]: variant.raw }
      const probe: Probe = {
        operation,
        where: `query ${parameter.name}`,
        variant: variant.name,
        url: urlOf(operation, {}, searchOf(values)),
        ...(body !== undefined ? { body: { json: body } } : {}),
        invalid: !admitted(values),
        coercible: false,
      }
      // a mutation the schema lets through would do its work: it goes with the admitted bodies, after the fingerprint
      if (probe.invalid || !mutating.has(operation.method)) probes.push(probe)
      else admittedProbes.push(probe)
    }
  }
  return probes
}

/**
 * Whether a URL names another path once its dot segments are resolved, as app.inject (and every browser) resolves
 * them: '/api/firms/../x' is a request for '/api/x', judged as whatever answers there.
 */
function leavesItsPath(url: string): boolean {
  const path = url.split('?')[0] ?? url
  return new URL(url, 'http://localhost').pathname !== path
}

function pathProbesOf(operation: Operation): Probe[] {
  const body = baseBodyOf(operation)
  const query = searchOf(requiredQuery(operation))
  return operation.parameters
    .filter((parameter) => parameter.in === 'path')
    .flatMap((parameter) =>
      pathVariants.flatMap((variant): Probe[] => {
        const url = urlOf(operation, { [parameter.name]: variant.inUrl }, query)
        // '/issuers/../did.json' asks for the console's page '/did.json', not for this operation: the console answers
        // it (503 where the console is not built, as in CI before the journeys), so it is no probe of the API
        if (leavesItsPath(url) && !new URL(url, 'http://localhost').pathname.startsWith('/api/')) return []
        return [
          {
            operation,
            where: `path ${parameter.name}`,
            variant: variant.name,
            url,
            ...(body !== undefined ? { body: { json: body } } : {}),
            // no record has such an id: a refusal (400 or 404) is the only right answer on the operation's own path
            invalid: !leavesItsPath(url),
            coercible: false,
          },
        ]
      }),
    )
}

/** A JSON body of exactly `bytes` bytes. */
function paddedBody(bytes: number): string {
  const frame = '{"fuzzPadding":""}'
  return `{"fuzzPadding":"${'a'.repeat(bytes - frame.length)}"}`
}

function sizeProbesOf(operation: Operation, bodyLimitBytes: number, bodies: Map<number, string>): Probe[] {
  if (operation.body === undefined) return []
  return [...bodies.entries()].map(([bytes, raw]) => {
    const ownLimit = largerBodyLimits.has(operation.operationId) && bytes < beyondEveryLimitBytes
    return {
      operation,
      where: 'body size',
      variant: `${bytes} bytes (bodyLimit ${bodyLimitBytes})`,
      url: urlOf(operation, {}, searchOf(requiredQuery(operation))),
      body: { raw },
      invalid: true,
      coercible: false,
      tooLarge: !ownLimit,
    }
  })
}

async function send(probe: Probe): Promise<LightMyRequestResponse> {
  const { operation } = probe
  const cookie = cookies.get(callerOf(operation)) ?? ''
  const headers: Record<string, string> = {
    cookie,
    // what a browser on the platform's own pages says (same-origin.ts); app.inject sends neither by itself
    origin: testApp.context.config.publicOrigin,
    'sec-fetch-site': 'same-origin',
  }
  if (mutating.has(operation.method)) headers['idempotency-key'] = randomUUID()
  let payload: string | Buffer | undefined
  if (probe.body !== undefined && 'raw' in probe.body) {
    headers['content-type'] = 'application/json'
    payload = probe.body.raw
  } else if (probe.body !== undefined && operation.uploads) {
    const form = await multipart(probe.body.json, [])
    headers['content-type'] = form.contentType
    payload = form.payload
  } else if (probe.body !== undefined) {
    headers['content-type'] = 'application/json'
    payload = JSON.stringify(probe.body.json)
  }
  requestsSent++
  return testApp.app.inject({
    method: operation.method,
    url: probe.url,
    headers,
    ...(payload !== undefined ? { payload } : {}),
  })
}

function outcomeOf(probe: Probe, response: LightMyRequestResponse): Outcome {
  let parsed: unknown
  try {
    parsed = response.json()
  } catch {
    // not JSON: findingOf reports a refusal without its code
  }
  const error =
    typeof parsed === 'object' && parsed !== null && 'error' in parsed
      ? (parsed.error as { code?: unknown; details?: { problems?: { path?: unknown }[] } })
      : undefined
  return {
    probe,
    status: response.statusCode,
    code: typeof error?.code === 'string' ? error.code : undefined,
    excerpt: response.body.slice(0, 160),
    problemPaths: (error?.details?.problems ?? []).map((problem) => String(problem.path)),
  }
}

/** What is wrong with an answer, or null. */
function findingOf(outcome: Outcome): string | null {
  const { probe, status, code } = outcome
  if (status >= 500) return '5xx'
  if (status >= 400 && (code === undefined || !stableCode.test(code))) return '4xx without a JSON code'
  if (probe.tooLarge === true && (status !== 413 || code !== 'PAYLOAD_TOO_LARGE')) return 'not 413'
  if (probe.invalid && status < 400)
    return probe.coercible ? 'accepted a coercion' : 'accepted an invalid value'
  return null
}

function describeOutcome(outcome: Outcome, finding: string): string {
  const { probe } = outcome
  const url = probe.url.length > 120 ? `${probe.url.slice(0, 120)}…` : probe.url
  return `${finding}: ${probe.operation.method} ${url} [${probe.where}] ${probe.variant} → ${outcome.status} ${outcome.excerpt}`
}

/** Sends every probe, `concurrency` at a time. */
async function sendAll(probes: readonly Probe[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  let next = 0
  const worker = async () => {
    while (next < probes.length) {
      const probe = probes[next++]
      if (probe === undefined) return
      outcomes.push(outcomeOf(probe, await send(probe)))
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  return outcomes
}

/** Sends the probes and fails with every finding at once; returns the outcomes for the test's own counts. */
async function expectNoFindings(probes: readonly Probe[], label: string): Promise<Outcome[]> {
  const startedMs = Date.now()
  const outcomes = await sendAll(probes)
  const findings = outcomes.flatMap((outcome) => {
    const finding = findingOf(outcome)
    return finding === null ? [] : [describeOutcome(outcome, finding)]
  })
  const statuses = new Map<number, number>()
  for (const { status } of outcomes) statuses.set(status, (statuses.get(status) ?? 0) + 1)
  console.info(
    `${label}: ${outcomes.length} requests in ${Date.now() - startedMs} ms, statuses ` +
      JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b))),
  )
  expect(findings).toEqual([])
  return outcomes
}

/**
 * Every table's row count, the audit chain's length and head, and the stored idempotency answers that are not
 * refusals. idempotency_keys is counted without refusals because the platform stores a refusal under its key by
 * design (idempotency.plugin.ts): a keyed request refused after validation adds that row and changes nothing else.
 */
async function fingerprint(): Promise<Record<string, string>> {
  const db = testApp.database.db
  const tables = await queryRows<{ name: string }>(
    db,
    sql`SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )
  const counted = tables.map(({ name }) => name).filter((name) => name !== 'idempotency_keys')
  const counts = await queryRows<{ name: string; count: number }>(
    db,
    sql.join(
      counted.map(
        (name) => sql`SELECT ${name}::text AS name, count(*)::int AS count FROM ${sql.identifier(name)}`,
      ),
      sql` UNION ALL `,
    ),
  )
  const [keys] = await queryRows<{ count: number }>(
    db,
    sql`SELECT count(*)::int AS count FROM idempotency_keys
        WHERE NOT (coalesce(response_status, 0) >= 400 OR (refusal_code IS NOT NULL AND response_status IS NULL))`,
  )
  const [head] = await queryRows<{ sequence: string; hash: string }>(
    db,
    sql`SELECT sequence::text AS sequence, hash FROM audit_log ORDER BY sequence DESC LIMIT 1`,
  )
  return {
    ...Object.fromEntries(counts.map(({ name, count }) => [name, String(count)])),
    'idempotency_keys (answers that are not refusals)': String(keys?.count),
    'audit_log head': `${head?.sequence} ${head?.hash}`,
  }
}

interface ApiDocument {
  components?: { schemas?: Record<string, JsonSchema> }
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string
        parameters?: Parameter[]
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> }
      }
    >
  >
}

function operationsOf(document: ApiDocument): Operation[] {
  return Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => {
      const body = operation.requestBody?.content?.['application/json']?.schema
      const bodyProperties = Object.keys(body?.properties ?? {})
      return {
        method: methodOf(method),
        path,
        operationId: operation.operationId,
        parameters: operation.parameters ?? [],
        body,
        uploads:
          bodyProperties.length === 2 && ['application', 'files'].every((name) => body?.properties?.[name]),
      }
    }),
  )
}

beforeAll(async () => {
  const response = await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })
  const document = response.json<ApiDocument>()
  resolve = resolverOf(document.components?.schemas ?? {})
  operations = operationsOf(document)
  for (const username of new Set(operations.map(callerOf)))
    cookies.set(username, await testApp.signIn(username))
  // after the sign-ins, which write their sessions
  fingerprintBefore = await fingerprint()
})

describe('schema-driven fuzzing of every operation', () => {
  it('refuses every wrong type, every value past a bound and every unknown property in a body with a 4xx', async () => {
    const probes = operations.flatMap(bodyProbesOf)
    expect(operations.filter((operation) => operation.body !== undefined).length).toBeGreaterThan(90)
    expect(probes.length).toBeGreaterThan(2_000)
    const outcomes = await expectNoFindings(probes, 'bodies')
    // the refusal names the place fuzzed: the plausible rest of the body passed, so the fuzzed value was what it met
    const elsewhere = outcomes.filter(
      ({ probe, problemPaths }) =>
        !problemPaths.some((path) => path === probe.at || path.startsWith(`${probe.at}/`)) &&
        !(probe.variant === 'an unknown property' && problemPaths.includes(probe.at ?? '')),
    )
    const operationsElsewhere = new Set(elsewhere.map(({ probe }) => probe.operation.operationId))
    console.info(
      `bodies: ${elsewhere.length} refusals did not name the fuzzed place, on ${operationsElsewhere.size} ` +
        `operations: ${[...operationsElsewhere].join(', ')}; for example\n` +
        elsewhere
          .slice(0, 6)
          .map(({ probe, status, excerpt }) => `  ${probe.where} ${probe.variant}: ${status} ${excerpt}`)
          .join('\n'),
    )
  })

  it('answers odd query parameters with a 4xx carrying a code, and refuses what the schema refuses', async () => {
    const probes = operations.flatMap(queryProbesOf)
    expect(probes.length).toBeGreaterThan(1_000)
    await expectNoFindings(probes, 'queries')
  })

  it("refuses ids of 10,000 characters, '..', '%2F', unicode and '-1' with a 4xx", async () => {
    const probes = operations.flatMap(pathProbesOf)
    expect(probes.length).toBeGreaterThan(500)
    await expectNoFindings(probes, 'paths')
  })

  it('answers a body past the limit with 413 PAYLOAD_TOO_LARGE', async () => {
    const bodyLimitBytes = testApp.context.config.bodyLimitBytes
    const sizes = [bodyLimitBytes + 1, 2 * 1024 * 1024, beyondEveryLimitBytes]
    const bodies = new Map(sizes.map((bytes) => [bytes, paddedBody(bytes)]))
    const probes = operations.flatMap((operation) => sizeProbesOf(operation, bodyLimitBytes, bodies))
    await expectNoFindings(probes, 'sizes')
  })

  it('changed nothing: every table counts as many rows, the audit chain is as long', async () => {
    expect(Object.keys(fingerprintBefore).length).toBeGreaterThan(50)
    expect(await fingerprint()).toEqual(fingerprintBefore)
  })

  it('answers the values the schema admits without a 5xx, and counts those accepted', async () => {
    // not the sign-out, which would end the session the others are sent with (edge-input.test.ts sends it)
    const probes = admittedProbes.filter(({ operation }) => operation.operationId !== 'logOut')
    const outcomes = await expectNoFindings(probes, 'admitted by the schema')
    const accepted = outcomes.filter(({ status }) => status < 300).length
    console.info(
      `admitted by the schema: ${accepted} of ${outcomes.length} accepted; ${requestsSent} requests sent`,
    )
    // what was accepted did change the database: the fingerprint would have seen a fuzzed request's change
    if (outcomes.some(({ status }) => status === 201))
      expect(await fingerprint()).not.toEqual(fingerprintBefore)
  })
})
