// The only reader of process.env. Invalid configuration stops the process at start with a clear message.
import path from 'node:path'

export type DatabaseConfig = { kind: 'pglite'; dataDirectory: string } | { kind: 'postgres'; url: string }

export interface Config {
  host: string
  port: number
  dataDirectory: string
  database: DatabaseConfig
  /** demo mode seeds demo data and demo accounts on an empty database; production refuses default passwords */
  mode: 'demo' | 'production'
  seedNumber: number
  seedSize: 'full' | 'small'
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  sessionDurationHours: number
  bodyLimitBytes: number
  trustProxy: boolean
  /** how long public search pages (firm search) may be served from memory; 0 turns the cache off */
  publicCacheMs: number
  /** how often the in-memory firm search picture looks for writes by other processes; 0 turns the picture off */
  searchRefreshMs: number
  /** where the platform is reached from outside: the did:web identifiers of the licence issuers are made from it */
  publicOrigin: string
  /** encrypts the issuers' private keys at rest; demo mode has a fixed one, production must be given its own */
  keySecret: string
  /** how long a verifier may hold a published status list (its Cache-Control max-age): a revocation shows within it */
  statusListTtlMs: number
  /**
   * the audit chain's signed checkpoints: the Ed25519 private key (made at first start, mode 0600; never served), the
   * append-only file of checkpoints outside the database, and how often the serving process signs the head
   */
  audit: { keyFile: string; checkpointFile: string; checkpointIntervalMs: number }
  /** requests a caller (a user, or an address when anonymous) may send per minute, per process; 0: no limit */
  rateLimits: { searchPerMinute: number; writesPerMinute: number }
  /** sign-in: an account's delay after a failure (doubling up to the cap), and an address's failures per window */
  signInLimits: {
    delayFirstSeconds: number
    delayMaxSeconds: number
    addressFailuresMax: number
    addressWindowSeconds: number
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

type Environment = Record<string, string | undefined>

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

function readInteger(
  environment: Environment,
  name: string,
  fallback: number,
  minimum: number,
  maximum: number,
) {
  const raw = environment[name]
  if (raw === undefined || raw === '') return fallback
  if (!/^\d+$/.test(raw)) throw new ConfigError(`${name} must be a whole number, got "${raw}"`)
  const value = Number(raw)
  if (value < minimum || value > maximum) {
    throw new ConfigError(`${name} must be between ${minimum} and ${maximum}, got ${value}`)
  }
  return value
}

function readChoice<T extends string>(
  environment: Environment,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = environment[name]
  if (raw === undefined || raw === '') return fallback
  const found = choices.find((choice) => choice === raw)
  if (found === undefined) throw new ConfigError(`${name} must be one of ${choices.join(', ')}, got "${raw}"`)
  return found
}

function readDatabaseUrl(raw: string): string {
  let parsed: URL
  try {
    parsed = new URL(raw)
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL (expected postgres://user@host:port/database)')
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new ConfigError(
      `DATABASE_URL must start with postgres:// or postgresql://, got "${parsed.protocol}"`,
    )
  }
  if (parsed.pathname.length <= 1) throw new ConfigError('DATABASE_URL must name a database')
  return raw
}

/** Public so that tests and the bench can tell it apart; never used outside demo mode. */
export const demoKeySecret = 'g60-demo-only-key-secret-never-in-production'
const keySecretLengthMin = 32

function readKeySecret(environment: Environment, mode: Config['mode']): string {
  const raw = environment.G60_KEY_SECRET
  if (raw === undefined || raw === '') {
    if (mode === 'production')
      throw new ConfigError('G60_KEY_SECRET must be set in production (32 characters or more)')
    return demoKeySecret
  }
  if (raw.length < keySecretLengthMin) {
    throw new ConfigError(`G60_KEY_SECRET must be at least ${keySecretLengthMin} characters long`)
  }
  return raw
}

function readPublicOrigin(environment: Environment, port: number): string {
  const raw = environment.G60_PUBLIC_ORIGIN
  if (raw === undefined || raw === '') return `http://localhost:${port}`
  let parsed: URL
  try {
    parsed = new URL(raw)
  } catch {
    throw new ConfigError(`G60_PUBLIC_ORIGIN is not a valid URL, got "${raw}"`)
  }
  if (
    (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') ||
    parsed.origin !== raw.replace(/\/$/, '')
  ) {
    throw new ConfigError(`G60_PUBLIC_ORIGIN must be an origin such as https://g60.example.cn, got "${raw}"`)
  }
  return parsed.origin
}

/**
 * The audit key and checkpoint file: in the data folder unless set. Under PostgreSQL in production the data folder is
 * otherwise unused and easily lost with its host, so they must be placed on purpose: by G60_DATA_DIR or each setting.
 */
function readAuditFiles(environment: Environment, dataDirectory: string, mode: Config['mode']) {
  if (mode === 'production' && environment.DATABASE_URL && !environment.G60_DATA_DIR) {
    for (const name of ['G60_AUDIT_KEY_FILE', 'G60_AUDIT_CHECKPOINT_FILE'])
      if (!environment[name])
        throw new ConfigError(`${name} (or G60_DATA_DIR) must be set in production under PostgreSQL`)
  }
  const keyFile = path.resolve(
    environment.G60_AUDIT_KEY_FILE || path.join(dataDirectory, 'audit-signing-key.pem'),
  )
  const checkpointFile = path.resolve(
    environment.G60_AUDIT_CHECKPOINT_FILE || path.join(dataDirectory, 'audit-checkpoints.jsonl'),
  )
  if (keyFile === checkpointFile) {
    throw new ConfigError(
      `G60_AUDIT_KEY_FILE and G60_AUDIT_CHECKPOINT_FILE must differ, both are "${keyFile}"`,
    )
  }
  return { keyFile, checkpointFile }
}

function readSignInLimits(environment: Environment): Config['signInLimits'] {
  const delayFirstSeconds = readInteger(environment, 'G60_SIGN_IN_DELAY_FIRST_SECONDS', 1, 1, 3600)
  const delayMaxSeconds = readInteger(environment, 'G60_SIGN_IN_DELAY_MAX_SECONDS', 900, 1, 86_400)
  if (delayMaxSeconds < delayFirstSeconds) {
    throw new ConfigError(
      `G60_SIGN_IN_DELAY_MAX_SECONDS (${delayMaxSeconds}) must not be below G60_SIGN_IN_DELAY_FIRST_SECONDS (${delayFirstSeconds})`,
    )
  }
  return {
    delayFirstSeconds,
    delayMaxSeconds,
    addressFailuresMax: readInteger(environment, 'G60_SIGN_IN_ADDRESS_FAILURES', 30, 1, 100_000),
    addressWindowSeconds: 15 * 60,
  }
}

export function loadConfig(environment: Environment = process.env): Config {
  const dataDirectory = path.resolve(environment.G60_DATA_DIR || './data')
  const databaseUrl = environment.DATABASE_URL
  const port = readInteger(environment, 'PORT', 3000, 0, 65535)
  const mode = readChoice(environment, 'G60_MODE', ['demo', 'production'] as const, 'demo')
  return {
    host: environment.HOST || '127.0.0.1',
    port,
    dataDirectory,
    database:
      databaseUrl !== undefined && databaseUrl !== ''
        ? { kind: 'postgres', url: readDatabaseUrl(databaseUrl) }
        : { kind: 'pglite', dataDirectory: path.join(dataDirectory, 'pglite') },
    mode,
    seedNumber: readInteger(environment, 'G60_SEED', 60, 0, 2 ** 31 - 1),
    seedSize: readChoice(environment, 'G60_SEED_SIZE', ['full', 'small'] as const, 'full'),
    logLevel: readChoice(environment, 'LOG_LEVEL', logLevels, 'info'),
    sessionDurationHours: readInteger(environment, 'G60_SESSION_HOURS', 12, 1, 24 * 30),
    bodyLimitBytes: readInteger(environment, 'G60_BODY_LIMIT_BYTES', 1_048_576, 1024, 50 * 1_048_576),
    trustProxy: readChoice(environment, 'G60_TRUST_PROXY', ['true', 'false'] as const, 'false') === 'true',
    publicCacheMs: readInteger(environment, 'G60_PUBLIC_CACHE_MS', 2000, 0, 60_000),
    searchRefreshMs: readInteger(environment, 'G60_SEARCH_REFRESH_MS', 1000, 0, 60_000),
    publicOrigin: readPublicOrigin(environment, port),
    keySecret: readKeySecret(environment, mode),
    statusListTtlMs: readInteger(environment, 'G60_STATUS_LIST_TTL_MS', 30_000, 0, 3_600_000),
    audit: {
      ...readAuditFiles(environment, dataDirectory, mode),
      checkpointIntervalMs: readInteger(environment, 'G60_AUDIT_CHECKPOINT_MS', 60_000, 1000, 3_600_000),
    },
    rateLimits: {
      searchPerMinute: readInteger(environment, 'G60_RATE_LIMIT_SEARCH_PER_MINUTE', 600, 0, 1_000_000),
      writesPerMinute: readInteger(environment, 'G60_RATE_LIMIT_WRITES_PER_MINUTE', 600, 0, 1_000_000),
    },
    signInLimits: readSignInLimits(environment),
  }
}

/** Test and bench helpers read their own variables here too, so config.ts stays the only reader. */
export function testDatabaseUrl(environment: Environment = process.env): string | undefined {
  const url = environment.TEST_DATABASE_URL
  return url === undefined || url === '' ? undefined : readDatabaseUrl(url)
}

export function isContinuousIntegration(environment: Environment = process.env): boolean {
  return environment.CI === 'true'
}
