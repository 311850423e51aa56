import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { queryRows } from '../../db/client'
import { useTestApp } from '../../testing/app'
import { runsOnPostgres } from '../../testing/database'
import { expectRefusal, expectStatus, field, onceHeard, send, type Json } from '../../testing/requests'

const testApp = useTestApp()
const strongPassword = 'a-long-enough-secret'
let made = 0

/** A new user made by the office; answers its listed row (names included). */
async function makeUser(fields: Json = {}): Promise<Json> {
  made += 1
  const office = await testApp.signIn('office')
  const created = expectStatus(
    await send(testApp, 'POST', '/api/users', office, {
      username: `person.${made}.${Date.now() % 100_000}`,
      password: strongPassword,
      displayNameZh: `测试用户${made}`,
      displayNameEn: `Test person ${made}`,
      role: 'city_officer',
      cityCode: 'HF',
      ...fields,
    }),
    201,
  )
  return expectStatus(await send(testApp, 'GET', `/api/users/${field(created, 'id')}`, office), 200)
}

async function auditCount(action: string, entityId: string): Promise<number> {
  const [row] = await queryRows<{ count: string | number }>(
    testApp.context.database.db,
    sql`SELECT count(*) AS count FROM audit_log WHERE action = ${action} AND entity_id = ${entityId}`,
  )
  return Number(row?.count)
}

interface ListAnswer {
  items: Json[]
  nextCursor: string | null
  total: number
  totalIsExact: boolean
}

async function list(cookie: string, query = ''): Promise<ListAnswer> {
  const body = expectStatus(await send(testApp, 'GET', `/api/users${query}`, cookie), 200)
  return body as unknown as ListAnswer
}

describe('the user list', () => {
  it('runs newest first with an exact total, and pages through every user once', async () => {
    const first = await makeUser()
    const second = await makeUser()
    const office = await testApp.signIn('office')
    const page = await list(office, '?limit=2')
    expect(page.items.map((item) => item.id)).toEqual([second.id, first.id])
    expect(page.totalIsExact).toBe(true)
    const [row] = await queryRows<{ count: string | number }>(
      testApp.context.database.db,
      sql`SELECT count(*) AS count FROM users`,
    )
    expect(page.total).toBe(Number(row?.count))
    const seen = new Set<unknown>()
    let cursor: string | null = null
    for (let pageNumber = 0; pageNumber < 20; pageNumber++) {
      const next: ListAnswer = await list(
        office,
        `?limit=3${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
      )
      for (const item of next.items) seen.add(item.id)
      cursor = next.nextCursor
      if (cursor === null) break
    }
    expect(seen.size).toBe(page.total)
  })

  it('sorts by username both ways and by creation both ways, page after page without repeats', async () => {
    const office = await testApp.signIn('office')
    const ascending = await list(office, '?sort=username&limit=100')
    const names = ascending.items.map((item) => String(item.username))
    expect(names).toEqual([...names].sort((left, right) => (left < right ? -1 : left > right ? 1 : 0)))
    const descending = await list(office, '?sort=-username&limit=100')
    expect(descending.items.map((item) => item.username)).toEqual([...names].reverse())
    for (const sort of ['createdAt', '-createdAt']) {
      const walked: ListAnswer['items'] = []
      let cursor: string | null = null
      for (let pageNumber = 0; pageNumber < 40; pageNumber++) {
        const next: ListAnswer = await list(
          office,
          `?sort=${sort}&limit=2${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`,
        )
        walked.push(...next.items)
        cursor = next.nextCursor
        if (cursor === null) break
      }
      expect(new Set(walked.map((item) => item.id)).size).toBe(ascending.items.length)
      const created = walked.map((item) => String(item.createdAt))
      const inOrder = [...created].sort()
      expect(created).toEqual(sort === 'createdAt' ? inOrder : inOrder.reverse())
    }
    const byOtherSort = await list(office, '?sort=username&limit=1')
    expectRefusal(
      await send(testApp, 'GET', `/api/users?sort=createdAt&cursor=${byOtherSort.nextCursor ?? ''}`, office),
      400,
      'CURSOR_INVALID',
    )
  })

  it('names the city and organisation and finds users by them, by name and by filters', async () => {
    const office = await testApp.signIn('office')
    const firms = await list(office, '?role=firm')
    const firmUser = firms.items.find((item) => item.username === 'firm.hf')
    expect(firmUser).toMatchObject({ cityNameZh: '合肥', role: 'firm' })
    expect(String(firmUser?.organisationNameZh)).not.toBe('')
    expect(firms.items.every((item) => item.role === 'firm')).toBe(true)
    const organisationPart = String(firmUser?.organisationNameZh).slice(0, 4)
    const byOrganisation = await list(office, `?q=${encodeURIComponent(organisationPart)}`)
    expect(byOrganisation.items.map((item) => item.username)).toContain('firm.hf')
    const byName = await list(office, '?q=OFFICER.H')
    expect(byName.items.map((item) => item.username)).toEqual(['officer.hf'])
    const shanghai = await list(office, '?city=SH-SJ')
    expect(shanghai.total).toBeGreaterThan(0)
    expect(shanghai.items.every((item) => item.cityCode === 'SH-SJ')).toBe(true)
    const ofOrganisation = await list(office, `?organisation=${String(firmUser?.organisationId)}`)
    expect(ofOrganisation.items.map((item) => item.username)).toEqual(['firm.hf'])
  })

  it('filters disabled users and keeps a city officer to its own city', async () => {
    const user = await makeUser()
    const office = await testApp.signIn('office')
    expectStatus(await send(testApp, 'POST', `/api/users/${String(user.id)}/disable`, office), 200)
    const disabled = await list(office, '?status=disabled')
    expect(disabled.items.map((item) => item.id)).toContain(user.id)
    expect(disabled.items.every((item) => item.disabled === true)).toBe(true)
    const enabled = await list(office, '?status=enabled&limit=100')
    expect(enabled.items.map((item) => item.id)).not.toContain(user.id)
    const officer = await testApp.signIn('officer.hf')
    const hefei = await list(officer, '?limit=100')
    expect(hefei.items.length).toBeGreaterThan(0)
    expect(hefei.items.every((item) => item.cityCode === 'HF')).toBe(true)
    expectRefusal(await send(testApp, 'GET', '/api/users?city=SH-SJ', officer), 403, 'USER_CITY_OUT_OF_REACH')
  })
})

describe('disabling and re-enabling', () => {
  it('ends the user’s sessions and API tokens at once, refuses sign-in, and re-enables', async () => {
    const user = await makeUser({ role: 'workstation', cityCode: 'HF' })
    const username = String(user.username)
    const cookie = await testApp.signIn(username, strongPassword)
    const token = field(
      expectStatus(await send(testApp, 'POST', '/api/me/api-tokens', cookie, { name: 'desk' }), 201),
      'token',
    )
    const authorization = { authorization: `Bearer ${token}` }
    // both are resolved once, so the process holds them in its principal cache
    expectStatus(await send(testApp, 'GET', '/api/me', cookie), 200)
    expectStatus(await send(testApp, 'GET', '/api/me', undefined, undefined, authorization), 200)
    const office = await testApp.signIn('office')
    const disabled = expectStatus(
      await send(testApp, 'POST', `/api/users/${String(user.id)}/disable`, office),
      200,
    )
    expect(disabled.disabled).toBe(true)
    expectRefusal(await send(testApp, 'GET', '/api/me', cookie), 401, 'AUTH_REQUIRED')
    expectRefusal(
      await send(testApp, 'GET', '/api/me', undefined, undefined, authorization),
      401,
      'AUTH_TOKEN_INVALID',
    )
    const signIn = await send(testApp, 'POST', '/api/auth/login', undefined, {
      username,
      password: strongPassword,
    })
    expectRefusal(signIn, 401, 'AUTH_INVALID_CREDENTIALS')
    expectRefusal(
      await send(testApp, 'POST', `/api/users/${String(user.id)}/disable`, office),
      409,
      'USER_ALREADY_DISABLED',
    )
    expect(await auditCount('user.disable', String(user.id))).toBe(1)

    const enabled = expectStatus(
      await send(testApp, 'POST', `/api/users/${String(user.id)}/enable`, office),
      200,
    )
    expect(enabled.disabled).toBe(false)
    // the refused sign-in above delays the account's next check for a second, as any failure does: let it pass
    await testApp.database.db.execute(
      sql`UPDATE sign_in_account_delays SET next_check_at = now() WHERE username = ${username}`,
    )
    const again = await testApp.signIn(username, strongPassword)
    expectStatus(await send(testApp, 'GET', '/api/me', again), 200)
    // the tokens the disabling revoked stay revoked
    expectRefusal(
      await send(testApp, 'GET', '/api/me', undefined, undefined, authorization),
      401,
      'AUTH_TOKEN_INVALID',
    )
    expect(await auditCount('user.enable', String(user.id))).toBe(1)
  })
})

describe('password resets', () => {
  it('makes the user change the generated password before anything else', async () => {
    const user = await makeUser({ role: 'workstation', cityCode: 'HF' })
    const username = String(user.username)
    const before = await testApp.signIn(username, strongPassword)
    const office = await testApp.signIn('office')
    const reset = expectStatus(
      await send(testApp, 'POST', `/api/users/${String(user.id)}/password-reset`, office, {}),
      200,
    )
    const temporary = field(reset, 'temporaryPassword')
    expect(temporary.length).toBeGreaterThanOrEqual(10)
    expectRefusal(await send(testApp, 'GET', '/api/me', before), 401, 'AUTH_REQUIRED')
    const signIn = expectStatus(
      await send(testApp, 'POST', '/api/auth/login', undefined, { username, password: temporary }),
      200,
    )
    expect(signIn.passwordChangeRequired).toBe(true)
    const cookie = await testApp.signIn(username, temporary)
    expectStatus(await send(testApp, 'GET', '/api/me', cookie), 200)
    expectRefusal(await send(testApp, 'GET', '/api/me/inbox', cookie), 403, 'PASSWORD_CHANGE_REQUIRED')
    const wrong = await send(testApp, 'POST', '/api/me/password', cookie, {
      currentPassword: 'not-the-one',
      newPassword: 'my-own-new-secret',
    })
    expectRefusal(wrong, 400, 'PASSWORD_CURRENT_WRONG')
    const same = await send(testApp, 'POST', '/api/me/password', cookie, {
      currentPassword: temporary,
      newPassword: temporary,
    })
    expectRefusal(same, 400, 'PASSWORD_UNCHANGED')
    const changed = await send(testApp, 'POST', '/api/me/password', cookie, {
      currentPassword: temporary,
      newPassword: 'my-own-new-secret',
    })
    expect(changed.statusCode).toBe(204)
    expectStatus(await send(testApp, 'GET', '/api/me/inbox', cookie), 200)
    await testApp.signIn(username, 'my-own-new-secret')
    expect(await auditCount('user.password_reset', String(user.id))).toBe(1)
    expect(await auditCount('user.password_change', String(user.id))).toBe(1)
  })

  it('takes the office’s own temporary password, never a weak one, and answers no password then', async () => {
    const user = await makeUser()
    const office = await testApp.signIn('office')
    const url = `/api/users/${String(user.id)}/password-reset`
    expectRefusal(
      await send(testApp, 'POST', url, office, { temporaryPassword: 'short' }),
      400,
      'PASSWORD_TOO_WEAK',
    )
    const reset = expectStatus(
      await send(testApp, 'POST', url, office, { temporaryPassword: 'office-chosen-secret' }),
      200,
    )
    expect(reset.temporaryPassword).toBeNull()
    const signIn = expectStatus(
      await send(testApp, 'POST', '/api/auth/login', undefined, {
        username: String(user.username),
        password: 'office-chosen-secret',
      }),
      200,
    )
    expect(signIn.passwordChangeRequired).toBe(true)
  })
})

describe('changes of role and scope', () => {
  it('applies a new role at the user’s next request, checked as a new user is', async () => {
    const user = await makeUser({ role: 'workstation', cityCode: 'HF' })
    const cookie = await testApp.signIn(String(user.username), strongPassword)
    expect(expectStatus(await send(testApp, 'GET', '/api/me', cookie), 200).role).toBe('workstation')
    const office = await testApp.signIn('office')
    const url = `/api/users/${String(user.id)}`
    const invalid = await send(testApp, 'PATCH', url, office, { role: 'firm', organisationId: 'prov_x' })
    expectRefusal(invalid, 400, 'VALIDATION_FAILED')
    const firmUser = (await list(office, '?role=firm')).items.find((item) => item.username === 'firm.hf')
    const changed = expectStatus(
      await send(testApp, 'PATCH', url, office, {
        role: 'firm',
        organisationId: String(firmUser?.organisationId),
      }),
      200,
    )
    expect(changed).toMatchObject({ role: 'firm', organisationNameZh: firmUser?.organisationNameZh })
    expect(expectStatus(await send(testApp, 'GET', '/api/me', cookie), 200).role).toBe('firm')
    expect(await auditCount('user.scope_change', String(user.id))).toBe(1)
  })
})

describe('who may administer users', () => {
  it('refuses firms, providers and banks, and anonymous callers', async () => {
    const user = await makeUser()
    for (const username of ['firm.hf', 'provider.sz', 'bank.hz']) {
      const cookie = await testApp.signIn(username)
      expectRefusal(await send(testApp, 'GET', '/api/users', cookie), 403, 'FORBIDDEN')
      expectRefusal(
        await send(testApp, 'POST', `/api/users/${String(user.id)}/disable`, cookie),
        403,
        'FORBIDDEN',
      )
      expectRefusal(
        await send(testApp, 'POST', `/api/users/${String(user.id)}/password-reset`, cookie, {}),
        403,
        'FORBIDDEN',
      )
    }
    expectRefusal(await send(testApp, 'GET', '/api/users'), 401, 'AUTH_REQUIRED')
  })

  it('keeps a city officer to its own city’s users, and from granting the office or another city', async () => {
    const shanghai = await makeUser({ cityCode: 'SH-SJ' })
    const hefei = await makeUser({ role: 'workstation', cityCode: 'HF' })
    const officer = await testApp.signIn('officer.hf')
    const other = `/api/users/${String(shanghai.id)}`
    expectRefusal(await send(testApp, 'GET', other, officer), 403, 'USER_CITY_OUT_OF_REACH')
    expectRefusal(await send(testApp, 'POST', `${other}/disable`, officer), 403, 'USER_CITY_OUT_OF_REACH')
    expectRefusal(
      await send(testApp, 'POST', `${other}/password-reset`, officer, {}),
      403,
      'USER_CITY_OUT_OF_REACH',
    )
    const own = `/api/users/${String(hefei.id)}`
    const toOffice = await send(testApp, 'PATCH', own, officer, { role: 'corridor_admin', cityCode: null })
    expectRefusal(toOffice, 403, 'USER_CITY_OUT_OF_REACH')
    expectRefusal(
      await send(testApp, 'PATCH', own, officer, { cityCode: 'SH-SJ' }),
      403,
      'USER_CITY_OUT_OF_REACH',
    )
    expectStatus(await send(testApp, 'POST', `${own}/disable`, officer), 200)
    expect(await auditCount('user.disable', String(hefei.id))).toBe(1)
    expect(await auditCount('user.disable', String(shanghai.id))).toBe(0)
  })

  it('refuses disabling or re-scoping oneself', async () => {
    const office = await testApp.signIn('office')
    const me = expectStatus(await send(testApp, 'GET', '/api/me', office), 200)
    const url = `/api/users/${field(me, 'id')}`
    expectRefusal(await send(testApp, 'POST', `${url}/disable`, office), 403, 'USER_SELF_CHANGE_REFUSED')
    expectRefusal(
      await send(testApp, 'PATCH', url, office, { role: 'firm' }),
      403,
      'USER_SELF_CHANGE_REFUSED',
    )
    const officer = await testApp.signIn('officer.hf')
    const officerMe = expectStatus(await send(testApp, 'GET', '/api/me', officer), 200)
    expectRefusal(
      await send(testApp, 'POST', `/api/users/${field(officerMe, 'id')}/disable`, officer),
      403,
      'USER_SELF_CHANGE_REFUSED',
    )
  })
})

describe.runIf(runsOnPostgres())('disabling across processes, on PostgreSQL', () => {
  it('ends a session and a token that another process holds in its cache, at the next request', async () => {
    const sibling = await testApp.openSibling()
    try {
      const user = await makeUser({ role: 'workstation', cityCode: 'HF' })
      const cookie = await testApp.signIn(String(user.username), strongPassword)
      const token = field(
        expectStatus(await send(testApp, 'POST', '/api/me/api-tokens', cookie, { name: 'desk' }), 201),
        'token',
      )
      const onSibling = (headers: Record<string, string>) =>
        sibling.app.inject({ method: 'GET', url: '/api/me', headers })
      // the sibling resolves both (after its listener is up), so it holds them in its cache
      for (let attempt = 0; attempt < 3; attempt++) {
        expect((await onSibling({ cookie })).statusCode).toBe(200)
        expect((await onSibling({ authorization: `Bearer ${token}` })).statusCode).toBe(200)
      }
      const office = await testApp.signIn('office')
      expectStatus(await send(testApp, 'POST', `/api/users/${String(user.id)}/disable`, office), 200)
      // the sibling hears the commit's notification within milliseconds, not before the answer reaches the caller
      expectRefusal(await onceHeard(() => onSibling({ cookie })), 401, 'AUTH_REQUIRED')
      expectRefusal(
        await onceHeard(() => onSibling({ authorization: `Bearer ${token}` })),
        401,
        'AUTH_TOKEN_INVALID',
      )
    } finally {
      await sibling.close()
    }
  })
})
