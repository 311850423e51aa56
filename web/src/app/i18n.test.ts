// The translations: every namespace holds the same keys in both languages, a feature's namespace never shadows a
// common key, and every key the code asks for exists (the typecheck says so too; this reads the code itself).
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { commonNamespace, commonTranslations, i18next, languages } from '../shared/i18n/i18n'
import type { TranslationTree } from '../shared/i18n/resources'
import './i18n'
import { featureModules } from './modules'

const namespaces: Record<string, Record<string, TranslationTree>> = {
  [commonNamespace]: commonTranslations,
  ...Object.fromEntries(featureModules.map((module) => [module.id, module.translations])),
}

function flatten(tree: TranslationTree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>()
  for (const [name, value] of Object.entries(tree)) {
    if (typeof value === 'string') keys.set(`${prefix}${name}`, value)
    else for (const [key, text] of flatten(value, `${prefix}${name}.`)) keys.set(key, text)
  }
  return keys
}

const keysOf = (namespace: string) => flatten(namespaces[namespace]?.['zh-CN'] ?? {})
const pluralSuffix = /_(zero|one|two|few|many|other)$/

/** Whether t() finds `key` in `namespace` (a plural key by its base name), falling back to the common namespace. */
function exists(namespace: string, key: string): boolean {
  const lookIn = (keys: Map<string, string>) =>
    keys.has(key) || [...keys.keys()].some((candidate) => candidate.replace(pluralSuffix, '') === key)
  return lookIn(keysOf(namespace)) || lookIn(keysOf(commonNamespace))
}

describe('translations', () => {
  it('has one namespace per module, the common one apart', () => {
    const ids = featureModules.map((module) => module.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).not.toContain(commonNamespace)
    expect(ids).toEqual(expect.arrayContaining(['registry', 'vouchers', 'instruments', 'finance', 'admin']))
  })

  for (const [namespace, texts] of Object.entries(namespaces)) {
    it(`holds the same keys in Chinese and English, none empty (${namespace})`, () => {
      const chinese = flatten(texts['zh-CN'] ?? {})
      const english = flatten(texts['en-US'] ?? {})
      expect(chinese.size).toBeGreaterThan(0)
      expect([...english.keys()].sort()).toEqual([...chinese.keys()].sort())
      for (const [key, text] of [...chinese, ...english]) expect(text.trim(), key).not.toBe('')
      // both sides use the same interpolations
      for (const [key, text] of chinese) {
        const variables = (value: string | undefined) =>
          [...(value ?? '').matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort()
        expect(variables(english.get(key)), key).toEqual(variables(text))
      }
    })
  }

  it('never shadows a common key with a key of a feature namespace', () => {
    const common = keysOf(commonNamespace)
    for (const module of featureModules) {
      const shadowed = [...keysOf(module.id).keys()].filter((key) => common.has(key))
      expect(shadowed, module.id).toEqual([])
    }
  })

  it('finds a feature’s own keys, the common ones through the fallback, and another namespace’s by its prefix', () => {
    const vouchers = i18next.getFixedT('zh-CN', 'vouchers')
    expect(vouchers('nav.group')).toBe('科技创新券')
    expect(vouchers('common.retry')).toBe('重试')
    expect(vouchers('enums.claimStatus.rejected')).toBe('已驳回')
    expect(i18next.getFixedT('en-US', 'vouchers')('wallet.daysLeft', { count: 1 })).toBe('1 day left')
    expect(i18next.getFixedT('en-US', ['vouchers', 'finance'])('finance:nav.group')).toBe('Tech finance')
    expect(i18next.getFixedT('zh-CN', ['finance', 'registry'])('registry:firms.columns.name')).toBe(
      keysOf('registry').get('firms.columns.name'),
    )
  })
})

const sourceFolder = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name) ? [full] : []
  })
}

const moduleIds = new Set([commonNamespace, ...featureModules.map((module) => module.id)])

/** The namespace a file's t() looks in first: its useTranslation('…') or TFunction<'…'>, else the common one. */
function defaultNamespaceOf(source: string): string {
  const declared = /useTranslation\(\[?'(\w+)'/.exec(source) ?? /TFunction<'(\w+)'>/.exec(source)
  return declared?.[1] ?? commonNamespace
}

/** A template literal's key as a pattern: each `${…}` stands for one segment or more. */
const patternOf = (template: string) =>
  new RegExp(
    `^${template
      .split(/\$\{[^}]*\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\w.]+')}$`,
  )

describe('a key that does not exist', () => {
  it('fails the typecheck, and shows as the key itself', () => {
    const vouchers = i18next.getFixedT('zh-CN', 'vouchers')
    // @ts-expect-error -- the vouchers namespace has no such key: `tsc -p web` proves the typing catches it
    expect(vouchers('review.noSuchKey')).toBe('review.noSuchKey')
    // @ts-expect-error -- nor may a namespace be named that the translator was not given
    expect(vouchers('finance:nav.group')).toBe('科技金融')
  })
})

describe('every key the code asks for', () => {
  const files = sourceFiles(sourceFolder)

  it('exists in the namespace the file reads (or, prefixed, in the one it names)', () => {
    const missing: string[] = []
    let checked = 0
    for (const file of files) {
      const source = readFileSync(file, 'utf8')
      const fallbackNamespace = defaultNamespaceOf(source)
      // t('key'), t(`key.${value}`), t(condition ? 'a' : 'b'): every literal inside a t( … ) call's first argument
      for (const call of source.matchAll(/\bt\(\s*([^,)]*(?:\([^)]*\)[^,)]*)?)/g)) {
        for (const literal of (call[1] ?? '').matchAll(/(['`])([^'`]+)\1/g)) {
          const text = literal[2] ?? ''
          if (!/^[\w:.${}]+$/.test(text) || !text.includes('.')) continue
          const [namespace, key] = text.includes(':')
            ? (text.split(':') as [string, string])
            : [fallbackNamespace, text]
          checked++
          if (literal[1] === '`') {
            const pattern = patternOf(key)
            const candidates = [...keysOf(namespace).keys(), ...keysOf(commonNamespace).keys()]
            if (!candidates.some((candidate) => pattern.test(candidate.replace(pluralSuffix, ''))))
              missing.push(`${path.relative(sourceFolder, file)}: ${text}`)
          } else if (!moduleIds.has(namespace) || !exists(namespace, key)) {
            missing.push(`${path.relative(sourceFolder, file)}: ${text}`)
          }
        }
      }
      // keys held for later (menu entries, crumbs): 'namespace:key' anywhere
      for (const literal of source.matchAll(/'(\w+):([\w.]+)'/g)) {
        const [, namespace = '', key = ''] = literal
        if (!moduleIds.has(namespace)) continue
        checked++
        if (!exists(namespace, key)) missing.push(`${path.relative(sourceFolder, file)}: ${namespace}:${key}`)
      }
    }
    expect(missing).toEqual([])
    expect(checked).toBeGreaterThan(1500)
  })

  it('names every namespace it prefixes in the file’s useTranslation', () => {
    const unlisted: string[] = []
    for (const file of files) {
      const source = readFileSync(file, 'utf8')
      const listed = new Set(
        [...source.matchAll(/useTranslation\(([^)]*)\)/g)].flatMap((call) =>
          [...(call[1] ?? '').matchAll(/'(\w+)'/g)].map((m) => m[1]),
        ),
      )
      for (const call of source.matchAll(/\bt\(\s*['`](\w+):/g)) {
        if (!listed.has(call[1])) unlisted.push(`${path.relative(sourceFolder, file)}: ${call[1]}`)
      }
    }
    expect(unlisted).toEqual([])
  })

  it('covers both languages for every namespace the console loads', () => {
    for (const language of languages) {
      for (const namespace of moduleIds)
        expect(i18next.hasResourceBundle(language, namespace), namespace).toBe(true)
    }
  })
})
