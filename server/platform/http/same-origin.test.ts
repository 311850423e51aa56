// Cookie-authenticated mutations come from the platform's own pages and send JSON; private answers are never stored.
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { apiTokens } from '../identity/identity.tables'
import { useTestApp } from '../../testing/app'
import { expectRefusal, expectStatus, send, type Json } from '../../testing/requests'

const testApp = useTestApp()
const foreignOrigin = 'https://forms.example.net'

/** Creates an API token (a harmless mutation) with the given headers and raw body. */
function createToken(headers: Record<string, string>, payload: string = JSON.stringify({ name: 'desk' })) {
  return testApp.app.inject({ method: 'POST', url: '/api/me/api-tokens', headers, payload })
}

const json = { 'content-type': 'application/json' }

describe('cookie-authenticated mutations', () => {
  it('refuses a foreign Origin and a cross-site or same-site Sec-Fetch-Site, and changes nothing', async () => {
    const cookie = await testApp.signIn('provider.sz')
    const before = await tokenCount(cookie)
    const refusedHeaders: Record<string, string>[] = [
      { origin: foreignOrigin },
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: testApp.context.config.publicOrigin, 'sec-fetch-site': 'cross-site' },
    ]
    for (const headers of refusedHeaders) {
      expectRefusal(await createToken({ cookie, ...json, ...headers }), 403, 'CROSS_SITE_REQUEST')
    }
    expect(await tokenCount(cookie)).toBe(before)
  })

  it('accepts the platform’s origin, the origin the request was addressed to, and same-origin fetches', async () => {
    const cookie = await testApp.signIn('provider.sz')
    const acceptedHeaders: Record<string, string>[] = [
      { origin: testApp.context.config.publicOrigin },
      // app.inject addresses its requests to localhost:80
      { origin: 'http://localhost:80' },
      { 'sec-fetch-site': 'same-origin' },
      { 'sec-fetch-site': 'none' },
      {},
    ]
    for (const headers of acceptedHeaders) {
      expectStatus(await createToken({ cookie, ...json, ...headers }), 201)
    }
  })

  it('refuses a body that is not JSON, the form and simple-request types a foreign page may send', async () => {
    const cookie = await testApp.signIn('provider.sz')
    const before = await tokenCount(cookie)
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      expectRefusal(await createToken({ cookie, 'content-type': contentType }), 415, 'UNSUPPORTED_MEDIA_TYPE')
    }
    expect(await tokenCount(cookie)).toBe(before)
    expectStatus(await createToken({ cookie, 'content-type': 'application/json; charset=utf-8' }), 201)
  })

  it('leaves bearer-token and cookie-less clients alone, and guards the sign-in that sets the cookie', async () => {
    const cookie = await testApp.signIn('provider.sz')
    const { token } = expectStatus(await createToken({ cookie, ...json }), 201)
    const bearer = { authorization: `Bearer ${String(token)}`, ...json, origin: foreignOrigin }
    expectStatus(await createToken(bearer), 201)
    const signIn = (headers: Record<string, string>) =>
      testApp.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers,
        payload: JSON.stringify({ username: 'provider.sz', password: 'g60-demo' }),
      })
    expectRefusal(await signIn({ ...json, origin: foreignOrigin }), 403, 'CROSS_SITE_REQUEST')
    expectRefusal(await signIn({ 'content-type': 'text/plain' }), 415, 'UNSUPPORTED_MEDIA_TYPE')
    expectStatus(await signIn(json), 200)
  })
})

describe('Cache-Control', () => {
  it('marks every answer to a signed-in caller no-store, and anonymous answers unless their route allows storing', async () => {
    const cookie = await testApp.signIn('office')
    const me = await send(testApp, 'GET', '/api/me', cookie)
    expect(me.headers['cache-control']).toBe('no-store')
    const refused = await send(testApp, 'GET', '/api/me')
    expect(refused.statusCode).toBe(401)
    expect(refused.headers['cache-control']).toBe('no-store')
    const catalogue = await send(testApp, 'GET', '/api/open-data')
    expect(catalogue.headers['cache-control']).toBe('no-store')
    expect(catalogue.statusCode).toBe(200)
    const sets: Json[] = catalogue.json()
    const downloads = sets[0]?.downloads as Json | undefined
    const csv = String(downloads?.csv ?? '')
    expect(csv).toMatch(/^\/api\/open-data\//)
    // a public file may be stored by anyone; the same file asked for by a signed-in caller may not
    expect((await send(testApp, 'GET', csv)).headers['cache-control']).toBe('public, max-age=300')
    expect((await send(testApp, 'GET', csv, cookie)).headers['cache-control']).toBe('no-store')
  })
})

async function tokenCount(cookie: string): Promise<number> {
  const me = expectStatus(await send(testApp, 'GET', '/api/me', cookie), 200)
  return testApp.database.db.$count(apiTokens, eq(apiTokens.userId, String(me.id)))
}
