import { sql } from 'drizzle-orm'
import { beforeAll, describe, expect, it } from 'vitest'
import { errorCode, useTestApp } from '../../testing/app'
import { expectRefusal } from '../../testing/requests'
import { auditRecordCount } from '../../testing/factories'
import { completeCreditCode } from './credit-code'

const testApp = useTestApp()
let office: string
let officerShanghai: string
let officerHefei: string
let firmShanghai: string
let firmHefei: string
let firmShanghaiId: string
let firmHefeiId: string

async function get(url: string, cookie?: string) {
  return testApp.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} })
}

async function send(method: 'POST' | 'PATCH', url: string, payload: unknown, cookie?: string) {
  return testApp.app.inject({ method, url, payload: payload as object, headers: cookie ? { cookie } : {} })
}

beforeAll(async () => {
  office = await testApp.signIn('office')
  officerShanghai = await testApp.signIn('officer.sh')
  officerHefei = await testApp.signIn('officer.hf')
  firmShanghai = await testApp.signIn('firm.sh')
  firmHefei = await testApp.signIn('firm.hf')
  firmShanghaiId = (await get('/api/me', firmShanghai)).json().organisationId
  firmHefeiId = (await get('/api/me', firmHefei)).json().organisationId
})

describe('reference data', () => {
  it('holds the nine cities of corridor-facts.json with names in both languages and coordinates', async () => {
    const cities = (await get('/api/cities')).json().items
    expect(cities.map((city: { code: string }) => city.code).sort()).toEqual(
      ['HF', 'HUZ', 'HZ', 'JH', 'JX', 'SH-SJ', 'SZ', 'WH', 'XC'].sort(),
    )
    const hefei = (await get('/api/cities/HF')).json()
    expect(hefei).toMatchObject({ nameZh: '合肥', nameEn: 'Hefei', provinceZh: '安徽省', latitude: 31.82 })
    expect(hefei.figures.highTechFirms).toBeGreaterThan(0)
  })

  it('holds the 6+X taxonomy and the 7 key alliance industries', async () => {
    const sixPlusX = (await get('/api/industries?taxonomy=6%2BX')).json().items
    const key = (await get('/api/industries?taxonomy=alliance_key')).json().items
    expect(sixPlusX).toHaveLength(9)
    expect(key).toHaveLength(7)
  })

  it('serves the 1+7+N alliance tree: one overall alliance, seven key industry alliances, 14 in all', async () => {
    const tree = (await get('/api/alliances')).json()
    expect(tree.allianceCount).toBe(14)
    expect(tree.roots).toHaveLength(1)
    expect(tree.roots[0].tier).toBe('overall')
    expect(tree.roots[0].children).toHaveLength(7)
    const members = (await get(`/api/alliances/${tree.roots[0].id}/members?kind=park&limit=5`)).json()
    expect(members.items).toHaveLength(5)
    expect(members.nextCursor).not.toBeNull()
  })
})

describe('firm search and pagination', () => {
  it('finds firms by part of a Chinese name and by part of an English name', async () => {
    const firm = (await get(`/api/firms/${firmHefeiId}`)).json()
    const chinesePart = firm.nameZh.slice(2, 5)
    const byChinese = (await get(`/api/firms?q=${encodeURIComponent(chinesePart)}&limit=100`)).json()
    expect(byChinese.items.map((item: { id: string }) => item.id)).toContain(firm.id)
    const englishPart = firm.nameEn.split(' ')[1].toUpperCase()
    const byEnglish = (await get(`/api/firms?q=${encodeURIComponent(englishPart)}&city=HF&limit=100`)).json()
    expect(byEnglish.items.map((item: { id: string }) => item.id)).toContain(firm.id)
  })

  it('walks every page with keyset cursors, without repeats, and filters by city and leading', async () => {
    const seen = new Set<string>()
    let cursor: string | null = null
    for (let page = 0; page < 100; page++) {
      const url: string = `/api/firms?city=SZ&limit=25${cursor ? `&cursor=${cursor}` : ''}`
      const body: { items: { id: string; cityCode: string }[]; nextCursor: string | null } = (
        await get(url)
      ).json()
      for (const item of body.items) {
        expect(item.cityCode).toBe('SZ')
        expect(seen.has(item.id)).toBe(false)
        seen.add(item.id)
      }
      cursor = body.nextCursor
      if (cursor === null) break
    }
    const summary = (await get('/api/cities/SZ')).json()
    expect(seen.size).toBe(summary.figures.highTechFirms)
    const leading = (await get('/api/firms?leading=true&limit=100')).json()
    expect(leading.items.every((item: { isLeading: boolean }) => item.isLeading)).toBe(true)
  })

  it('serves a repeated search from memory, and drops it the moment a firm is renamed', async () => {
    const query = `/api/firms?q=${encodeURIComponent('改名测试')}`
    expect((await get(query)).json().items).toEqual([])
    const renamed = await send(
      'PATCH',
      `/api/firms/${firmHefeiId}`,
      { nameEn: 'Gaiming Ceshi 改名测试 Ltd' },
      firmHefei,
    )
    expect(renamed.statusCode).toBe(200)
    expect((await get(query)).json().items.map((item: { id: string }) => item.id)).toEqual([firmHefeiId])
  })

  it('keeps private figures out of the public profile', async () => {
    const firm = (await get(`/api/firms/${firmShanghaiId}`)).json()
    expect(firm).not.toHaveProperty('revenueFen')
    expect(firm).not.toHaveProperty('researchSpendFen')
    expect(firm.isSynthetic).toBe(true)
  })

  it('counts the key figures from the database', async () => {
    const summary = (await get('/api/registry/summary')).json()
    expect(summary).toMatchObject({ cities: 9, alliances: 14, isSynthetic: true })
    expect(summary.highTechFirms).toBeGreaterThan(0)
  })
})

describe('authorization: each denial has a stable code', () => {
  it('refuses an anonymous caller on a protected route with 401 AUTH_REQUIRED', async () => {
    const response = await send('POST', '/api/parks', {
      nameZh: '园',
      nameEn: 'Park',
      cityCode: 'HF',
      level: 'municipal',
    })
    expectRefusal(response, 401, 'AUTH_REQUIRED')
    expect((await get(`/api/firms/${firmShanghaiId}/figures`)).statusCode).toBe(401)
  })

  it("refuses a city officer acting on another city's data", async () => {
    const shanghaiPark = (await get('/api/parks?city=SH-SJ&limit=1')).json().items[0]
    const before = await auditRecordCount(testApp)
    const response = await send(
      'PATCH',
      `/api/parks/${shanghaiPark.id}`,
      { nameEn: 'Renamed by Hefei' },
      officerHefei,
    )
    expectRefusal(response, 403, 'FORBIDDEN')
    expect((await get(`/api/parks/${shanghaiPark.id}`)).json().nameEn).toBe(shanghaiPark.nameEn)
    expect(await auditRecordCount(testApp)).toBe(before)
    const ownCity = await send(
      'PATCH',
      `/api/parks/${shanghaiPark.id}`,
      { nameEn: 'Songjiang Park' },
      officerShanghai,
    )
    expect(ownCity.statusCode).toBe(200)
    expect(await auditRecordCount(testApp)).toBe(before + 1)
  })

  it("refuses a firm reading another firm's private figures, and lets it read its own", async () => {
    const other = await get(`/api/firms/${firmShanghaiId}/figures`, firmHefei)
    expectRefusal(other, 403, 'FORBIDDEN')
    const own = await get(`/api/firms/${firmHefeiId}/figures`, firmHefei)
    expect(own.statusCode).toBe(200)
    expect(Number.isInteger(own.json().revenueFen)).toBe(true)
    expect((await get(`/api/firms/${firmHefeiId}/figures`, officerShanghai)).statusCode).toBe(403)
    expect((await get(`/api/firms/${firmHefeiId}/figures`, officerHefei)).statusCode).toBe(200)
  })

  it('refuses a firm changing certified facts about itself, and another firm altogether', async () => {
    const flags = await send('PATCH', `/api/firms/${firmHefeiId}`, { isLeading: true }, firmHefei)
    expectRefusal(flags, 403, 'FIELDS_NOT_EDITABLE')
    const other = await send('PATCH', `/api/firms/${firmShanghaiId}`, { staffCount: 1 }, firmHefei)
    expect(errorCode(other)).toBe('FORBIDDEN')
    const own = await send('PATCH', `/api/firms/${firmHefeiId}`, { staffCount: 321 }, firmHefei)
    expect(own.statusCode).toBe(200)
    expect((await get(`/api/firms/${firmHefeiId}/figures`, firmHefei)).json().staffCount).toBe(321)
  })

  it('refuses a provider admitting itself and a financier editing another institution', async () => {
    const provider = await testApp.signIn('provider.sz')
    const providerId = (await get('/api/me', provider)).json().organisationId
    const selfAdmission = await send(
      'POST',
      `/api/providers/${providerId}/admission`,
      { status: 'suspended', reason: 'self' },
      provider,
    )
    expect(errorCode(selfAdmission)).toBe('FORBIDDEN')
    const otherCity = await send(
      'POST',
      `/api/providers/${providerId}/admission`,
      { status: 'suspended', reason: 'not my city' },
      await testApp.signIn('officer.hf'),
    )
    expect(errorCode(otherCity)).toBe('FORBIDDEN')
    const noStatusByPatch = await send(
      'PATCH',
      `/api/providers/${providerId}`,
      { admissionStatus: 'active' },
      provider,
    )
    expect(errorCode(noStatusByPatch)).toBe('VALIDATION_FAILED')
    const bank = await testApp.signIn('bank.hz')
    const bankId = (await get('/api/me', bank)).json().organisationId
    const otherInstitution = (await get('/api/institutions?limit=50'))
      .json()
      .items.find((item: { id: string }) => item.id !== bankId)
    const response = await send(
      'PATCH',
      `/api/institutions/${otherInstitution.id}`,
      { nameEn: 'Mine now' },
      bank,
    )
    expect(errorCode(response)).toBe('FORBIDDEN')
  })
})

describe('creating and updating records', () => {
  const newFirm = (overrides: Record<string, unknown> = {}) => ({
    creditCode: completeCreditCode('91340100MA2TEXT01'),
    nameZh: '合肥测试量子科技有限公司',
    nameEn: 'Hefei Test Quantum Technology Co., Ltd.',
    cityCode: 'HF',
    industryCode: 'future_tech',
    size: 'small',
    stage: 'start_up',
    foundedOn: '2024-03-01',
    revenueFen: 1_250_000_00,
    ...overrides,
  })

  it('lets the Hefei officer register a Hefei firm, audited in the same transaction, and finds it at once', async () => {
    const before = await auditRecordCount(testApp)
    const created = await send('POST', '/api/firms', newFirm(), officerHefei)
    expect(created.statusCode).toBe(201)
    expect(created.json().isSynthetic).toBe(false)
    expect(await auditRecordCount(testApp)).toBe(before + 1)
    const found = (await get(`/api/firms?q=${encodeURIComponent('测试量子')}`)).json()
    expect(found.items.map((item: { id: string }) => item.id)).toEqual([created.json().id])
    const duplicate = await send('POST', '/api/firms', newFirm(), officerHefei)
    expectRefusal(duplicate, 409, 'CREDIT_CODE_TAKEN')
  })

  it('refuses a firm in a park of another city', async () => {
    const suzhouPark = (await get('/api/parks?city=SZ&limit=1')).json().items[0]
    const response = await send(
      'POST',
      '/api/firms',
      newFirm({ creditCode: completeCreditCode('91340100MA2TEXT02'), parkId: suzhouPark.id }),
      office,
    )
    expect(errorCode(response)).toBe('PARK_CITY_MISMATCH')
  })

  it('moves a provider through admission only along allowed transitions', async () => {
    const created = await send(
      'POST',
      '/api/providers',
      {
        nameZh: '合肥测试检测中心',
        nameEn: 'Hefei Test Centre',
        kind: 'test_centre',
        cityCode: 'HF',
        creditCode: completeCreditCode('12340100MB0TEXT01'),
      },
      officerHefei,
    )
    expect(created.json().admissionStatus).toBe('self_evaluation')
    const id = created.json().id
    const admit = (body: Record<string, unknown>) =>
      send('POST', `/api/providers/${id}/admission`, body, officerHefei)
    expect(errorCode(await admit({ status: 'active' }))).toBe('ADMISSION_TRANSITION_INVALID')
    for (const status of ['credit_check', 'public_notice']) {
      const step = await admit({ status })
      expect(step.json().admissionStatus).toBe(status)
    }
    // the public notice runs seven calendar days before the provider may serve
    const early = await admit({ status: 'active' })
    expectRefusal(early, 409, 'ADMISSION_PUBLIC_NOTICE_RUNNING')
    await testApp.database.db.execute(
      sql`UPDATE providers SET admission_updated_on = admission_updated_on - 7 WHERE id = ${id}`,
    )
    expect((await admit({ status: 'active' })).json().admissionStatus).toBe('active')
    expect(errorCode(await admit({ status: 'suspended' }))).toBe('ADMISSION_REASON_REQUIRED')
    const suspended = await admit({ status: 'suspended', reason: '抽查发现报告造假' })
    expect(suspended.json().admissionStatus).toBe('suspended')
  })

  it('keeps the alliance tree to 1+7+N', async () => {
    const tree = (await get('/api/alliances')).json()
    const wrongTier = await send(
      'POST',
      '/api/alliances',
      { nameZh: '新总联盟', nameEn: 'Second overall', tier: 'sub' },
      office,
    )
    expect(errorCode(wrongTier)).toBe('ALLIANCE_PARENT_INVALID')
    const sub = await send(
      'POST',
      '/api/alliances',
      {
        nameZh: '量子信息分联盟',
        nameEn: 'Quantum information sub-alliance',
        tier: 'sub',
        parentId: tree.roots[0].children[0].id,
      },
      office,
    )
    expect(sub.statusCode).toBe(201)
    expect((await get('/api/alliances')).json().allianceCount).toBe(15)
  })
})
