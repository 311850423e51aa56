// A sign-out, a token's revocation and a session's expiry apply at once in every process, though each process keeps
// the callers it resolved in its principal cache.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../testing/app'
import { runsOnPostgres } from '../../testing/database'
import { expectRefusal, expectStatus, field, onceHeard, send } from '../../testing/requests'

const testApp = useTestApp()

describe('sessions in one process', () => {
  it('ends a session at its expiry, though the caller was just resolved', async () => {
    const cookie = await testApp.signIn('station.hf')
    const tokenHash = sql`encode(sha256(convert_to(${cookie.slice('g60_session='.length)}, 'UTF8')), 'hex')`
    await testApp.database.db.execute(
      sql`UPDATE sessions SET expires_at = now() + interval '3 seconds' WHERE token_hash = ${tokenHash}`,
    )
    expectStatus(await send(testApp, 'GET', '/api/me', cookie), 200)
    // the three seconds pass
    await testApp.database.db.execute(
      sql`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = ${tokenHash}`,
    )
    expectRefusal(await send(testApp, 'GET', '/api/me', cookie), 401, 'AUTH_REQUIRED')
  })
})

describe.runIf(runsOnPostgres())('sessions across processes, on PostgreSQL', () => {
  it('refuses a session signed out and a token revoked in another process at the next request', async () => {
    const sibling = await testApp.openSibling()
    try {
      const cookie = await testApp.signIn('officer.sh')
      const token = field(
        expectStatus(await send(testApp, 'POST', '/api/me/api-tokens', cookie, { name: 'desk' }), 201),
        'token',
      )
      const tokenId = field(
        expectStatus(await send(testApp, 'POST', '/api/me/api-tokens', cookie, { name: 'other' }), 201),
        'id',
      )
      const onSibling = (headers: Record<string, string>) =>
        sibling.app.inject({ method: 'GET', url: '/api/me', headers })
      const bearer = { authorization: `Bearer ${token}` }
      // the sibling resolves both (after its listener is up), so it holds them in its cache
      for (let attempt = 0; attempt < 3; attempt++) {
        expect((await onSibling({ cookie })).statusCode).toBe(200)
        expect((await onSibling(bearer)).statusCode).toBe(200)
      }
      // a revocation of another token of the user drops the sibling's cache: the token is looked up again, still valid
      const revoked = await testApp.app.inject({
        method: 'DELETE',
        url: `/api/me/api-tokens/${tokenId}`,
        headers: { cookie },
      })
      expect(revoked.statusCode).toBe(204)
      expect((await onSibling(bearer)).statusCode).toBe(200)
      const signedOut = await testApp.app.inject({
        method: 'POST',
        url: '/api/auth/logout',
        headers: { cookie },
      })
      expect(signedOut.statusCode).toBe(204)
      expectRefusal(await onceHeard(() => onSibling({ cookie })), 401, 'AUTH_REQUIRED')
      // and the other way round: a token revoked on the sibling stops working here
      const secondCookie = await testApp.signIn('officer.sh')
      const tokenHere = expectStatus(
        await send(testApp, 'POST', '/api/me/api-tokens', secondCookie, { name: 'third' }),
        201,
      )
      const bearerHere = { authorization: `Bearer ${field(tokenHere, 'token')}` }
      expectStatus(await send(testApp, 'GET', '/api/me', undefined, undefined, bearerHere), 200)
      const revokedThere = await sibling.app.inject({
        method: 'DELETE',
        url: `/api/me/api-tokens/${field(tokenHere, 'id')}`,
        headers: { cookie: secondCookie },
      })
      expect(revokedThere.statusCode).toBe(204)
      expectRefusal(
        await onceHeard(() => send(testApp, 'GET', '/api/me', undefined, undefined, bearerHere)),
        401,
        'AUTH_TOKEN_INVALID',
      )
    } finally {
      await sibling.close()
    }
  })
})
