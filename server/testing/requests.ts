// Requests to a test app and the reading of their answers: a request as a signed-in user, the body of an answer
// that must have a status, and a string field of it.
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
