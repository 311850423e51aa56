// The workbench over the API on the small demo seed: each role's counts equal the totals of the lists its tiles
// open (walked page by page with the filter the tile's link carries), the demo accounts find work on their main
// tiles (an empty seed fails), and a caller without the city or organisation its role reaches through is refused.
import { describe, expect, it } from 'vitest'
import type { Principal } from '../../platform/authorization'
import { AppError } from '../../platform/errors'
import { useTestApp } from '../../testing/app'
import { expectRefusal, expectStatus, send, type Json } from '../../testing/requests'

const testApp = useTestApp()
const pagesMax = 100
const pageSize = 100

interface Caller {
  cookie: string
  userId: string
  cityCode: string | null
  organisationId: string | null
}

async function callerOf(username: string): Promise<Caller> {
  const cookie = await testApp.signIn(username)
  const me = expectStatus(await send(testApp, 'GET', '/api/me', cookie), 200)
  const user = (me.user ?? me) as Json
  return {
    cookie,
    userId: user.id as string,
    cityCode: (user.cityCode as string | null | undefined) ?? null,
    organisationId: (user.organisationId as string | null | undefined) ?? null,
  }
}

/** How many items of a list pass `counts` (all by default), every page walked. */
async function listCount(
  cookie: string,
  path: string,
  counts: (item: Json) => boolean = () => true,
): Promise<number> {
  let cursor: string | null = null
  let count = 0
  for (let page = 0; page < pagesMax; page++) {
    const separator = path.includes('?') ? '&' : '?'
    const url: string = `${path}${separator}limit=${pageSize}${cursor === null ? '' : `&cursor=${cursor}`}`
    const body = expectStatus(await send(testApp, 'GET', url, cookie), 200)
    count += (body.items as Json[]).filter(counts).length
    cursor = body.nextCursor as string | null
    if (cursor === null) return count
  }
  throw new Error(`${path} has more than ${pagesMax} pages`)
}

/** The API list behind each tile, with the filter of the console queue the tile links to. */
function listOf(key: string, caller: Caller): string {
  const issuer = caller.cityCode === null ? '' : `&issuer=${caller.cityCode}`
  const city = caller.cityCode === null ? '' : `&city=${caller.cityCode}`
  const lists: Record<string, string> = {
    claimsToDecide: '/api/voucher-claims?status=submitted',
    redemptionsToReview: `/api/redemptions?status=submitted${issuer}`,
    casesToAccept: '/api/service-cases?view=intake',
    casesToDecide: '/api/service-cases?view=deciding',
    casesOverdue: '/api/service-cases?view=deciding&overdue=true',
    providersInNotice: `/api/providers?status=public_notice${city}`,
    redemptionsToConfirm: '/api/redemptions?status=awaiting_confirmation',
    claimsSubmitted: '/api/voucher-claims?status=submitted',
    bookingsToCome: '/api/bookings?status=approved',
    referralsOpen: '/api/referrals?status=referred',
    cases: '/api/service-cases?view=mine',
    ordersToDeliver: '/api/voucher-orders?status=reserved',
    bookingsToApprove: `/api/bookings?status=requested&provider=${caller.organisationId ?? ''}`,
    redemptionsAwaitingFirm: '/api/redemptions?status=awaiting_confirmation',
    redemptionsAwaitingCity: '/api/redemptions?status=submitted',
    referralsToAnswer: '/api/referrals?status=referred',
    financeCasesOpen: `/api/finance-cases?officer=${caller.userId}`,
    financeCasesOverdue: `/api/finance-cases?officer=${caller.userId}&overdue=true`,
  }
  const list = lists[key]
  if (list === undefined) throw new Error(`no list for the tile ${key}`)
  return list
}

/** Tiles that count part of their list: the finance board's open cases are its columns before "closed". */
const itemsCountedBy: Record<string, (item: Json) => boolean> = {
  financeCasesOpen: (item) => item.stage !== 'closed',
}

async function workbenchOf(caller: Caller): Promise<Json> {
  return expectStatus(await send(testApp, 'GET', '/api/workbench', caller.cookie), 200)
}

async function expectCountsMatchLists(username: string, expectedTiles: string[]) {
  const caller = await callerOf(username)
  const workbench = await workbenchOf(caller)
  const tiles = workbench.tiles as { key: string; count: number; exact: boolean }[]
  expect(tiles.map((tile) => tile.key)).toEqual(expectedTiles)
  for (const tile of tiles) {
    expect(tile.exact).toBe(true)
    expect({ key: tile.key, count: tile.count }).toEqual({
      key: tile.key,
      count: await listCount(caller.cookie, listOf(tile.key, caller), itemsCountedBy[tile.key]),
    })
  }
  return { caller, workbench }
}

function figureOf(workbench: Json, key: string): number | undefined {
  return (workbench.figures as { key: string; value: number }[]).find((figure) => figure.key === key)?.value
}

function countOf(workbench: Json, key: string): number {
  return (workbench.tiles as { key: string; count: number }[]).find((tile) => tile.key === key)?.count ?? -1
}

/** The demo accounts' main tiles, each of which the small seed must fill (the README's demo story says so). */
function expectWork(workbench: Json, keys: string[]) {
  expect(keys.filter((key) => countOf(workbench, key) <= 0)).toEqual([])
}

const officerTiles = [
  'claimsToDecide',
  'redemptionsToReview',
  'casesToAccept',
  'casesToDecide',
  'casesOverdue',
  'providersInNotice',
]

/** A signed-in principal as a seeded user would be, with the field its role reaches through missing. */
function principalWithout(role: Principal['role'], missing: 'cityCode' | 'organisationId'): Principal {
  return {
    userId: 'usr_workbench_test',
    username: 'workbench.test',
    role,
    cityCode: 'HF',
    organisationId: 'firm_workbench_test',
    [missing]: null,
  }
}

async function refusalOf(principal: Principal): Promise<string> {
  try {
    await testApp.context.modules.workbench.workbench.read(principal)
  } catch (error) {
    if (error instanceof AppError) return error.code
    throw error
  }
  return 'ANSWERED'
}

describe('the workbench', () => {
  it('refuses an anonymous caller', async () => {
    expectRefusal(await send(testApp, 'GET', '/api/workbench'), 401, 'AUTH_REQUIRED')
  })

  it('refuses an organisation’s user without its organisation, and an officer or workstation without a city', async () => {
    const refusals: Record<string, string> = {}
    for (const role of ['firm', 'provider', 'financier'] as const)
      refusals[role] = await refusalOf(principalWithout(role, 'organisationId'))
    for (const role of ['city_officer', 'workstation'] as const)
      refusals[role] = await refusalOf(principalWithout(role, 'cityCode'))
    expect(refusals).toEqual({
      firm: 'FORBIDDEN',
      provider: 'FORBIDDEN',
      financier: 'FORBIDDEN',
      city_officer: 'FORBIDDEN',
      workstation: 'FORBIDDEN',
    })
  })

  it('counts a city officer’s queues in its own city, with the city’s voucher money this year', async () => {
    const { workbench } = await expectCountsMatchLists('officer.sh', officerTiles)
    expect(workbench.cityCode).toBe('SH-SJ')
    expectWork(workbench, ['claimsToDecide', 'redemptionsToReview', 'casesToAccept', 'casesToDecide'])
    expect(figureOf(workbench, 'vouchersIssued')).toBeGreaterThan(0)
    expect(figureOf(workbench, 'vouchersRedeemed')).toBeGreaterThan(0)
    const hefei = await expectCountsMatchLists('officer.hf', officerTiles)
    expectWork(hefei.workbench, ['claimsToDecide', 'redemptionsToReview'])
  })

  it('counts the corridor office’s queues over every city, at least each city’s', async () => {
    const { workbench } = await expectCountsMatchLists('office', officerTiles)
    const city = await workbenchOf(await callerOf('officer.sh'))
    for (const key of ['claimsToDecide', 'redemptionsToReview', 'providersInNotice'])
      expect(countOf(workbench, key)).toBeGreaterThanOrEqual(countOf(city, key))
    expect(figureOf(workbench, 'vouchersIssued')).toBeGreaterThan(figureOf(city, 'vouchersIssued') ?? 0)
    expectWork(workbench, ['claimsToDecide', 'redemptionsToReview', 'casesOverdue'])
  })

  it('counts a firm’s own work and sums what is left on its vouchers', async () => {
    const firmTiles = ['redemptionsToConfirm', 'claimsSubmitted', 'bookingsToCome', 'referralsOpen', 'cases']
    const { caller, workbench } = await expectCountsMatchLists('firm.hf', firmTiles)
    const vouchers = expectStatus(
      await send(testApp, 'GET', '/api/vouchers?status=active&limit=100', caller.cookie),
      200,
    )
    const available = (vouchers.items as Json[]).reduce(
      (sum, voucher) => sum + Number(voucher.availableFen),
      0,
    )
    expect(figureOf(workbench, 'voucherBalance')).toBe(available)
    expect(available).toBeGreaterThan(0)
    expectWork(workbench, ['bookingsToCome', 'referralsOpen', 'cases'])
    expect(figureOf(workbench, 'score')).toBeGreaterThan(0)
    const shanghai = await expectCountsMatchLists('firm.sh', firmTiles)
    expectWork(shanghai.workbench, ['redemptionsToConfirm', 'bookingsToCome', 'cases'])
  })

  it('counts a provider’s orders, bookings and claims, and its income this year', async () => {
    const { workbench } = await expectCountsMatchLists('provider.sz', [
      'ordersToDeliver',
      'bookingsToApprove',
      'redemptionsAwaitingFirm',
      'redemptionsAwaitingCity',
    ])
    expectWork(workbench, [
      'ordersToDeliver',
      'bookingsToApprove',
      'redemptionsAwaitingFirm',
      'redemptionsAwaitingCity',
    ])
    expect(figureOf(workbench, 'income')).toBeGreaterThan(0)
  })

  it('counts a workstation officer’s open and overdue cases as its board shows them filtered to the officer', async () => {
    const { workbench } = await expectCountsMatchLists('station.hf', [
      'financeCasesOpen',
      'financeCasesOverdue',
    ])
    expectWork(workbench, ['financeCasesOpen'])
    expect(countOf(workbench, 'financeCasesOverdue')).toBeLessThanOrEqual(
      countOf(workbench, 'financeCasesOpen'),
    )
  })

  it('counts a bank’s referrals to answer and a professional’s cases', async () => {
    const bank = await expectCountsMatchLists('bank.hz', ['referralsToAnswer'])
    expectWork(bank.workbench, ['referralsToAnswer'])
    const professional = await expectCountsMatchLists('talent.hz', ['cases'])
    expectWork(professional.workbench, ['cases'])
  })
})
