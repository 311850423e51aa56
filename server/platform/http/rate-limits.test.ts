// Request rate limits on the public firm search and on every write: per signed-in user or per anonymous address,
// answered 429 RATE_LIMITED in the platform's error shape with Retry-After.
import type { LightMyRequestResponse } from 'fastify'
import { describe, expect, it } from 'vitest'
import { useTestApp } from '../../testing/app'
import { expectRefusal, expectStatus } from '../../testing/requests'
import { publicSearchRoutes } from './rate-limits'

const searchPerMinute = 5
const writesPerMinute = 3
const testApp = useTestApp({
  environment: {
    G60_RATE_LIMIT_SEARCH_PER_MINUTE: String(searchPerMinute),
    G60_RATE_LIMIT_WRITES_PER_MINUTE: String(writesPerMinute),
  },
})

function search(address: string, cookie?: string) {
  return testApp.app.inject({
    method: 'GET',
    url: '/api/firms?q=%E7%A7%91%E6%8A%80&limit=5',
    remoteAddress: address,
    headers: cookie === undefined ? {} : { cookie },
  })
}

function createToken(cookie: string, address = '127.0.0.1') {
  return testApp.app.inject({
    method: 'POST',
    url: '/api/me/api-tokens',
    remoteAddress: address,
    headers: { cookie },
    payload: { name: 'desk' },
  })
}

function expectRateLimited(response: LightMyRequestResponse) {
  expectRefusal(response, 429, 'RATE_LIMITED')
  const seconds = Number(response.headers['retry-after'])
  expect(seconds).toBeGreaterThan(0)
  expect(seconds).toBeLessThanOrEqual(60)
  expect(response.json().error.details.retryAfterSeconds).toBe(seconds)
  expect(response.json().error.requestId).toMatch(/^req_/)
}

describe('request rate limits', () => {
  it('limits the public firm search per address', async () => {
    for (let request = 0; request < searchPerMinute; request++)
      expect((await search('203.0.113.10')).statusCode).toBe(200)
    expectRateLimited(await search('203.0.113.10'))
    // another address has its own count
    expect((await search('203.0.113.11')).statusCode).toBe(200)
  })

  it('limits writes per signed-in user, wherever they connect from, and leaves reads alone', async () => {
    const cookie = await testApp.signIn('provider.sz')
    for (let request = 0; request < writesPerMinute; request++) expectStatus(await createToken(cookie), 201)
    expectRateLimited(await createToken(cookie, '203.0.113.20'))
    const otherUser = await testApp.signIn('firm.sh')
    expectStatus(await createToken(otherUser), 201)
    for (let request = 0; request < writesPerMinute + 2; request++) {
      const me = await testApp.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })
      expect(me.statusCode).toBe(200)
    }
  })

  it('names routes that exist', () => {
    for (const route of publicSearchRoutes) {
      const [method = '', url = ''] = route.split(' ')
      expect(testApp.app.hasRoute({ method, url })).toBe(true)
    }
  })
})
