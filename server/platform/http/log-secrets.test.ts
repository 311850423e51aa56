// Logs never carry passwords, tokens, token hashes or SQL parameters: requests that sign in, use a bearer token and
// hit a database error run with every log line kept, and no line holds any of them.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { hashToken } from '../identity/identity.model'
import { useTestApp } from '../../testing/app'
import { loggableError } from './loggable-error'

const logLines: string[] = []
const testApp = useTestApp({
  environment: { LOG_LEVEL: 'trace' },
  logStream: { write: (line) => void logLines.push(line) },
})

const wrongPassword = 'Wrong-Passw0rd-Probe-7731'
const demoPassword = 'g60-demo'
/** a value that only ever travels as an SQL parameter of the insert the database refuses */
const refusedTokenName = 'log-probe-parameter-5521'
const sha256Hex = /[0-9a-f]{64}/

describe('logs keep no secrets', () => {
  it('logs neither passwords nor tokens, their hashes or the parameters of a failed query', async () => {
    const wrong = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      // another username than the one signed in below: a failure delays the account's next check
      payload: { username: 'no-such-user', password: wrongPassword },
    })
    expect(wrong.statusCode).toBe(401)
    const cookie = await testApp.signIn('office', demoPassword)
    const created = await testApp.app.inject({
      method: 'POST',
      url: '/api/me/api-tokens',
      headers: { cookie },
      payload: { name: 'log probe' },
    })
    expect(created.statusCode).toBe(201)
    const token = created.json<{ token: string }>().token
    const bearer = { authorization: `Bearer ${token}` }
    expect((await testApp.app.inject({ method: 'GET', url: '/api/me', headers: bearer })).statusCode).toBe(
      200,
    )
    const forged = { authorization: `Bearer ${token.slice(0, -4)}zzzz` }
    expect((await testApp.app.inject({ method: 'GET', url: '/api/me', headers: forged })).statusCode).toBe(
      401,
    )

    // a database error whose failed query carries a fresh token's hash and the refused name as parameters
    await testApp.database.db.execute(
      sql.raw(
        `ALTER TABLE api_tokens ADD CONSTRAINT log_probe_refused CHECK (name <> '${refusedTokenName}')`,
      ),
    )
    const failed = await testApp.app.inject({
      method: 'POST',
      url: '/api/me/api-tokens',
      headers: bearer,
      payload: { name: refusedTokenName },
    })
    await testApp.database.db.execute(sql.raw('ALTER TABLE api_tokens DROP CONSTRAINT log_probe_refused'))
    expect(failed.statusCode).toBe(500)

    const text = logLines.join('')
    expect(text).toContain('unhandled error')
    expect(text).toContain('23514') // the SQL state of the check violation is logged
    for (const secret of [wrongPassword, demoPassword, token, hashToken(token), refusedTokenName])
      expect(text.includes(secret), `the logs hold ${secret.slice(0, 12)}…`).toBe(false)
    const cookieToken = cookie.split('=')[1] ?? ''
    expect(cookieToken.length).toBeGreaterThan(10)
    expect(text.includes(cookieToken)).toBe(false)
    expect(text.includes(hashToken(cookieToken))).toBe(false)
    expect(sha256Hex.exec(text)).toBeNull()
  })

  it('keeps the kind, code, SQL state and frames of an error, not its parameters or detail', () => {
    const databaseError = Object.assign(
      new Error('new row for relation "api_tokens" violates check constraint "x"'),
      {
        code: '23514',
        severity: 'ERROR',
        detail: 'Failing row contains (secret-value).',
        constraint: 'x',
        table: 'api_tokens',
      },
    )
    const failedQuery = Object.assign(
      new Error('Failed query: insert into t values ($1)\nparams: secret-value'),
      {
        query: 'insert into t values ($1)',
        params: ['secret-value'],
        cause: databaseError,
      },
    )
    const logged = loggableError(failedQuery)
    expect(JSON.stringify(logged)).not.toContain('secret-value')
    expect(logged.cause).toMatchObject({ sqlState: '23514', constraint: 'x', table: 'api_tokens' })
    expect(logged.cause?.message).toBe('new row for relation "…" violates check constraint "…"')
    expect(logged.stack).toMatch(/^\s+at /)
  })
})
