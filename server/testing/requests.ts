// Requests to a test app and the reading of their answers: a request as a signed-in user, the body of an answer
// that must have a status, and a string field of it.
import { setTimeout as sleep } from 'node:timers/promises'
import type { LightMyRequestResponse } from 'fastify'
import { expect } from 'vitest'
import { errorCode, type TestApp } from './app'

export type Json = Record<string, unknown>

export function send(
  testApp: TestApp,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT',
  url: string,
  cookie?: string,
  payload?: Json,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return testApp.app.inject({
    method,
    url,
    headers: { ...headers, ...(cookie !== undefined ? { cookie } : {}) },
    ...(payload !== undefined ? { payload } : {}),
  })
}

/** The body of a response that must have succeeded; anything else fails the test with the answer shown. */
export function expectStatus(response: LightMyRequestResponse, status: number): Json {
  if (response.statusCode !== status) {
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`)
  }
  const body: unknown = response.json()
  if (typeof body !== 'object' || body === null) throw new Error(`not an object: ${response.body}`)
  return body as Json
}

export function field(body: Json, name: string): string {
  const value = body[name]
  if (typeof value !== 'string') throw new Error(`${name} is not a string in ${JSON.stringify(body)}`)
  return value
}

/** An answer that must be a refusal: its status and its stable code. */
export function expectRefusal(response: LightMyRequestResponse, status: number, code: string) {
  expect(response.statusCode).toBe(status)
  expect(errorCode(response)).toBe(code)
}

/** how long a notification may take to reach another process on a loaded two-core machine, at most */
const deliveryMsMax = 2_000

/**
 * The answer once the other process has heard the commit's notification: PostgreSQL sends it at the commit, and the
 * process reads it at its next turn of the event loop (app.inject may answer before any turn; a loaded machine may
 * schedule the listening backend a few milliseconds late). A 200 past the bound fails the test.
 */
export async function onceHeard(
  request: () => Promise<LightMyRequestResponse>,
): Promise<LightMyRequestResponse> {
  const deadlineMs = Date.now() + deliveryMsMax
  let answer = await request()
  while (answer.statusCode === 200 && Date.now() < deadlineMs) {
    await sleep(5)
    answer = await request()
  }
  return answer
}
