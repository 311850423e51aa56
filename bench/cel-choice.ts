// Which CEL library for policy eligibility rules: @marcbachmann/cel-js or @bufbuild/cel. Two measurements.
//
// 1. Conformance on the files of the official CEL suite (shipped as data by @bufbuild/cel-spec) that policy rules
//    touch: basic, comparisons, logic, integer_math, fp_math, string, lists, macros, conversions, fields. Each test's
//    expression is evaluated with its bindings and the result compared with the expected value (int as bigint, uint
//    as the library's own uint class, double with NaN equal to NaN, bytes byte for byte, lists in order, maps by
//    entries with keys of the right type, type values by name) or the expected error (any error counts: the
//    messages are not specified across implementations). A library that throws where a value was expected fails.
//    Skipped, the same for both libraries:
//    - tests with a `container` and tests whose expression, bindings or expected value use protobuf messages
//      (`TestAllTypes`, `google.protobuf.*` wrappers, Any, enums): policy facts are plain JS values, not messages;
//    - type-checking-only tests (`check_only`, `typed_result`) and unknown-set matchers: neither is evaluation.
//    Tests marked `disable_check` expect the evaluator to run an expression the type checker would reject (mixed
//    types such as `1.0 == 1`, unbound variables and functions, `'horses' && false`). Policy rules are type checked
//    before they are stored, so those expressions never reach evaluation: they are run and reported apart (row
//    `disable_check`), not counted in the totals. For them cel-js runs with `unlistedVariablesAreDyn`, its closest
//    setting to "no checker".
//    cel-js runs with `homogeneousAggregateLiterals: false`, as the specification allows `[1, 'a']`; a test's
//    `type_env` becomes registerVariable declarations. @bufbuild/cel 0.6.1 exposes no type checker: it evaluates
//    the parsed expression directly.
// 2. Speed over 29,000 synthetic firms: a five-condition eligibility rule and an award formula, compiled once,
//    evaluated for every firm (both expressions for every firm), best of 5 timed passes after a warm-up pass; the
//    outcome and amount of every firm compared across the libraries and with the same rule written in TypeScript.
//
// Run: npx tsx bench/cel-choice.ts
import fs from 'node:fs'
import { performance } from 'node:perf_hooks'
import { pathToFileURL } from 'node:url'
import { create, createFileRegistry, createRegistry, type DescMessage } from '@bufbuild/protobuf'
import { reflect, type ReflectMessage } from '@bufbuild/protobuf/reflect'
import {
  FieldDescriptorProto_Label,
  FieldDescriptorProto_Type,
  FileDescriptorProtoSchema,
} from '@bufbuild/protobuf/wkt'
import {
  celEnv,
  celList,
  celMap,
  celUint,
  CelScalar,
  isCelError,
  isCelList,
  isCelMap,
  isCelType,
  isCelUint,
  mapType,
  objectType,
  parse as bufParse,
  plan as bufPlan,
  type CelInput,
  type CelType,
} from '@bufbuild/cel'
import { Type_PrimitiveType, Type_WellKnownType, type Type } from '@bufbuild/cel-spec/cel/expr/checked_pb.js'
import type { Value } from '@bufbuild/cel-spec/cel/expr/value_pb.js'
import { getConformanceSuite, type IncrementalTest } from '@bufbuild/cel-spec/testdata/tests.js'
import { Environment } from '@marcbachmann/cel-js'
import { UnsignedInt } from '@marcbachmann/cel-js/evaluator'

const conformanceFiles = [
  'basic',
  'comparisons',
  'logic',
  'integer_math',
  'fp_math',
  'string',
  'lists',
  'macros',
  'conversions',
  'fields',
] as const
const maxTests = 2000
const firmCount = 29_000
const timedRuns = 5

type LibraryName = 'cel-js' | 'bufbuild'
const libraries: readonly LibraryName[] = ['cel-js', 'bufbuild']

interface Tally {
  passed: number
  failed: number
  skipped: number
}

export interface LibraryConformance {
  library: string
  version: string
  files: Record<string, Tally>
  /** disable_check tests, run apart and not in the totals */
  uncheckedOnly: Tally
  passed: number
  total: number
  failures: string[]
}

export interface SpeedVariant {
  library: string
  variant: string
  firmsPerSecond: number
  bestRunMs: number
  /** firms whose outcome or amount differs from the TypeScript reference */
  mismatches: number
}

export interface CelChoiceResult {
  conformance: LibraryConformance[]
  skipReasons: Record<string, number>
  speed: { firms: number; eligible: number; variants: SpeedVariant[]; libraryMismatches: number }
}

// ---------------------------------------------------------------------------------------------------------------
// Conformance

type Outcome = { kind: 'value'; value: unknown } | { kind: 'error'; message: string }

function protobufKind(value: Value | undefined): boolean {
  if (value === undefined) return false
  switch (value.kind.case) {
    case 'objectValue':
    case 'enumValue':
      return true
    case 'listValue':
      return value.kind.value.values.some(protobufKind)
    case 'mapValue':
      return value.kind.value.entries.some((entry) => protobufKind(entry.key) || protobufKind(entry.value))
    default:
      return false
  }
}

function typeNeedsProtobuf(type: Type | undefined): boolean {
  if (type === undefined) return false
  switch (type.typeKind.case) {
    case 'messageType':
    case 'abstractType':
    case 'wrapper':
    case 'function':
    case 'typeParam':
      return true
    case 'wellKnown':
      return type.typeKind.value === Type_WellKnownType.ANY
    case 'listType':
      return typeNeedsProtobuf(type.typeKind.value.elemType)
    case 'mapType':
      return (
        typeNeedsProtobuf(type.typeKind.value.keyType) || typeNeedsProtobuf(type.typeKind.value.valueType)
      )
    default:
      return false
  }
}

/** Why a test is skipped for both libraries, or null when it runs. */
function skipReason(test: IncrementalTest): string | null {
  const t = test.original
  if (t.container !== '') return 'container (protobuf message types)'
  if (/google\.protobuf\.|TestAllTypes|NestedTestAllTypes|GlobalEnum/.test(t.expr)) return 'protobuf messages'
  const matcher = t.resultMatcher
  if (matcher.case === 'value' && protobufKind(matcher.value)) return 'protobuf messages'
  for (const binding of Object.values(t.bindings)) {
    if (binding.kind.case !== 'value') return 'binding is an error or unknown'
    if (protobufKind(binding.kind.value)) return 'protobuf messages'
  }
  for (const decl of t.typeEnv) {
    if (decl.declKind.case !== 'ident' || typeNeedsProtobuf(decl.declKind.value.type))
      return 'protobuf messages'
  }
  if (t.checkOnly || matcher.case === 'typedResult') return 'type-checking only'
  if (matcher.case === 'unknown' || matcher.case === 'anyUnknowns') return 'unknown sets'
  return null
}

// The converters from the conformance `Value` to each library's input values.

function toCelJs(value: Value): unknown {
  const kind = value.kind
  switch (kind.case) {
    case 'nullValue':
      return null
    case 'boolValue':
    case 'int64Value':
    case 'doubleValue':
    case 'stringValue':
    case 'bytesValue':
      return kind.value
    case 'uint64Value':
      return new UnsignedInt(kind.value)
    case 'listValue':
      return kind.value.values.map(toCelJs)
    case 'mapValue':
      return new Map(
        kind.value.entries.map((entry) => [
          entry.key ? toCelJs(entry.key) : null,
          entry.value ? toCelJs(entry.value) : null,
        ]),
      )
    default:
      throw new Error(`no cel-js input for a ${String(kind.case)}`)
  }
}

function toBufbuild(value: Value): CelInput {
  const kind = value.kind
  switch (kind.case) {
    case 'nullValue':
      return null
    case 'boolValue':
    case 'int64Value':
    case 'doubleValue':
    case 'stringValue':
    case 'bytesValue':
      return kind.value
    case 'uint64Value':
      return celUint(kind.value)
    case 'listValue':
      return kind.value.values.map(toBufbuild)
    case 'mapValue': {
      const map = new Map<bigint | string | boolean | ReturnType<typeof celUint>, CelInput>()
      for (const entry of kind.value.entries) {
        const key = entry.key ? toBufbuild(entry.key) : null
        if (
          typeof key !== 'bigint' &&
          typeof key !== 'string' &&
          typeof key !== 'boolean' &&
          !isCelUint(key)
        ) {
          throw new Error('map key of an unsupported type')
        }
        map.set(key, entry.value ? toBufbuild(entry.value) : null)
      }
      return map
    }
    default:
      throw new Error(`no @bufbuild/cel input for a ${String(kind.case)}`)
  }
}

function celJsTypeName(type: Type | undefined): string {
  const kind = type?.typeKind
  switch (kind?.case) {
    case 'primitive': {
      const names: Record<number, string> = {
        [Type_PrimitiveType.BOOL]: 'bool',
        [Type_PrimitiveType.INT64]: 'int',
        [Type_PrimitiveType.UINT64]: 'uint',
        [Type_PrimitiveType.DOUBLE]: 'double',
        [Type_PrimitiveType.STRING]: 'string',
        [Type_PrimitiveType.BYTES]: 'bytes',
      }
      return names[kind.value] ?? 'dyn'
    }
    case 'null':
      return 'null' // cel-js names the null type `null`; `null_type` is an unknown type to it
    case 'listType':
      return `list<${celJsTypeName(kind.value.elemType)}>`
    case 'mapType':
      return `map<${celJsTypeName(kind.value.keyType)}, ${celJsTypeName(kind.value.valueType)}>`
    case 'wellKnown':
      return kind.value === Type_WellKnownType.TIMESTAMP
        ? 'google.protobuf.Timestamp'
        : 'google.protobuf.Duration'
    case 'type':
      return 'type'
    default:
      return 'dyn'
  }
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? ''
}

function runCelJs(test: IncrementalTest): Outcome {
  const t = test.original
  try {
    const env = new Environment({
      homogeneousAggregateLiterals: false,
      unlistedVariablesAreDyn: t.disableCheck,
    })
    const declared = new Set<string>()
    for (const decl of t.typeEnv) {
      if (decl.declKind.case !== 'ident') continue
      env.registerVariable(decl.name, celJsTypeName(decl.declKind.value.type))
      declared.add(decl.name)
    }
    const context: Record<string, unknown> = {}
    for (const [name, binding] of Object.entries(t.bindings)) {
      if (binding.kind.case !== 'value') continue
      if (!declared.has(name) && !t.disableCheck) env.registerVariable(name, 'dyn')
      context[name] = toCelJs(binding.kind.value)
    }
    return { kind: 'value', value: env.evaluate(t.expr, context) as unknown }
  } catch (error) {
    return { kind: 'error', message: message(error) }
  }
}

function runBufbuild(test: IncrementalTest): Outcome {
  const t = test.original
  try {
    const bindings: Record<string, CelInput> = {}
    for (const [name, binding] of Object.entries(t.bindings)) {
      if (binding.kind.case === 'value') bindings[name] = toBufbuild(binding.kind.value)
    }
    const result = bufPlan(celEnv(), bufParse(t.expr))(bindings)
    return isCelError(result) ? { kind: 'error', message: message(result) } : { kind: 'value', value: result }
  } catch (error) {
    return { kind: 'error', message: message(error) }
  }
}

/**
 * The entries of a map result. cel-js returns a map literal as a plain object, its keys then all strings: such a
 * result matches an expected map only if the expected keys are strings (no test of this subset has other keys).
 */
function mapEntries(library: LibraryName, actual: unknown): [unknown, unknown][] | null {
  if (library === 'bufbuild') return isCelMap(actual) ? [...actual.entries()] : null
  if (actual instanceof Map) return [...(actual as Map<unknown, unknown>).entries()]
  if (typeof actual === 'object' && actual !== null && Object.getPrototypeOf(actual) === Object.prototype) {
    return Object.entries(actual)
  }
  return null
}

function matches(library: LibraryName, actual: unknown, expected: Value): boolean {
  const kind = expected.kind
  switch (kind.case) {
    case 'nullValue':
      return actual === null
    case 'boolValue':
    case 'stringValue':
    case 'int64Value':
      return actual === kind.value
    case 'uint64Value':
      return library === 'cel-js'
        ? actual instanceof UnsignedInt && actual.valueOf() === kind.value
        : isCelUint(actual) && actual.value === kind.value
    case 'doubleValue':
      return (
        typeof actual === 'number' &&
        (actual === kind.value || (Number.isNaN(actual) && Number.isNaN(kind.value)))
      )
    case 'bytesValue':
      return (
        actual instanceof Uint8Array &&
        actual.length === kind.value.length &&
        actual.every((byte, i) => byte === kind.value[i])
      )
    case 'listValue': {
      const items =
        library === 'bufbuild'
          ? isCelList(actual)
            ? [...actual]
            : null
          : Array.isArray(actual)
            ? actual
            : null
      const want = kind.value.values
      return (
        items !== null &&
        items.length === want.length &&
        want.every((item, i) => matches(library, items[i], item))
      )
    }
    case 'mapValue': {
      const entries = mapEntries(library, actual)
      const want = kind.value.entries
      return (
        entries !== null &&
        entries.length === want.length &&
        want.every(
          (entry) =>
            entry.key !== undefined &&
            entry.value !== undefined &&
            entries.some(
              ([key, value]) =>
                matches(library, key, entry.key as Value) && matches(library, value, entry.value as Value),
            ),
        )
      )
    }
    case 'typeValue': {
      if (library === 'bufbuild') return isCelType(actual) && actual.name === kind.value
      // cel-js's Type class is not exported from its entry point: an object of a class named Type, with a `name`
      if (typeof actual !== 'object' || actual === null || actual.constructor.name !== 'Type') return false
      return Reflect.get(actual, 'name') === kind.value
    }
    default:
      return false
  }
}

function describe(outcome: Outcome): string {
  if (outcome.kind === 'error') return `error "${outcome.message.slice(0, 80)}"`
  const value = outcome.value
  if (typeof value === 'bigint') return `${value}n`
  if (value instanceof UnsignedInt) return `${value.valueOf()}u`
  if (isCelUint(value)) return `${value.value}u`
  if (typeof value === 'object' && value !== null) return value.constructor.name
  return JSON.stringify(value) ?? String(value)
}

function judge(library: LibraryName, test: IncrementalTest, outcome: Outcome): string | null {
  const matcher = test.original.resultMatcher
  if (matcher.case === 'evalError' || matcher.case === 'anyEvalErrors') {
    return outcome.kind === 'error' ? null : `expected an error, got ${describe(outcome)}`
  }
  // an absent matcher means the expression must evaluate to true
  if (matcher.case !== 'value' && matcher.case !== undefined) return `unsupported matcher ${matcher.case}`
  if (outcome.kind === 'error') return `expected a value, got ${describe(outcome)}`
  const passed =
    matcher.case === 'value' ? matches(library, outcome.value, matcher.value) : outcome.value === true
  return passed ? null : `wrong value ${describe(outcome)}`
}

function packageVersion(name: string): string {
  const file = new URL(`../node_modules/${name}/package.json`, import.meta.url)
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
}

function runConformance(): { results: LibraryConformance[]; skipReasons: Record<string, number> } {
  const suite = getConformanceSuite()
  const skipReasons: Record<string, number> = {}
  const results: LibraryConformance[] = libraries.map((library) => ({
    library: library === 'cel-js' ? '@marcbachmann/cel-js' : '@bufbuild/cel',
    version: packageVersion(library === 'cel-js' ? '@marcbachmann/cel-js' : '@bufbuild/cel'),
    files: {},
    uncheckedOnly: { passed: 0, failed: 0, skipped: 0 },
    passed: 0,
    total: 0,
    failures: [],
  }))
  let run = 0
  for (const fileName of conformanceFiles) {
    const file = suite.suites.find((candidate) => candidate.name === fileName)
    if (file === undefined) throw new Error(`conformance file ${fileName} not found`)
    for (const result of results) result.files[fileName] = { passed: 0, failed: 0, skipped: 0 }
    for (const section of file.suites) {
      for (const test of section.tests) {
        const reason = run >= maxTests ? 'over the 2,000-test limit' : skipReason(test)
        libraries.forEach((library, i) => {
          const result = results[i] as LibraryConformance
          const tally = result.files[fileName] as Tally
          if (reason !== null) {
            tally.skipped++
            return
          }
          const outcome = library === 'cel-js' ? runCelJs(test) : runBufbuild(test)
          const failure = judge(library, test, outcome)
          const bucket = test.original.disableCheck ? result.uncheckedOnly : tally
          if (failure === null) bucket.passed++
          else {
            bucket.failed++
            const tag = test.original.disableCheck ? ' [disable_check]' : ''
            result.failures.push(
              `${fileName}/${section.name}/${test.name}${tag}: ${JSON.stringify(test.original.expr)} → ${failure}`,
            )
          }
        })
        if (reason !== null) skipReasons[reason] = (skipReasons[reason] ?? 0) + 1
        else run++
      }
    }
  }
  for (const result of results) {
    for (const tally of Object.values(result.files)) {
      result.passed += tally.passed
      result.total += tally.passed + tally.failed
    }
  }
  return { results, skipReasons }
}

// ---------------------------------------------------------------------------------------------------------------
// Speed over 29,000 firms

const eligibilityRule = [
  'firm.cityCode == "HF"',
  'firm.isHighTech',
  'firm.staffCount >= 10',
  'firm.rdIntensityPercent >= 3.0',
  '("LabourDispatchLicence" in firm.licenceTypes || firm.revenueFen > 50000000)',
].join(' && ')
const awardFormula = 'firm.researchSpendFen / 10 > 50000000 ? 50000000 : firm.researchSpendFen / 10'

class Firm {
  constructor(
    readonly cityCode: string,
    readonly isHighTech: boolean,
    readonly staffCount: bigint,
    readonly rdIntensityPercent: number,
    readonly licenceTypes: readonly string[],
    readonly revenueFen: bigint,
    readonly researchSpendFen: bigint,
  ) {}
}

const firmFields = {
  cityCode: 'string',
  isHighTech: 'bool',
  staffCount: 'int',
  rdIntensityPercent: 'double',
  licenceTypes: 'list<string>',
  revenueFen: 'int',
  researchSpendFen: 'int',
} as const

/** mulberry32: deterministic, so every run sees the same firms */
function pseudoRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function syntheticFirms(count: number): Firm[] {
  const random = pseudoRandom(60)
  const cities = ['HF', 'HF', 'HF', 'SH', 'HZ', 'SZ', 'JX', 'HU', 'XC', 'WH', 'JH']
  const licences = [
    'LabourDispatchLicence',
    'FoodBusinessLicence',
    'ImportExportLicence',
    'HazardousChemicals',
  ]
  const integer = (max: number) => BigInt(Math.floor(random() * max))
  return Array.from({ length: count }, () => {
    const city = cities[Math.floor(random() * cities.length)] ?? 'HF'
    return new Firm(
      city,
      random() < 0.6,
      integer(300),
      Math.round(random() * 80) / 10,
      licences.filter(() => random() < 0.3),
      integer(200_000_000),
      integer(1_000_000_000),
    )
  })
}

/** The same rule in TypeScript, the reference every library is checked against. */
function reference(firm: Firm): { eligible: boolean; amount: bigint } {
  const eligible =
    firm.cityCode === 'HF' &&
    firm.isHighTech &&
    firm.staffCount >= 10n &&
    firm.rdIntensityPercent >= 3.0 &&
    (firm.licenceTypes.includes('LabourDispatchLicence') || firm.revenueFen > 50_000_000n)
  const tenth = firm.researchSpendFen / 10n
  return { eligible, amount: tenth > 50_000_000n ? 50_000_000n : tenth }
}

interface Compiled<Fact> {
  library: string
  variant: string
  facts: Fact[]
  eligible: (fact: Fact) => unknown
  award: (fact: Fact) => unknown
}

function celJsCompiled(firms: Firm[], schema: boolean): Compiled<object> {
  const env = new Environment({ limits: { maxAstNodes: 200, maxDepth: 16 } })
  if (schema) env.registerVariable({ name: 'firm', schema: firmFields })
  else env.registerType('Firm', { ctor: Firm, fields: firmFields }).registerVariable('firm', 'Firm')
  const eligible = env.parse(eligibilityRule)
  const award = env.parse(awardFormula)
  const checks = [eligible.check(), award.check()]
  if (checks[0]?.type !== 'bool' || checks[1]?.type !== 'int') {
    throw new Error(
      `cel-js type check: ${checks.map((check) => check.error?.message ?? check.type).join('; ')}`,
    )
  }
  return {
    library: '@marcbachmann/cel-js',
    variant: schema ? 'registerVariable schema' : 'registerType ctor',
    // with a schema cel-js converts a plain object into its own class on every evaluation; with a constructor it
    // takes the instance as it is
    facts: schema ? firms.map((firm) => ({ ...firm })) : firms,
    eligible: (firm) => eligible({ firm }),
    award: (firm) => award({ firm }),
  }
}

function bufbuildMapCompiled(firms: Firm[]): Compiled<ReturnType<typeof celMap>> {
  // @bufbuild/cel types fields only through protobuf messages; as a plain value `firm` is a map<string, dyn>
  const env = celEnv({ variables: { firm: mapType(CelScalar.STRING, CelScalar.DYN) } })
  const eligible = bufPlan(env, bufParse(eligibilityRule))
  const award = bufPlan(env, bufParse(awardFormula))
  // converted once, as facts kept in memory would be: a plain object would become a new map on every evaluation
  const facts = firms.map((firm) =>
    celMap(
      new Map<string, CelInput>([
        ['cityCode', firm.cityCode],
        ['isHighTech', firm.isHighTech],
        ['staffCount', firm.staffCount],
        ['rdIntensityPercent', firm.rdIntensityPercent],
        ['licenceTypes', celList(firm.licenceTypes)],
        ['revenueFen', firm.revenueFen],
        ['researchSpendFen', firm.researchSpendFen],
      ]),
    ),
  )
  return {
    library: '@bufbuild/cel',
    variant: 'map<string, dyn>',
    facts,
    eligible: (firm) => eligible({ firm }),
    award: (firm) => award({ firm }),
  }
}

/** The typed route of @bufbuild/cel: a protobuf message `g60.bench.Firm` described at run time. */
function firmMessage(): DescMessage {
  const { STRING, BOOL, INT64, DOUBLE } = FieldDescriptorProto_Type
  const field = (name: string, number: number, type: FieldDescriptorProto_Type, repeated = false) => ({
    name,
    number,
    type,
    jsonName: name,
    label: repeated ? FieldDescriptorProto_Label.REPEATED : FieldDescriptorProto_Label.OPTIONAL,
  })
  const file = create(FileDescriptorProtoSchema, {
    name: 'g60/bench/firm.proto',
    package: 'g60.bench',
    syntax: 'proto3',
    messageType: [
      {
        name: 'Firm',
        field: [
          field('cityCode', 1, STRING),
          field('isHighTech', 2, BOOL),
          field('staffCount', 3, INT64),
          field('rdIntensityPercent', 4, DOUBLE),
          field('licenceTypes', 5, STRING, true),
          field('revenueFen', 6, INT64),
          field('researchSpendFen', 7, INT64),
        ],
      },
    ],
  })
  const message = createFileRegistry(file, () => undefined).getMessage('g60.bench.Firm')
  if (message === undefined) throw new Error('g60.bench.Firm not built')
  return message
}

function bufbuildMessageCompiled(firms: Firm[]): Compiled<ReflectMessage> {
  const desc = firmMessage()
  const env = celEnv({ registry: createRegistry(desc), variables: { firm: objectType(desc) as CelType } })
  const eligible = bufPlan(env, bufParse(eligibilityRule))
  const award = bufPlan(env, bufParse(awardFormula))
  const facts = firms.map((firm) =>
    reflect(desc, create(desc, { ...firm, licenceTypes: [...firm.licenceTypes] })),
  )
  return {
    library: '@bufbuild/cel',
    variant: 'protobuf message',
    facts,
    eligible: (firm) => eligible({ firm }),
    award: (firm) => award({ firm }),
  }
}

interface Timed {
  variant: SpeedVariant
  eligible: unknown[]
  amounts: unknown[]
}

function time<Fact>(compiled: Compiled<Fact>, expected: { eligible: boolean; amount: bigint }[]): Timed {
  const eligible: unknown[] = new Array(compiled.facts.length)
  const amounts: unknown[] = new Array(compiled.facts.length)
  const pass = () => {
    const facts = compiled.facts
    for (let i = 0; i < facts.length; i++) {
      const fact = facts[i] as Fact
      eligible[i] = compiled.eligible(fact)
      amounts[i] = compiled.award(fact)
    }
  }
  pass() // warm-up
  let best = Infinity
  for (let run = 0; run < timedRuns; run++) {
    const start = performance.now()
    pass()
    best = Math.min(best, performance.now() - start)
  }
  let mismatches = 0
  expected.forEach((want, i) => {
    if (eligible[i] !== want.eligible || amounts[i] !== want.amount) mismatches++
  })
  return {
    variant: {
      library: compiled.library,
      variant: compiled.variant,
      firmsPerSecond: Math.round(compiled.facts.length / (best / 1000)),
      bestRunMs: Math.round(best * 10) / 10,
      mismatches,
    },
    eligible,
    amounts,
  }
}

function runSpeed(): CelChoiceResult['speed'] {
  const firms = syntheticFirms(firmCount)
  const expected = firms.map(reference)
  const timed = [
    time(celJsCompiled(firms, false), expected),
    time(celJsCompiled(firms, true), expected),
    time(bufbuildMapCompiled(firms), expected),
    time(bufbuildMessageCompiled(firms), expected),
  ]
  // the two libraries against each other, firm by firm (each library's first variant)
  const [celJs, , bufbuild] = timed as [Timed, Timed, Timed, Timed]
  let libraryMismatches = 0
  for (let i = 0; i < firms.length; i++) {
    if (celJs.eligible[i] !== bufbuild.eligible[i] || celJs.amounts[i] !== bufbuild.amounts[i])
      libraryMismatches++
  }
  return {
    firms: firms.length,
    eligible: expected.filter((want) => want.eligible).length,
    variants: timed.map((entry) => entry.variant),
    libraryMismatches,
  }
}

// ---------------------------------------------------------------------------------------------------------------

export async function compareCelLibraries(): Promise<CelChoiceResult> {
  const { results, skipReasons } = runConformance()
  const speed = runSpeed()
  return { conformance: results, skipReasons, speed }
}

function print(result: CelChoiceResult, showFailures: boolean): void {
  const pad = (text: string | number, width: number) => String(text).padStart(width)
  const names = result.conformance.map((entry) => `${entry.library}@${entry.version}`)
  console.log(`CEL conformance, passed/run    ${names.map((name) => pad(name, 30)).join('')}`)
  const rows = [...conformanceFiles, 'overall', 'disable_check (not counted)'] as const
  for (const row of rows) {
    const cells = result.conformance.map((entry) => {
      if (row === 'overall') return `${entry.passed}/${entry.total}`
      const tally = row === 'disable_check (not counted)' ? entry.uncheckedOnly : (entry.files[row] as Tally)
      const text = `${tally.passed}/${tally.passed + tally.failed}`
      return tally.skipped > 0 ? `${text} (${tally.skipped} skipped)` : text
    })
    console.log(`  ${row.padEnd(28)}${cells.map((cell) => pad(cell, 30)).join('')}`)
  }
  const reasons = Object.entries(result.skipReasons).map(([why, n]) => `${n} ${why}`)
  console.log(`  skipped for both: ${reasons.join(', ')}`)
  for (const entry of result.conformance) {
    if (!showFailures) break
    console.log(`\nFailures of ${entry.library} (${entry.failures.length}):`)
    for (const failure of entry.failures) console.log(`  ${failure}`)
  }

  const speed = result.speed
  console.log(
    `\nSpeed: ${speed.firms.toLocaleString('en')} firms (${speed.eligible} eligible), rule and award each`,
  )
  console.log(`  rule:  ${eligibilityRule}\n  award: ${awardFormula}`)
  for (const variant of speed.variants) {
    console.log(
      `  ${`${variant.library} (${variant.variant})`.padEnd(48)}` +
        `${pad(variant.firmsPerSecond.toLocaleString('en'), 10)} firms/s  best of ${timedRuns}: ` +
        `${pad(variant.bestRunMs, 6)} ms  differing from the TypeScript rule: ${variant.mismatches}`,
    )
  }

  console.log(
    `\n${'library'.padEnd(22)}${'version'.padEnd(9)}${pad('conformance', 12)}${pad('firms/s', 12)}  agreement`,
  )
  for (const entry of result.conformance) {
    const variants = speed.variants.filter((variant) => variant.library === entry.library)
    const fastest = variants.reduce((best, variant) =>
      variant.firmsPerSecond > best.firmsPerSecond ? variant : best,
    )
    const differing = variants.reduce((sum, variant) => sum + variant.mismatches, 0)
    console.log(
      `${entry.library.padEnd(22)}${entry.version.padEnd(9)}${pad(`${entry.passed}/${entry.total}`, 12)}` +
        `${pad(fastest.firmsPerSecond.toLocaleString('en'), 12)}  ${differing === 0 ? 'all firms' : `${differing} differ`} ` +
        `(${fastest.variant})`,
    )
  }
  console.log(`firms on which the two libraries disagree: ${speed.libraryMismatches}`)
  if (!showFailures) console.log('(each failing test: npx tsx bench/cel-choice.ts --failures)')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  print(await compareCelLibraries(), process.argv.includes('--failures'))
}
