// The values the schema-driven fuzzer sends (faults/fuzz.faults.ts), built from an operation's own JSON schemas: a
// plausible value of a schema, the places in a body to fuzz, the wrong values for each, and the odd values of a query
// or path parameter. Pure functions: what the platform answers is judged by the test.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** The JSON Schema keywords the API document uses (checked by the test: an unknown one would go unfuzzed). */
export interface JsonSchema {
  $ref?: string
  type?: string | string[]
  enum?: Json[]
  const?: Json
  default?: Json
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  items?: JsonSchema
  minItems?: number
  maxItems?: number
  uniqueItems?: boolean
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  description?: string
}

export type Pointer = readonly (string | number)[]

/** One wrong (or odd) value to put in place of a valid one. */
export interface Variant {
  name: string
  value: Json
  /** a value a lenient validator would turn into a valid one ("42" for 42, ["a"] for "a", null for false) */
  coercible: boolean
}

/** how deep into nested objects and arrays the fuzzer looks for properties */
const nestingMax = 3
/** the variants sent for one property, at most */
export const variantsPerPropertyMax = 16
/** the places fuzzed in one body, at most */
export const targetsPerBodyMax = 40
/** the length of a string sent where the schema sets no maxLength */
export const unboundedStringLength = 100_000
/** the property no schema declares */
export const unknownPropertyName = 'fuzzUnknownProperty'

/** Follows $ref into components.schemas and merges allOf, so that callers see one schema. */
export function resolverOf(components: Record<string, JsonSchema>) {
  const resolve = (schema: JsonSchema, depth = 0): JsonSchema => {
    if (depth > 16) throw new Error('a $ref cycle in the API document')
    if (schema.$ref !== undefined) {
      const name = schema.$ref.replace(/^#\/components\/schemas\//, '')
      const target = components[name]
      if (target === undefined) throw new Error(`unresolved $ref ${schema.$ref}`)
      return resolve(target, depth + 1)
    }
    if (schema.allOf === undefined) return schema
    const parts = schema.allOf.map((part) => resolve(part, depth + 1))
    const rest: JsonSchema = { ...schema }
    delete rest.allOf
    return parts.reduce<JsonSchema>(
      (merged, part) => ({
        ...merged,
        ...part,
        properties: { ...merged.properties, ...part.properties },
        required: [...(merged.required ?? []), ...(part.required ?? [])],
      }),
      rest,
    )
  }
  return resolve
}

export type Resolve = ReturnType<typeof resolverOf>

/** The alternatives of a schema: its anyOf or oneOf branches, or itself. */
export function branchesOf(schema: JsonSchema, resolve: Resolve): JsonSchema[] {
  const resolved = resolve(schema)
  const branches = resolved.anyOf ?? resolved.oneOf
  return branches === undefined ? [resolved] : branches.flatMap((branch) => branchesOf(branch, resolve))
}

function typeOfValue(value: Json): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  return typeof value === 'number' && Number.isInteger(value) ? 'integer' : typeof value
}

/** The JSON types a schema admits: from type, enum or const, over every branch. */
export function typesOf(schema: JsonSchema, resolve: Resolve): Set<string> {
  const types = new Set<string>()
  for (const branch of branchesOf(schema, resolve)) {
    const declared = branch.type === undefined ? [] : [branch.type].flat()
    const listed = [...(branch.enum ?? []), ...(branch.const !== undefined ? [branch.const] : [])]
    for (const type of declared) types.add(type)
    for (const value of listed) types.add(typeOfValue(value))
    if (declared.length === 0 && listed.length === 0 && branch.properties !== undefined) types.add('object')
  }
  if (types.has('number')) types.add('integer')
  return types
}

/** Strings tried, in order, for a string schema with a pattern; padded to its minLength with their last character. */
const stringSeeds = [
  'abc',
  'abc_def',
  'Abc1',
  'ABC',
  'abc-def',
  '08:00',
  'G60-SH-VOU-001',
  'abc-def.csv',
  'text/plain',
  '0'.repeat(64),
  '+86 21 0000',
  'x',
]

function plausibleString(schema: JsonSchema): string {
  if (schema.format === 'date') return '2026-05-01'
  if (schema.format === 'date-time') return '2026-05-01T08:00:00Z'
  const minLength = schema.minLength ?? 0
  const maxLength = schema.maxLength ?? Number.POSITIVE_INFINITY
  const pattern = schema.pattern === undefined ? null : new RegExp(schema.pattern, 'u')
  for (const seed of stringSeeds) {
    const padded = seed + (seed.at(-1) ?? 'a').repeat(Math.max(0, minLength - seed.length))
    if (padded.length <= maxLength && (pattern === null || pattern.test(padded))) return padded
  }
  return 'a'.repeat(Math.max(1, minLength))
}

function plausibleNumber(schema: JsonSchema, integer: boolean): number {
  const lowest =
    schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : undefined)
  const highest =
    schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : undefined)
  const wanted = Math.max(1, lowest ?? 1)
  const value = highest !== undefined ? Math.min(wanted, highest) : wanted
  return integer ? Math.ceil(value) : value
}

/** A minimal value that looks valid: required properties only, one item in an array, the first choice of an enum. */
export function plausibleValue(schema: JsonSchema, resolve: Resolve, depth = 0): Json {
  const branches = branchesOf(schema, resolve)
  const branch =
    branches.find((candidate) => candidate.properties !== undefined) ??
    branches.find((candidate) => candidate.type !== 'null') ??
    branches[0] ??
    {}
  if (branch.const !== undefined) return branch.const
  if (branch.enum !== undefined && branch.enum.length > 0) return branch.enum[0] ?? null
  const type = [branch.type ?? (branch.properties !== undefined ? 'object' : 'string')].flat()[0]
  switch (type) {
    case 'string':
      return plausibleString(branch)
    case 'integer':
      return plausibleNumber(branch, true)
    case 'number':
      return plausibleNumber(branch, false)
    case 'boolean':
      return false
    case 'null':
      return null
    case 'array':
      return plausibleArray(branch, resolve, depth)
    default:
      return plausibleObject(branch, resolve, depth)
  }
}

function plausibleArray(schema: JsonSchema, resolve: Resolve, depth: number): Json[] {
  if (schema.items === undefined || depth > nestingMax) return []
  const count = Math.min(Math.max(schema.minItems ?? 0, 1), schema.maxItems ?? Number.POSITIVE_INFINITY)
  const items = schema.items
  const choices = branchesOf(items, resolve).flatMap((branch) => branch.enum ?? [])
  return Array.from({ length: count }, (_, index) => {
    // distinct items, for uniqueItems: the next enum choice, or a numbered string
    if (index > 0 && choices.length > index) return choices[index] ?? null
    const value = plausibleValue(items, resolve, depth + 1)
    return index > 0 && typeof value === 'string' ? `${value}${index}` : value
  })
}

function plausibleObject(schema: JsonSchema, resolve: Resolve, depth: number): Json {
  const body: Record<string, Json> = {}
  for (const name of schema.required ?? []) {
    const property = schema.properties?.[name]
    body[name] = property === undefined ? 'abc' : plausibleValue(property, resolve, depth + 1)
  }
  return body
}

/** A place in a body: a property (or an array's first item) and its schema. */
export interface Target {
  pointer: Pointer
  schema: JsonSchema
}

/**
 * Every property of an object schema, and of the objects and arrays within it down to nestingMax; and every object's
 * pointer (for the unknown property). An object of several shapes (anyOf) is walked through its first object branch:
 * the test walks a body's top-level branches one by one.
 */
export function targetsOf(schema: JsonSchema, resolve: Resolve, at: Pointer = []) {
  const properties: Target[] = []
  const objects: Pointer[] = []
  const walk = (current: JsonSchema, pointer: Pointer, depth: number) => {
    const branches = branchesOf(current, resolve)
    const object = branches.find((branch) => branch.properties !== undefined)
    if (object !== undefined && depth <= nestingMax) {
      objects.push(pointer)
      for (const [name, property] of Object.entries(object.properties ?? {})) {
        properties.push({ pointer: [...pointer, name], schema: property })
        walk(property, [...pointer, name], depth + 1)
      }
    }
    const array = branches.find((branch) => branch.items !== undefined)
    if (array?.items !== undefined && depth <= nestingMax) {
      properties.push({ pointer: [...pointer, 0], schema: array.items })
      walk(array.items, [...pointer, 0], depth + 1)
    }
  }
  walk(schema, at, 0)
  return { properties: properties.slice(0, targetsPerBodyMax), objects }
}

function copyOf(value: Json): Json {
  return structuredClone(value)
}

/**
 * The base body with the value at the pointer replaced (or added); a missing container on the way is made from its
 * schema's plausible value, so that an optional nested object arrives whole but for the one value.
 */
export function withValueAt(
  base: Json,
  pointer: Pointer,
  value: Json,
  schemaAt: (pointer: Pointer) => JsonSchema,
  resolve: Resolve,
): Json {
  if (pointer.length === 0) return copyOf(value)
  const root = copyOf(base)
  let container: Json = root
  for (let index = 0; index < pointer.length - 1; index++) {
    const step = pointer[index] ?? 0
    const holder = container as Record<string | number, Json>
    const next = holder[step]
    if (next === undefined || next === null || typeof next !== 'object') {
      holder[step] = plausibleValue(schemaAt(pointer.slice(0, index + 1)), resolve)
    }
    container = holder[step] ?? null
  }
  const last = pointer[pointer.length - 1] ?? 0
  ;(container as Record<string | number, Json>)[last] = value
  return root
}

function numericVariants(schema: JsonSchema, types: Set<string>, resolve: Resolve): Variant[] {
  const variants: Variant[] = []
  const bounds = branchesOf(schema, resolve).filter(
    (branch) => branch.type === 'integer' || branch.type === 'number',
  )
  for (const branch of bounds) {
    if (branch.maximum !== undefined)
      variants.push({ name: 'above its maximum', value: branch.maximum + 1, coercible: false })
    if (branch.minimum !== undefined)
      variants.push({ name: 'below its minimum', value: branch.minimum - 1, coercible: false })
    if (branch.exclusiveMinimum !== undefined)
      variants.push({ name: 'at its exclusive minimum', value: branch.exclusiveMinimum, coercible: false })
  }
  if (!types.has('number') || types.has('integer'))
    variants.push({ name: 'a fraction', value: 1.5, coercible: false })
  variants.push({ name: '2^53', value: 2 ** 53, coercible: false })
  variants.push({ name: '-2^53', value: -(2 ** 53), coercible: false })
  return variants
}

function stringVariants(schema: JsonSchema, resolve: Resolve): Variant[] {
  const branches = branchesOf(schema, resolve).filter(
    (branch) => branch.type === 'string' || branch.enum !== undefined,
  )
  const longest = Math.max(...branches.map((branch) => branch.maxLength ?? unboundedStringLength - 1))
  const variants: Variant[] = [
    { name: `a string of ${longest + 1} characters`, value: 'a'.repeat(longest + 1), coercible: false },
  ]
  if (branches.some((branch) => branch.enum !== undefined))
    variants.push({ name: 'an unknown enum value', value: 'not_a_choice', coercible: false })
  if (branches.some((branch) => branch.format === 'date'))
    variants.push({ name: 'an impossible date', value: '2026-02-30', coercible: false })
  if (branches.some((branch) => branch.format === 'date-time'))
    variants.push({ name: 'an instant without zone', value: '2026-05-01T08:00:00', coercible: false })
  if (branches.some((branch) => branch.pattern !== undefined))
    variants.push({ name: 'a string off its pattern', value: '企业 !', coercible: false })
  if (branches.some((branch) => (branch.minLength ?? 0) > 0))
    variants.push({ name: 'an empty string', value: '', coercible: false })
  return variants
}

/** The wrong values for a place: every wrong JSON type, then the values past its bounds; no more than the cap. */
export function variantsOf(schema: JsonSchema, resolve: Resolve): Variant[] {
  const types = typesOf(schema, resolve)
  const valid = plausibleValue(schema, resolve)
  const scalar = !types.has('array') && !types.has('object')
  const numeric = types.has('integer') || types.has('number')
  const variants: Variant[] = [
    { name: 'null', value: null, coercible: scalar },
    { name: 'a boolean', value: true, coercible: types.has('string') },
    { name: 'a number', value: 42, coercible: types.has('string') || types.has('boolean') },
    { name: 'a string', value: 'fuzz', coercible: false },
    { name: 'a numeric string', value: '42', coercible: numeric },
    { name: 'the string "true"', value: 'true', coercible: types.has('boolean') },
    { name: 'an array of a valid value', value: [valid], coercible: scalar },
    { name: 'an object', value: { value: valid }, coercible: false },
  ]
  if (numeric) variants.push(...numericVariants(schema, types, resolve))
  if (types.has('string')) variants.push(...stringVariants(schema, resolve))
  const array = branchesOf(schema, resolve).find((branch) => branch.maxItems !== undefined)
  if (array?.maxItems !== undefined && array.items !== undefined) {
    const item = plausibleValue(array.items, resolve)
    const items = Array.from({ length: array.maxItems + 1 }, (_, index) =>
      typeof item === 'string' ? `${item}${index}` : item,
    )
    variants.push({ name: `${array.maxItems + 1} items`, value: items, coercible: false })
  }
  const seen = new Set<string>()
  return variants
    .filter((variant) => {
      const key = JSON.stringify(variant.value)
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .slice(0, variantsPerPropertyMax)
}

/** A query parameter's odd values: sent as text, or repeated (an array). */
export interface QueryVariant {
  name: string
  raw: string | string[]
}

export function queryVariantsOf(schema: JsonSchema, resolve: Resolve): QueryVariant[] {
  const types = typesOf(schema, resolve)
  const valid = plausibleValue(schema, resolve)
  const text = typeof valid === 'string' ? valid : JSON.stringify(valid)
  const variants: QueryVariant[] = []
  if (types.has('integer') || types.has('number') || types.has('boolean'))
    variants.push({ name: 'letters', raw: 'abc' })
  if (branchesOf(schema, resolve).some((branch) => branch.enum !== undefined))
    variants.push({ name: 'an unknown enum value', raw: 'not_a_choice' })
  variants.push({ name: '10,000 characters', raw: 'a'.repeat(10_000) })
  variants.push({ name: 'the parameter repeated', raw: [text, text] })
  variants.push({ name: 'an empty value', raw: '' })
  return variants
}

/** A path parameter's odd values, as they appear in the URL (already percent-encoded where needed). */
export const pathVariants: readonly { name: string; inUrl: string }[] = [
  { name: '10,000 characters', inUrl: 'a'.repeat(10_000) },
  { name: "'..'", inUrl: '..' },
  { name: "'%2e%2e'", inUrl: '%2e%2e' },
  { name: "'%2F'", inUrl: '%2F' },
  { name: "an id with '%2F..%2F'", inUrl: 'rec_a%2F..%2Fb' },
  { name: 'unicode', inUrl: encodeURIComponent('企业-😀-ü') },
  { name: "'-1'", inUrl: '-1' },
  { name: 'broken percent-encoding', inUrl: '%E4%BC%zz' },
]
