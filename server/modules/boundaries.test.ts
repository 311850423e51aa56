// A module's SQL reads another module only through the views that module publishes (<module>.views.ts); its tables
// file may reference another module's tables for foreign keys. The platform's tables are below every module.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { getTableName, getViewName, is } from 'drizzle-orm'
import { PgTable, PgView } from 'drizzle-orm/pg-core'
import { describe, expect, it } from 'vitest'

const modulesFolder = path.dirname(fileURLToPath(import.meta.url))
const moduleNames = fs
  .readdirSync(modulesFolder, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

/** Names a statement may read or write: after FROM, JOIN, UPDATE, INTO, TABLE, and row types (x%ROWTYPE). */
const referencePattern =
  /\b(?:from|join|update|into|table)\s+(?:only\s+)?"?([a-z_][a-z0-9_]*)"?|\b([a-z_][a-z0-9_]*)%rowtype/gi

interface Owned {
  tables: Set<string>
  views: Set<string>
}

async function ownedBy(name: string): Promise<Owned> {
  const owned: Owned = { tables: new Set(), views: new Set() }
  for (const [suffix, kind] of [
    ['tables', 'tables'],
    ['views', 'views'],
  ] as const) {
    const file = path.join(modulesFolder, name, `${name}.${suffix}.ts`)
    if (!fs.existsSync(file)) continue
    const exports: Record<string, unknown> = await import(file)
    for (const value of Object.values(exports)) {
      if (kind === 'tables' && is(value, PgTable)) owned.tables.add(getTableName(value))
      if (kind === 'views' && is(value, PgView)) owned.views.add(getViewName(value))
    }
  }
  return owned
}

function sourcesOf(folder: string): string[] {
  const found: string[] = []
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) found.push(...sourcesOf(full))
    else if (/\.(ts|sql)$/.test(entry.name) && !/\.(test|tables|views)\.ts$/.test(entry.name))
      found.push(full)
  }
  return found
}

/** Prose in comments names tables too ("requests from firms across the corridor"): only code counts. */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/[^\n]*/g, '$1')
    .replace(/--[^\n]*/g, '')
}

/** Each reference in a module's sources to a table another module owns, as `file: table`. */
async function crossModuleReferences(): Promise<string[]> {
  const owners = new Map<string, { module: string; published: boolean }>()
  for (const name of moduleNames) {
    const owned = await ownedBy(name)
    for (const table of owned.tables) owners.set(table, { module: name, published: false })
    for (const view of owned.views) owners.set(view, { module: name, published: true })
  }
  const problems: string[] = []
  for (const name of moduleNames) {
    for (const file of sourcesOf(path.join(modulesFolder, name))) {
      for (const match of withoutComments(fs.readFileSync(file, 'utf8')).matchAll(referencePattern)) {
        const referenced = (match[1] ?? match[2] ?? '').toLowerCase()
        const owner = owners.get(referenced)
        if (owner === undefined || owner.module === name || owner.published) continue
        problems.push(`${path.relative(modulesFolder, file)}: ${referenced} (a table of ${owner.module})`)
      }
    }
  }
  return problems
}

describe('module boundaries in SQL', () => {
  it('knows the modules, their tables and the registry’s published views', async () => {
    expect(moduleNames).toEqual(expect.arrayContaining(['registry', 'vouchers', 'instruments', 'finance']))
    const registry = await ownedBy('registry')
    expect([...registry.tables]).toEqual(expect.arrayContaining(['firms', 'providers', 'cities']))
    expect([...registry.views]).toEqual(
      expect.arrayContaining(['registry_firm_facts', 'registry_provider_standing', 'registry_city_names']),
    )
  })

  it('reads another module only through its published views', async () => {
    expect(await crossModuleReferences()).toEqual([])
  })

  it('would see a read of another module’s table', () => {
    const statement = 'SELECT p.id FROM voucher_orders o JOIN providers p ON p.id = o.provider_id'
    const names = [...statement.matchAll(referencePattern)].map((match) => match[1])
    expect(names).toEqual(['voucher_orders', 'providers'])
  })
})
