// What a log line says of an error: its kind, code, SQL state, message and where it was thrown; never what it carries
// besides. A failed query carries its parameters (token hashes, password hashes, a row's values) and PostgreSQL's
// detail quotes a row's values, so neither is logged, and quoted text in a database message is blanked.

export interface LoggableError {
  type: string
  message: string
  code?: string
  sqlState?: string
  constraint?: string
  table?: string
  /** the stack's frames, without its first line (which repeats the message) */
  stack?: string
  cause?: LoggableError
}

const sqlStatePattern = /^[0-9A-Z]{5}$/
const quotedText = /"[^"]*"/g
const causesMax = 3

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined
}

function framesOf(stack: string | undefined): string | undefined {
  if (stack === undefined) return undefined
  const frames = stack.split('\n').filter((line) => line.trimStart().startsWith('at '))
  return frames.length > 0 ? frames.join('\n') : undefined
}

/** A failed query of drizzle: `Failed query: <sql>\nparams: <values>`, with its query and params as properties. */
function isFailedQuery(error: Error): boolean {
  return 'params' in error && 'query' in error
}

/** An error of PostgreSQL (pg or PGlite): a five-character SQL state and a severity. */
function sqlStateOf(error: Error): string | undefined {
  const code = 'code' in error ? textOf(error.code) : undefined
  return code !== undefined && sqlStatePattern.test(code) && 'severity' in error ? code : undefined
}

export function loggableError(error: unknown, depth = 0): LoggableError {
  if (!(error instanceof Error)) return { type: typeof error, message: 'a thrown value that is not an Error' }
  const sqlState = sqlStateOf(error)
  const code = 'code' in error ? textOf(error.code) : undefined
  let message = error.message
  if (isFailedQuery(error)) message = 'Failed query (its text and parameters are not logged)'
  else if (sqlState !== undefined) message = message.replace(quotedText, '"…"')
  const stack = framesOf(error.stack)
  return {
    type: error.name,
    message,
    ...(code !== undefined && sqlState === undefined ? { code } : {}),
    ...(sqlState !== undefined ? { sqlState } : {}),
    ...(sqlState !== undefined && 'constraint' in error ? { constraint: textOf(error.constraint) } : {}),
    ...(sqlState !== undefined && 'table' in error ? { table: textOf(error.table) } : {}),
    ...(stack !== undefined ? { stack } : {}),
    ...(error.cause !== undefined && depth < causesMax
      ? { cause: loggableError(error.cause, depth + 1) }
      : {}),
  }
}
