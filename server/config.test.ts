// Configuration that cannot be right stops the process with a message naming the variable: here, what e-licences
// need (a key secret in production, an origin for their did:web names).
import { describe, expect, it } from 'vitest'
import { ConfigError, demoKeySecret, loadConfig } from './config'

describe('licence configuration', () => {
  it('refuses to start in production without G60_KEY_SECRET, or with a short one', () => {
    expect(() => loadConfig({ G60_MODE: 'production' })).toThrow(
      new ConfigError('G60_KEY_SECRET must be set in production (32 characters or more)'),
    )
    expect(() => loadConfig({ G60_MODE: 'production', G60_KEY_SECRET: 'short' })).toThrow(
      /at least 32 characters/,
    )
    const secret = 'a'.repeat(40)
    expect(loadConfig({ G60_MODE: 'production', G60_KEY_SECRET: secret }).keySecret).toBe(secret)
  })

  it('uses the demo secret in demo mode only, and makes the origin from the port unless told', () => {
    expect(loadConfig({}).keySecret).toBe(demoKeySecret)
    expect(loadConfig({ PORT: '8080' }).publicOrigin).toBe('http://localhost:8080')
    expect(loadConfig({ G60_PUBLIC_ORIGIN: 'https://g60.example.cn/' }).publicOrigin).toBe(
      'https://g60.example.cn',
    )
    expect(() => loadConfig({ G60_PUBLIC_ORIGIN: 'https://g60.example.cn/licences' })).toThrow(
      /must be an origin/,
    )
    expect(() => loadConfig({ G60_PUBLIC_ORIGIN: 'ftp://g60.example.cn' })).toThrow(/must be an origin/)
    expect(() => loadConfig({ G60_STATUS_LIST_TTL_MS: '-1' })).toThrow(/G60_STATUS_LIST_TTL_MS/)
  })
})

describe('audit checkpoint configuration', () => {
  it('keeps the key and the checkpoint file in the data folder unless told, and refuses what cannot be right', () => {
    expect(loadConfig({ G60_DATA_DIR: '/srv/g60' }).audit).toEqual({
      keyFile: '/srv/g60/audit-signing-key.pem',
      checkpointFile: '/srv/g60/audit-checkpoints.jsonl',
      checkpointIntervalMs: 60_000,
    })
    expect(
      loadConfig({ G60_AUDIT_KEY_FILE: '/etc/g60/audit.pem', G60_AUDIT_CHECKPOINT_MS: '5000' }).audit,
    ).toMatchObject({ keyFile: '/etc/g60/audit.pem', checkpointIntervalMs: 5000 })
    expect(() => loadConfig({ G60_AUDIT_CHECKPOINT_MS: '10' })).toThrow(/G60_AUDIT_CHECKPOINT_MS/)
    expect(() => loadConfig({ G60_AUDIT_KEY_FILE: '/a/x', G60_AUDIT_CHECKPOINT_FILE: '/a/x' })).toThrow(
      /must differ/,
    )
    const postgres = {
      G60_MODE: 'production',
      G60_KEY_SECRET: 'a'.repeat(40),
      DATABASE_URL: 'postgres://g60@db/g60',
    }
    expect(() => loadConfig(postgres)).toThrow(/G60_AUDIT_KEY_FILE \(or G60_DATA_DIR\) must be set/)
    expect(loadConfig({ ...postgres, G60_DATA_DIR: '/srv/g60' }).audit.keyFile).toBe(
      '/srv/g60/audit-signing-key.pem',
    )
  })

  it('limits requests and sign-ins by default, lets each limit be set, and refuses what cannot be right', () => {
    const defaults = loadConfig({})
    expect(defaults.rateLimits).toEqual({ searchPerMinute: 600, writesPerMinute: 600 })
    expect(defaults.signInLimits).toEqual({
      delayFirstSeconds: 1,
      delayMaxSeconds: 900,
      addressFailuresMax: 30,
      addressWindowSeconds: 900,
    })
    const set = loadConfig({
      G60_RATE_LIMIT_SEARCH_PER_MINUTE: '0',
      G60_RATE_LIMIT_WRITES_PER_MINUTE: '120',
      G60_SIGN_IN_DELAY_FIRST_SECONDS: '2',
      G60_SIGN_IN_DELAY_MAX_SECONDS: '600',
      G60_SIGN_IN_ADDRESS_FAILURES: '100',
    })
    expect(set.rateLimits).toEqual({ searchPerMinute: 0, writesPerMinute: 120 })
    expect(set.signInLimits).toMatchObject({
      delayFirstSeconds: 2,
      delayMaxSeconds: 600,
      addressFailuresMax: 100,
    })
    expect(() => loadConfig({ G60_RATE_LIMIT_WRITES_PER_MINUTE: 'many' })).toThrow(/G60_RATE_LIMIT_WRITES/)
    expect(() => loadConfig({ G60_SIGN_IN_ADDRESS_FAILURES: '0' })).toThrow(/G60_SIGN_IN_ADDRESS_FAILURES/)
    expect(() =>
      loadConfig({ G60_SIGN_IN_DELAY_FIRST_SECONDS: '60', G60_SIGN_IN_DELAY_MAX_SECONDS: '30' }),
    ).toThrow(/must not be below/)
  })
})
