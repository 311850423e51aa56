// One-stop cases over the API: accepted at one city's window, decided in another, every move's grants and refusals,
// bad input changing nothing, the inbox written with the move, ratings once, the talent window's card.
import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { errorCode, useTestApp, type TestApp } from '../../testing/app'
import { countOf } from '../../testing/database'
import { sendMultipart, testFiles } from '../../testing/multipart'
import { expectRefusal, expectStatus, field, send, type Json } from '../../testing/requests'
import { applicationFor, fileProxyCase, proxyFiles, proxyItem } from './cases.test-support'

const testApp = useTestApp()
const talentCardItem = 'G60-SHSJ-TALENT-001'

const stored = async (testApp: TestApp) => ({
  cases: await countOf(testApp.database.db, sql`SELECT count(*) AS count FROM service_cases`),
  materials: await countOf(testApp.database.db, sql`SELECT count(*) AS count FROM service_case_materials`),
  files: await countOf(testApp.database.db, sql`SELECT count(*) AS count FROM service_case_files`),
  notifications: await countOf(testApp.database.db, sql`SELECT count(*) AS count FROM notifications`),
})

describe('a case accepted in Hefei and decided in Songjiang (异地受理、远程审批)', () => {
  it('goes from the Hefei window to the Songjiang office, each party told, and is rated once', async () => {
    const firm = await testApp.signIn('firm.hf')
    const officerHefei = await testApp.signIn('officer.hf')
    const officerShanghai = await testApp.signIn('officer.sh')
    const filed = await fileProxyCase(testApp, firm)
    const id = field(filed, 'id')
    expect(field(filed, 'number')).toMatch(/^HF-\d{4}-\d{6}-[0-9A-Z]$/)
    // the filing's answer is built from what it wrote; it must be the case as read afterwards
    expect(expectStatus(await send(testApp, 'GET', `/api/service-cases/${id}`, firm), 200)).toEqual(filed)
    expect(filed).toMatchObject({
      status: 'submitted',
      windowCity: { code: 'HF' },
      competentCity: { code: 'SH-SJ' },
    })
    expect(
      (filed.materials as Json[]).find((material) => material.code === 'business_licence'),
    ).toMatchObject({
      source: 'registry',
      fileName: null,
    })

    const intake = expectStatus(
      await send(testApp, 'GET', '/api/service-cases?view=intake', officerHefei),
      200,
    )
    expect((intake.items as Json[]).map((item) => item.id)).toContain(id)
    const otherIntake = expectStatus(
      await send(testApp, 'GET', '/api/service-cases?view=intake', officerShanghai),
      200,
    )
    expect((otherIntake.items as Json[]).map((item) => item.id)).not.toContain(id)
    const hefeiInbox = expectStatus(
      await send(testApp, 'GET', '/api/me/inbox?filter=tasks', officerHefei),
      200,
    )
    expect((hefeiInbox.items as Json[]).some((item) => item.entityId === id)).toBe(true)

    // the competent city cannot pre-review another city's intake; the window cannot decide
    expectRefusal(
      await send(testApp, 'POST', `/api/service-cases/${id}/accept`, officerShanghai, {}),
      403,
      'FORBIDDEN',
    )
    const accepted = expectStatus(
      await send(testApp, 'POST', `/api/service-cases/${id}/accept`, officerHefei, {}),
      200,
    )
    expect(accepted).toMatchObject({ status: 'in_review', clock: { state: 'running', isOverdue: false } })
    expect(accepted.actions).toEqual([])
    const decideByWindow = await send(testApp, 'POST', `/api/service-cases/${id}/decide`, officerHefei, {
      decision: 'approved',
    })
    expectRefusal(decideByWindow, 403, 'FORBIDDEN')
    const deciding = expectStatus(
      await send(testApp, 'GET', '/api/service-cases?view=deciding', officerShanghai),
      200,
    )
    expect((deciding.items as Json[]).map((item) => item.id)).toContain(id)

    const decided = expectStatus(
      await send(testApp, 'POST', `/api/service-cases/${id}/decide`, officerShanghai, {
        decision: 'approved',
      }),
      200,
    )
    expect(decided).toMatchObject({ status: 'approved', decision: 'approved', clock: { state: 'stopped' } })
    const moves = (decided.timeline as Json[])
      .filter((entry) => entry.kind === 'move')
      .map((entry) => entry.action)
    expect(moves).toEqual(['accept', 'approve'])
    const firmInbox = expectStatus(await send(testApp, 'GET', '/api/me/inbox', firm), 200)
    const topics = (firmInbox.items as Json[])
      .filter((item) => item.entityId === id)
      .map((item) => item.topic)
    expect(topics).toEqual(expect.arrayContaining(['service_case.accepted', 'service_case.approved']))

    const rated = expectStatus(
      await send(testApp, 'POST', `/api/service-cases/${id}/rating`, firm, {
        rating: 5,
        comment: '跨城办理，省时省力',
      }),
      200,
    )
    expect(rated).toMatchObject({ rating: 5 })
    const again = await send(testApp, 'POST', `/api/service-cases/${id}/rating`, firm, { rating: 1 })
    expectRefusal(again, 409, 'SERVICE_CASE_ALREADY_RATED')
    const late = await send(testApp, 'POST', `/api/service-cases/${id}/decide`, officerShanghai, {
      decision: 'refused',
      reason: 'x',
    })
    expectRefusal(late, 409, 'SERVICE_CASE_TRANSITION_INVALID')
  })
})

describe('a case in review waiting for materials, and its parties', () => {
  it('stops the clock while the deciding office waits for materials, and runs it again with them', async () => {
    const firm = await testApp.signIn('firm.hf')
    const officerHefei = await testApp.signIn('officer.hf')
    const officerShanghai = await testApp.signIn('officer.sh')
    const id = field(await fileProxyCase(testApp, firm), 'id')
    expectStatus(
      await send(testApp, 'POST', `/api/service-cases/${id}/accept`, officerHefei, { note: '材料齐全' }),
      200,
    )
    const paused = expectStatus(
      await send(testApp, 'POST', `/api/service-cases/${id}/pause`, officerShanghai, {
        note: '请补充股东会决议原件扫描件',
      }),
      200,
    )
    expect(paused).toMatchObject({ status: 'review_paused', clock: { state: 'paused' }, actions: [] })
    const firmView = expectStatus(await send(testApp, 'GET', `/api/service-cases/${id}`, firm), 200)
    expect(firmView.actions).toEqual(['resume_with_materials', 'withdraw'])
    const resumed = await sendMultipart(
      testApp,
      `/api/service-cases/${id}/resume`,
      firm,
      { materials: [{ code: 'premises_proof', source: 'upload', file: 'premises_proof' }] },
      [testFiles.pdf('premises_proof')],
    )
    expect(expectStatus(resumed, 200)).toMatchObject({ status: 'in_review', clock: { state: 'running' } })
    const kinds = (expectStatus(resumed, 200).timeline as Json[]).map((entry) => entry.kind)
    expect(kinds).toEqual(
      expect.arrayContaining(['clock_started', 'clock_paused', 'materials_added', 'clock_resumed']),
    )
  })

  it('keeps cases to their parties: another firm, another city, or nobody signed in', async () => {
    const firm = await testApp.signIn('firm.hf')
    const otherFirm = await testApp.signIn('firm.sh')
    const officerHefei = await testApp.signIn('officer.hf')
    const id = field(await fileProxyCase(testApp, firm, 'SH-SJ'), 'id')
    expectRefusal(await send(testApp, 'GET', `/api/service-cases/${id}`, otherFirm), 403, 'FORBIDDEN')
    expectRefusal(await send(testApp, 'GET', `/api/service-cases/${id}`, officerHefei), 403, 'FORBIDDEN')
    expectRefusal(await send(testApp, 'GET', `/api/service-cases/${id}`), 401, 'AUTH_REQUIRED')
    expectRefusal(
      await send(testApp, 'POST', `/api/service-cases/${id}/withdraw`, otherFirm, {}),
      403,
      'FORBIDDEN',
    )
    expectRefusal(await send(testApp, 'POST', `/api/service-cases/${id}/accept`, firm, {}), 403, 'FORBIDDEN')
    const withdrawn = expectStatus(
      await send(testApp, 'POST', `/api/service-cases/${id}/withdraw`, firm, {}),
      200,
    )
    expect(withdrawn).toMatchObject({ status: 'withdrawn', clock: { state: 'not_started' } })
  })
})

describe('bad applications change nothing', () => {
  it('refuses an unknown item, missing, unknown or mistyped materials, files too large, and an empty comment', async () => {
    const firm = await testApp.signIn('firm.hf')
    const before = await stored(testApp)
    const refusals: [Promise<{ statusCode: number; body: string }>, number, string][] = [
      [
        sendMultipart(
          testApp,
          '/api/service-cases',
          firm,
          applicationFor('G60-HF-AMR-999', 'HF'),
          proxyFiles,
        ),
        404,
        'SERVICE_ITEM_NOT_FOUND',
      ],
      [
        sendMultipart(
          testApp,
          '/api/service-cases',
          firm,
          applicationFor(proxyItem, 'HF'),
          proxyFiles.slice(1),
        ),
        422,
        'SERVICE_MATERIAL_FILE_MISSING',
      ],
      [
        sendMultipart(
          testApp,
          '/api/service-cases',
          firm,
          {
            ...applicationFor(proxyItem, 'HF'),
            materials: applicationFor(proxyItem, 'HF').materials.slice(1),
          },
          proxyFiles.slice(1),
        ),
        422,
        'SERVICE_MATERIALS_INCOMPLETE',
      ],
      [
        sendMultipart(
          testApp,
          '/api/service-cases',
          firm,
          applicationFor(proxyItem, 'HF', [{ code: 'photo', source: 'upload', file: 'photo' }]),
          [...proxyFiles, testFiles.png('photo')],
        ),
        422,
        'SERVICE_MATERIAL_UNKNOWN',
      ],
      [
        sendMultipart(testApp, '/api/service-cases', firm, applicationFor(proxyItem, 'HF'), [
          testFiles.png('application_form'),
          ...proxyFiles.slice(1),
        ]),
        415,
        'SERVICE_MATERIAL_TYPE_INVALID',
      ],
      [
        sendMultipart(testApp, '/api/service-cases', firm, applicationFor(proxyItem, 'HF'), [
          testFiles.pdf('application_form', 9 * 1024 * 1024),
          ...proxyFiles.slice(1),
        ]),
        413,
        'SERVICE_MATERIAL_TOO_LARGE',
      ],
      [
        sendMultipart(testApp, '/api/service-cases', firm, applicationFor(proxyItem, 'HF'), [
          testFiles.pdf('application_form', 11 * 1024 * 1024),
          ...proxyFiles.slice(1),
        ]),
        413,
        'PAYLOAD_TOO_LARGE',
      ],
      [
        sendMultipart(testApp, '/api/service-cases', firm, applicationFor(proxyItem, undefined), proxyFiles),
        422,
        'SERVICE_WINDOW_CITY_INVALID',
      ],
      [
        sendMultipart(
          testApp,
          '/api/service-cases',
          firm,
          applicationFor(talentCardItem, 'SH-SJ'),
          proxyFiles,
        ),
        403,
        'SERVICE_ITEM_NOT_FOR_APPLICANT',
      ],
    ]
    for (const [request, status, code] of refusals) {
      const response = await request
      expect({ status: response.statusCode, code: errorCode(response as never) }).toEqual({ status, code })
    }
    expectRefusal(
      await send(testApp, 'POST', '/api/service-cases', firm, applicationFor(proxyItem, 'HF')),
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    )
    expect(await stored(testApp)).toEqual(before)
  })
})

describe('ratings (好差评)', () => {
  it('refuses an empty or oversized rating comment and a rating before the case is closed', async () => {
    const firm = await testApp.signIn('firm.hf')
    const id = field(await fileProxyCase(testApp, firm), 'id')
    expectRefusal(
      await send(testApp, 'POST', `/api/service-cases/${id}/rating`, firm, { rating: 4, comment: '' }),
      400,
      'VALIDATION_FAILED',
    )
    const huge = await send(testApp, 'POST', `/api/service-cases/${id}/rating`, firm, {
      rating: 4,
      comment: 'x'.repeat(10 * 1024 * 1024),
    })
    expectRefusal(huge, 413, 'PAYLOAD_TOO_LARGE')
    expectRefusal(
      await send(testApp, 'POST', `/api/service-cases/${id}/rating`, firm, { rating: 4 }),
      409,
      'SERVICE_CASE_NOT_CLOSED',
    )
  })
})

describe('the talent window', () => {
  it("records a professional's talent card with its entitlements once approved; a professional sees only their own", async () => {
    const talent = await testApp.signIn('talent.hz')
    const officerShanghai = await testApp.signIn('officer.sh')
    const firm = await testApp.signIn('firm.sh')
    const materials = [
      'application_form',
      'consent_form',
      'id_card',
      'talent_qualification_proof',
      'labour_contract',
      'social_insurance_record',
    ]
    const application = {
      itemCode: talentCardItem,
      windowCityCode: 'HZ',
      purpose: '申领G60人才卡',
      materials: [
        ...materials.map((code) => ({ code, source: 'upload', file: code })),
        { code: 'photo', source: 'upload', file: 'photo' },
      ],
    }
    const filed = await sendMultipart(testApp, '/api/service-cases', talent, application, [
      ...materials.map((code) => testFiles.pdf(code)),
      testFiles.png('photo'),
    ])
    const id = field(expectStatus(filed, 201), 'id')
    expectRefusal(await send(testApp, 'GET', `/api/service-cases/${id}`, firm), 403, 'FORBIDDEN')
    const officerHangzhou = await testApp.signIn('office')
    expectStatus(await send(testApp, 'POST', `/api/service-cases/${id}/accept`, officerHangzhou, {}), 200)
    expectStatus(
      await send(testApp, 'POST', `/api/service-cases/${id}/decide`, officerShanghai, {
        decision: 'approved',
      }),
      200,
    )
    const cards = expectStatus(await send(testApp, 'GET', '/api/me/talent-cards', talent), 200)
    const card = (cards.items as Json[]).find((item) => item.caseId === id)
    expect(card).toMatchObject({ city: { code: 'SH-SJ' } })
    expect((card?.entitlements as Json[]).length).toBeGreaterThanOrEqual(5)
    const mine = expectStatus(await send(testApp, 'GET', '/api/service-cases?view=mine', talent), 200)
    expect((mine.items as Json[]).every((item) => (item.applicant as Json).kind === 'professional')).toBe(
      true,
    )
  })
})

describe('the queues', () => {
  it("pages a city's deciding queue by due day with its total, and its overdue cases alone", async () => {
    const officer = await testApp.signIn('officer.sh')
    const seen: Json[] = []
    let cursor: string | null = null
    let total = -1
    for (let pageNumber = 0; pageNumber < 100; pageNumber++) {
      const query: string = `view=deciding&sort=dueOn&limit=3${cursor !== null ? `&cursor=${encodeURIComponent(cursor)}` : ''}`
      const body = expectStatus(await send(testApp, 'GET', `/api/service-cases?${query}`, officer), 200)
      expect(body.totalIsExact).toBe(true)
      if (total >= 0) expect(body.total).toBe(total)
      total = body.total as number
      seen.push(...(body.items as Json[]))
      cursor = body.nextCursor as string | null
      if (cursor === null) break
    }
    expect(seen.length).toBe(total)
    expect(total).toBeGreaterThan(3)
    expect(new Set(seen.map((found) => found.id)).size).toBe(total)
    const dueDays = seen.map((found) => String((found.clock as Json).dueOn))
    expect(dueDays).toEqual([...dueDays].sort())
    expect(seen.every((found) => (found.competentCity as Json).code === 'SH-SJ')).toBe(true)

    const overdue = expectStatus(
      await send(testApp, 'GET', '/api/service-cases?view=deciding&overdue=true&limit=100', officer),
      200,
    )
    const overdueItems = overdue.items as Json[]
    expect(overdue.total).toBe(overdueItems.length)
    expect(overdueItems.length).toBeGreaterThan(0)
    expect(overdueItems.every((found) => (found.clock as Json).isOverdue === true)).toBe(true)
    expect(overdueItems.length).toBe(seen.filter((found) => (found.clock as Json).isOverdue === true).length)
  })
})
