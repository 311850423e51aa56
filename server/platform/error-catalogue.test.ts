// Every error code a module can raise, in TypeScript or in its SQL functions, is in the catalogue with a status and
// a message in Chinese and English, and belongs to the module that raises it (or to the platform).
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../config'
import { buildContext, type AppContext } from '../context'
import { createTestDatabase } from '../testing/database'
import { errorCatalogue, platformErrors } from './errors'

const serverFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const codeLiteral = /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g
/**
 * files whose upper-case literals are not error codes: the environment's variable names, and the findings of
 * `g60 audit verify` (a report's codes, never an API answer)
 */
const notCodes = new Set(['config.ts', 'testing/templates.ts', 'platform/audit/checkpoints.verify.ts'])
const chinese = /[\u4e00-\u9fff]/

let context: AppContext

beforeAll(async () => {
  context = buildContext(loadConfig({ LOG_LEVEL: 'silent' }), await createTestDatabase())
})
afterAll(async () => context.close())

function filesUnder(folder: string, ending: RegExp): string[] {
  const found: string[] = []
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory() && entry.name !== 'migrations') found.push(...filesUnder(full, ending))
    else if (entry.isFile() && ending.test(entry.name)) found.push(full)
  }
  return found
}

/** The codes each source file names, by the file's path relative to server/. */
function raisedCodes(): Map<string, Set<string>> {
  const byFile = new Map<string, Set<string>>()
  for (const file of filesUnder(serverFolder, /^(?!.*\.test\.ts$).*\.(ts|sql)$/)) {
    const relative = path.relative(serverFolder, file)
    if (notCodes.has(relative) || relative.endsWith('.errors.ts') || relative === 'platform/errors.ts')
      continue
    const codes = new Set(
      [...fs.readFileSync(file, 'utf8').matchAll(codeLiteral)].map((match) => match[1] ?? ''),
    )
    if (codes.size > 0) byFile.set(relative, codes)
  }
  return byFile
}

/** The module a source file belongs to: server/modules/<name>/… or server/platform/<name>/…. */
function ownerOf(relative: string): string | null {
  const [top, name] = relative.split(path.sep)
  return top === 'modules' || top === 'platform' ? (name ?? null) : null
}

describe('the error catalogue', () => {
  it('gives every declared code a 4xx or 5xx status and a message in Chinese and in English', () => {
    const declared = [...context.moduleList.flatMap((module) => Object.entries(module.errors))]
    declared.push(...Object.entries(platformErrors))
    expect(declared.length).toBeGreaterThan(100)
    for (const [code, definition] of declared) {
      expect(definition.status, code).toBeGreaterThanOrEqual(400)
      expect(definition.status, code).toBeLessThan(600)
      expect(definition.zh, code).toMatch(chinese)
      expect(definition.en.trim(), code).not.toBe('')
      expect(definition.en, code).not.toMatch(chinese)
    }
  })

  it('holds every code raised in TypeScript or SQL, declared by the module that raises it or the platform', () => {
    const catalogue = errorCatalogue()
    const ownCodes = new Map(
      context.moduleList.map((module) => [module.name, new Set(Object.keys(module.errors))]),
    )
    const platformCodes = new Set(Object.keys(platformErrors))
    const problems: string[] = []
    for (const [file, codes] of raisedCodes()) {
      const owner = ownerOf(file)
      for (const code of codes) {
        if (!catalogue.has(code)) problems.push(`${file}: ${code} is not in the catalogue`)
        else if (
          !platformCodes.has(code) &&
          owner !== null &&
          ownCodes.has(owner) &&
          !ownCodes.get(owner)?.has(code)
        )
          problems.push(`${file}: ${code} is not declared by the ${owner} module`)
      }
    }
    expect(problems).toEqual([])
  })

  it('finds the codes raised in SQL, so that the check above sees them', () => {
    const sqlCodes = [...raisedCodes()]
      .filter(([file]) => file.endsWith('.sql'))
      .flatMap(([, codes]) => [...codes])
    expect(sqlCodes).toEqual(expect.arrayContaining(['VOUCHER_BALANCE_INSUFFICIENT', 'BOOKING_LEAD_TIME']))
  })
})
