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
