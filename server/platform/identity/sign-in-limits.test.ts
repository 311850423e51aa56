// Sign-in limits: an account's exponential delay after failures, an address's budget across usernames, both claimed
// atomically so that a parallel burst gets no more checks than a sequential one (on PostgreSQL, spread over three
// processes' pools as behind a load balancer).
import { sql } from 'drizzle-orm'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { errorCode, useTestApp, type TestSibling } from '../../testing/app'
import { runsOnPostgres } from '../../testing/database'
import { expectRefusal } from '../../testing/requests'

// a first delay long enough that no test can outrun it on a loaded machine; the cap a little above it
const delayFirstSeconds = 60
const delayMaxSeconds = 300
const testApp = useTestApp({
  environment: {
    G60_SIGN_IN_DELAY_FIRST_SECONDS: String(delayFirstSeconds),
    G60_SIGN_IN_DELAY_MAX_SECONDS: String(delayMaxSeconds),
  },
})
const siblings: TestSibling[] = []

beforeAll(async () => {
  if (runsOnPostgres()) siblings.push(await testApp.openSibling(), await testApp.openSibling())
})
afterAll(async () => {
  for (const sibling of siblings) await sibling.close()
})

/** The processes a burst is spread over: this app alone on PGlite, three on PostgreSQL. */
function processes(): FastifyInstance[] {
  return [testApp.app, ...siblings.map((sibling) => sibling.app)]
}

let addressNumber = 0
/** A fresh client address for each test, so that the address budget of one does not bleed into another. */
function newAddress(): string {
  addressNumber += 1
  return `198.51.100.${addressNumber}`
}

function signIn(username: string, password: string, address: string, app = testApp.app) {
  return app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: address,
  })
}

/** The wait a refusal gives: the Retry-After header, which must be the figure of the body. */
function retryAfterOf(response: LightMyRequestResponse): number {
  expectRefusal(response, 429, 'AUTH_RATE_LIMITED')
  const seconds = Number(response.headers['retry-after'])
  expect(response.json().error.details.retryAfterSeconds).toBe(seconds)
  return seconds
}

/** Ends the account's current delay, as the passing of time would. */
async function endDelay(username: string) {
  await testApp.database.db.execute(
    sql`UPDATE sign_in_account_delays SET next_check_at = now() - interval '1 second' WHERE username = ${username}`,
  )
}

function statusCounts(responses: LightMyRequestResponse[]): Record<number, number> {
  const counts: Record<number, number> = {}
  for (const response of responses) counts[response.statusCode] = (counts[response.statusCode] ?? 0) + 1
  return counts
}

/** Sends the attempts all at once, each to the next process in turn. */
function burst(attempts: { username: string; password: string }[], address: string) {
  const apps = processes()
  return Promise.all(
    attempts.map((attempt, index) =>
      signIn(attempt.username, attempt.password, address, apps[index % apps.length]),
    ),
  )
}

describe('the account delay', () => {
  it('delays the next check after a failure, says how long in Retry-After, and lets the owner in after it', async () => {
    const address = newAddress()
    expectRefusal(await signIn('firm.hf', 'wrong-password', address), 401, 'AUTH_INVALID_CREDENTIALS')
    // the right password during the delay is not even checked
    const waitSeconds = retryAfterOf(await signIn('firm.hf', 'g60-demo', address))
    expect(waitSeconds).toBeGreaterThan(0)
    expect(waitSeconds).toBeLessThanOrEqual(delayFirstSeconds)
    await endDelay('firm.hf')
    expect((await signIn('firm.hf', 'g60-demo', address)).statusCode).toBe(200)
    // a success ends the delay: the next failure is checked, and delays by the first step again
    expectRefusal(await signIn('firm.hf', 'wrong-again', address), 401, 'AUTH_INVALID_CREDENTIALS')
    expect(retryAfterOf(await signIn('firm.hf', 'g60-demo', address))).toBeGreaterThan(delayFirstSeconds / 2)
    await endDelay('firm.hf')
  })

  it('doubles the delay with each failure in a row, up to the cap', async () => {
    const address = newAddress()
    const username = 'nobody.doubling'
    const waits: number[] = []
    for (let failure = 0; failure < 4; failure++) {
      expectRefusal(await signIn(username, `guess-${failure}`, address), 401, 'AUTH_INVALID_CREDENTIALS')
      waits.push(retryAfterOf(await signIn(username, 'another-guess', address)))
      await endDelay(username)
    }
    // 60, 120, 240 and then the cap of 300 seconds (each read a moment after it was set)
    const expected = [60, 120, 240, 300]
    waits.forEach((wait, index) => {
      expect(wait).toBeLessThanOrEqual(expected[index] ?? 0)
      expect(wait).toBeGreaterThan((expected[index] ?? 0) - 10)
    })
  })

  it('gives a parallel burst of 40 wrong passwords no more checks than a sequential one', async () => {
    const sequentialAddress = newAddress()
    const sequential: LightMyRequestResponse[] = []
    for (let attempt = 0; attempt < 40; attempt++)
      sequential.push(await signIn('nobody.sequential', `guess-${attempt}`, sequentialAddress))
    const parallel = await burst(
      Array.from({ length: 40 }, (_, attempt) => ({
        username: 'nobody.parallel',
        password: `guess-${attempt}`,
      })),
      newAddress(),
    )
    expect(statusCounts(sequential)).toEqual({ 401: 1, 429: 39 })
    expect(statusCounts(parallel)).toEqual({ 401: 1, 429: 39 })
  })

  it('does not sign in with the right password inside a burst of 30 wrong ones while the account is delayed', async () => {
    const address = newAddress()
    expectRefusal(await signIn('talent.hz', 'first-guess', address), 401, 'AUTH_INVALID_CREDENTIALS')
    const attempts = Array.from({ length: 31 }, (_, attempt) => ({
      username: 'talent.hz',
      password: attempt === 15 ? 'g60-demo' : `guess-${attempt}`,
    }))
    const answers = await burst(attempts, address)
    expect(statusCounts(answers)).toEqual({ 429: 31 })
    expect(answers.every((answer) => answer.cookies.length === 0)).toBe(true)
  })

  it('checks one of a parallel burst at a time even with no delay yet: the right password may win, once', async () => {
    const attempts = Array.from({ length: 31 }, (_, attempt) => ({
      username: 'bank.hz',
      password: attempt === 15 ? 'g60-demo' : `guess-${attempt}`,
    }))
    const answers = await burst(attempts, newAddress())
    const checked = answers.filter((answer) => answer.statusCode !== 429)
    expect(checked).toHaveLength(1)
    expect(
      answers.filter((answer) => answer.statusCode === 429).every((answer) => retryAfterOf(answer) > 0),
    ).toBe(true)
    await endDelay('bank.hz')
  })
})

describe('the address budget', () => {
  it('allows 30 failed sign-ins per address across usernames, then refuses every username from it', async () => {
    const address = newAddress()
    const answers: LightMyRequestResponse[] = []
    for (let attempt = 0; attempt < 35; attempt++)
      answers.push(await signIn(`sprayed.${attempt}`, 'guess', address))
    expect(statusCounts(answers)).toEqual({ 401: 30, 429: 5 })
    const refused = answers[34]
    if (refused === undefined) throw new Error('35 answers')
    expect(refused.json().error.details.limit).toBe('address')
    expect(retryAfterOf(refused)).toBeGreaterThan(800)
    // the right password of a real account is not checked from there either; from another address it is
    expectRefusal(await signIn('provider.sz', 'g60-demo', address), 429, 'AUTH_RATE_LIMITED')
    expect((await signIn('provider.sz', 'g60-demo', newAddress())).statusCode).toBe(200)
  })

  it('gives a parallel spray of 60 usernames from one address exactly its 30 checks', async () => {
    const attempts = Array.from({ length: 60 }, (_, attempt) => ({
      username: `parallel.sprayed.${attempt}`,
      password: 'guess',
    }))
    expect(statusCounts(await burst(attempts, newAddress()))).toEqual({ 401: 30, 429: 30 })
  })

  it('does not count successful sign-ins against the address', async () => {
    const address = newAddress()
    for (let attempt = 0; attempt < 29; attempt++)
      expect(errorCode(await signIn(`office.spray.${attempt}`, 'guess', address))).toBe(
        'AUTH_INVALID_CREDENTIALS',
      )
    for (let attempt = 0; attempt < 3; attempt++)
      expect((await signIn('officer.sh', 'g60-demo', address)).statusCode).toBe(200)
    expect(errorCode(await signIn('office.spray.last', 'guess', address))).toBe('AUTH_INVALID_CREDENTIALS')
    expect(errorCode(await signIn('office.spray.over', 'guess', address))).toBe('AUTH_RATE_LIMITED')
  })
})
