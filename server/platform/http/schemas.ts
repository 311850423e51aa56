// Shared TypeBox pieces: every request and response carries a schema built from these.
import { Type, type TProperties, type TSchema } from 'typebox'
import { AppError } from '../errors'

/** Objects that refuse unknown fields: nothing unexpected is ever stored. */
export function StrictObject<Properties extends TProperties>(
  properties: Properties,
  options: { description?: string } = {},
) {
  return Type.Object(properties, { additionalProperties: false, ...options })
}

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String({ description: 'Stable, machine-readable code' }),
      message: Type.String({ description: "In the caller's language (Accept-Language)" }),
      requestId: Type.String(),
      details: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    }),
  },
  { description: 'An error' },
)

export const errorResponses = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
  409: ErrorResponse,
  413: ErrorResponse,
  415: ErrorResponse,
  422: ErrorResponse,
  429: ErrorResponse,
} as const

/** The error answers of a route whose writes go through a group commit, which answers SERVER_BUSY (503) when full. */
export const groupCommitErrorResponses = { ...errorResponses, 503: ErrorResponse } as const

export const pageSizeMax = 100
export const pageSizeDefault = 20

export const PageQuery = {
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: pageSizeMax,
      default: pageSizeDefault,
      description: `At most ${pageSizeMax}`,
    }),
  ),
  cursor: Type.Optional(Type.String({ maxLength: 300, description: 'nextCursor of the previous page' })),
}

export function Page<Item extends TSchema>(item: Item) {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'null on the last page' }),
  })
}

export const Bilingual = {
  nameZh: Type.String({ minLength: 1, maxLength: 200 }),
  nameEn: Type.String({ minLength: 1, maxLength: 300 }),
}

export const IdParams = StrictObject({ id: Type.String({ minLength: 3, maxLength: 64 }) })

export const Timestamp = Type.String({ format: 'date-time' })

export const DateOnly = Type.String({ format: 'date', description: 'YYYY-MM-DD' })

export const Nullable = <Schema extends TSchema>(schema: Schema) => Type.Union([schema, Type.Null()])

const noBodyDescription = 'No body: send none, or {}'
/**
 * The body of an operation that takes none: nothing, or an empty object. Declared so that every mutating route
 * validates its body (anything else is refused); the API document marks it optional (withOptionalNoBodies).
 */
export const NoBody = Type.Union([StrictObject({}), Type.Null()], { description: noBodyDescription })

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

/** The API document with the body of each NoBody operation marked optional: Fastify's swagger marks every body required. */
export function withOptionalNoBodies<Document extends { paths?: unknown }>(document: Document): Document {
  const pathItems = isRecord(document.paths) ? Object.values(document.paths) : []
  for (const operation of pathItems.flatMap((item) => (isRecord(item) ? Object.values(item) : []))) {
    const body = isRecord(operation) ? operation.requestBody : undefined
    const content = isRecord(body) && isRecord(body.content) ? body.content['application/json'] : undefined
    const schema = isRecord(content) ? content.schema : undefined
    if (isRecord(body) && isRecord(schema) && schema.description === noBodyDescription) body.required = false
  }
  return document
}
export const Stamps = { createdAt: Timestamp, updatedAt: Timestamp }
export const Synthetic = { isSynthetic: Type.Boolean({ description: 'true for generated demo data' }) }
/** What every record of the domain shows: whether it is generated demo data, when it was made and last changed. */
export const RecordStamps = { ...Synthetic, ...Stamps }

/** Keyset cursors carry the last row's sort key, opaque to callers. */
export function encodeCursor(key: string): string {
  return Buffer.from(JSON.stringify({ after: key }), 'utf8').toString('base64url')
}

export function decodeCursor(cursor: string | undefined): string | null {
  if (cursor === undefined) return null
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'after' in parsed &&
      typeof parsed.after === 'string'
    ) {
      return parsed.after
    }
  } catch {
    // falls through to the coded error below
  }
  throw new AppError('CURSOR_INVALID')
}

export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  key: (row: Row) => string,
  shape: (row: Row) => Item,
) {
  const hasMore = rows.length > limit
  const pageRows = hasMore ? rows.slice(0, limit) : rows
  const last = pageRows[pageRows.length - 1]
  return {
    items: pageRows.map(shape),
    nextCursor: hasMore && last !== undefined ? encodeCursor(key(last)) : null,
  }
}

/** One keyset page of rows keyed by their time-ordered id: the reader gets the cursor and reads limit + 1 rows. */
export async function pageById<Row extends { id: string }>(
  query: { limit?: number; cursor?: string },
  read: (after: string | null, limit: number) => Promise<Row[]>,
) {
  const limit = query.limit ?? pageSizeDefault
  const rows = await read(decodeCursor(query.cursor), limit)
  return toPage(
    rows,
    limit,
    (row) => row.id,
    (row) => row,
  )
}

/** A page of rows shaped for its answer. */
export function presentPage<Row, Item>(
  page: { items: readonly Row[]; nextCursor: string | null },
  present: (row: Row) => Item,
) {
  return { items: page.items.map((row) => present(row)), nextCursor: page.nextCursor }
}
