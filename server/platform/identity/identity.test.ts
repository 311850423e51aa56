import { describe, expect, it } from 'vitest'
import { errorCode, useTestApp } from '../../testing/app'
import { expectRefusal } from '../../testing/requests'

const testApp = useTestApp()

describe('sign-in, sessions and tokens', () => {
  it('signs a demo user in with an httpOnly SameSite cookie and answers /api/me', async () => {
    const response = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'officer.hf', password: 'g60-demo' },
    })
    expect(response.statusCode).toBe(200)
    const setCookie = String(response.headers['set-cookie'])
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Lax')
    const cookie = `g60_session=${response.cookies[0]?.value}`
    const me = await testApp.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })
    expect(me.json()).toMatchObject({ username: 'officer.hf', role: 'city_officer', cityCode: 'HF' })
  })

  it('refuses a wrong password with a stable code, in Chinese by default and English on request', async () => {
    const chinese = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'firm.sh', password: 'wrong-password' },
    })
    expectRefusal(chinese, 401, 'AUTH_INVALID_CREDENTIALS')
    expect(chinese.json().error.message).toBe('用户名或密码错误')
    const english = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      // another username: the first failure delays firm.sh's next check
      payload: { username: 'firm.gz', password: 'wrong-password' },
    })
    expect(english.json().error.message).toBe('Wrong username or password')
  })

  it('delays the next check of a username after a failure, even with the right password', async () => {
    await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'talent.hz', password: 'guess' },
    })
    const blocked = await testApp.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'talent.hz', password: 'g60-demo' },
    })
    expectRefusal(blocked, 429, 'AUTH_RATE_LIMITED')
    expect(blocked.headers['retry-after']).toBe(String(blocked.json().error.details.retryAfterSeconds))
  })

  it('signs out: the session cookie no longer works', async () => {
    const cookie = await testApp.signIn('bank.hz')
    const logout = await testApp.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } })
    expect(logout.statusCode).toBe(204)
    const me = await testApp.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })
    expectRefusal(me, 401, 'AUTH_REQUIRED')
  })

  it('issues bearer API tokens for machine clients and honours their revocation', async () => {
    const cookie = await testApp.signIn('provider.sz')
    const created = await testApp.app.inject({
      method: 'POST',
      url: '/api/me/api-tokens',
      headers: { cookie },
      payload: { name: 'lab system' },
    })
    expect(created.statusCode).toBe(201)
    const { id, token } = created.json()
    const authorization = `Bearer ${token}`
    const me = await testApp.app.inject({ method: 'GET', url: '/api/me', headers: { authorization } })
    expect(me.json().username).toBe('provider.sz')
    const revoked = await testApp.app.inject({
      method: 'DELETE',
      url: `/api/me/api-tokens/${id}`,
      headers: { cookie },
    })
    expect(revoked.statusCode).toBe(204)
    const after = await testApp.app.inject({ method: 'GET', url: '/api/me', headers: { authorization } })
    expectRefusal(after, 401, 'AUTH_TOKEN_INVALID')
  })

  it('lets only the corridor office create users, and never with the demo password', () =>
    createUsersAsOfficeOnly())
})

async function createUsersAsOfficeOnly() {
  const body = {
    username: 'officer.wh',
    password: 'a-long-enough-secret',
    displayNameZh: '芜湖科技局',
    displayNameEn: 'Wuhu S&T officer',
    role: 'city_officer',
    cityCode: 'WH',
  }
  const anonymous = await testApp.app.inject({ method: 'POST', url: '/api/users', payload: body })
  expectRefusal(anonymous, 401, 'AUTH_REQUIRED')
  const officer = await testApp.signIn('officer.sh')
  const denied = await testApp.app.inject({
    method: 'POST',
    url: '/api/users',
    headers: { cookie: officer },
    payload: body,
  })
  expectRefusal(denied, 403, 'FORBIDDEN')
  const office = await testApp.signIn('office')
  const created = await testApp.app.inject({
    method: 'POST',
    url: '/api/users',
    headers: { cookie: office },
    payload: body,
  })
  expect(created.statusCode).toBe(201)
  const duplicate = await testApp.app.inject({
    method: 'POST',
    url: '/api/users',
    headers: { cookie: office },
    payload: body,
  })
  expect(errorCode(duplicate)).toBe('USER_EXISTS')
  const weak = await testApp.app.inject({
    method: 'POST',
    url: '/api/users',
    headers: { cookie: office },
    payload: { ...body, username: 'officer.xc', password: 'g60-demo', cityCode: 'XC' },
  })
  expect(errorCode(weak)).toBe('PASSWORD_TOO_WEAK')
}
