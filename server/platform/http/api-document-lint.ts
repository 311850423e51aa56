// Lints the API document as integrators' tools read it: Redocly's recommended rules, and operationIds that are unique
// camelCase, since client generators name their methods after them. Used by openapi-document.test.ts and by
// `npm run api:lint` (scripts/lint-api-document.ts), which `npm run check` runs.
import { createConfig, lintFromString, type RawUniversalConfig } from '@redocly/openapi-core'

/** where the document is served; problems are located relative to it */
export const apiDocumentPath = '/api/openapi.json'

const lintConfig: RawUniversalConfig = {
  extends: ['recommended'],
  rules: {
    // Stricter than recommended: every operation's description says who may call it, and integrators rely on it.
    'operation-description': 'error',
    // Off, argued: the few operations that refuse nothing (health, the public reference lists) declare no error
    // answers (`errors: false` in routes.ts); a 4XX they never send would only mislead client generators. Every
    // other route gets the platform's error answers by default, so this rule could only ever flag those few.
    'operation-4xx-response': 'off',
  },
}

/**
 * Single findings accepted with their reason, by rule name and location. The voucher lookup by number sits beside
 * the voucher's own paths: `/api/vouchers/by-number/{number}` and `/api/vouchers/{id}/ledger` read alike to the rule,
 * but Fastify matches the static segment `by-number` first and voucher ids never take that form, so each request
 * reaches one route only; moving the lookup would break the clients that use it.
 */
const acceptedFindings: Record<string, readonly string[]> = {
  'no-ambiguous-paths': ['#/paths/~1api~1vouchers~1{id}~1ledger'],
}

export interface ApiDocumentProblem {
  ruleId: string
  severity: 'error' | 'warn'
  message: string
  /** JSON pointers into the document */
  where: string[]
}

export async function lintApiDocument(source: string): Promise<ApiDocumentProblem[]> {
  const ignore = {
    [apiDocumentPath]: Object.fromEntries(
      Object.entries(acceptedFindings).map(([rule, pointers]) => [rule, new Set(pointers)]),
    ),
  }
  const config = await createConfig(lintConfig, { ignore })
  const problems = await lintFromString({ source, absoluteRef: apiDocumentPath, config })
  return problems
    .filter((problem) => problem.ignored !== true)
    .map((problem) => ({
      ruleId: problem.ruleId,
      severity: problem.severity,
      message: problem.message,
      where: problem.location.map((location) => location.pointer ?? location.source.absoluteRef),
    }))
}

const camelCase = /^[a-z][a-zA-Z0-9]*$/
const httpMethods = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'])

/** Every operationId of a parsed document that is missing, not camelCase, or used twice, with where it is. */
export function operationIdProblems(document: { paths?: Record<string, Record<string, unknown>> }): string[] {
  const problems: string[] = []
  const seen = new Map<string, string>()
  for (const [url, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      if (!httpMethods.has(method)) continue
      const where = `${method.toUpperCase()} ${url}`
      const id = (operation as { operationId?: unknown }).operationId
      if (typeof id !== 'string') problems.push(`${where}: no operationId`)
      else if (!camelCase.test(id)) problems.push(`${where}: operationId ${id} is not camelCase`)
      else if (seen.has(id)) problems.push(`${where}: operationId ${id} is also used by ${seen.get(id)}`)
      else seen.set(id, where)
    }
  }
  return problems
}

export function describeProblem(problem: ApiDocumentProblem): string {
  return `${problem.severity} ${problem.ruleId} at ${problem.where.join(', ')}: ${problem.message}`
}
