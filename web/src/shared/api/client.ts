// The typed API client (types generated from /api/openapi.json by scripts/generate-api-client.ts).
// Every call carries the console's language, so coded errors come back in it; a lost session sends the user
// back to the sign-in page with a return path.
import createClient, { type Middleware } from 'openapi-fetch'
import { currentLanguage } from '../i18n/i18n'
import { ApiError, networkErrorCode, toApiError } from './errors'
import type { paths } from './schema'

export const api = createClient<paths>({ baseUrl: '', credentials: 'same-origin' })

type SessionLostListener = () => void
let sessionLostListener: SessionLostListener = () => undefined

/** The app decides what "session lost" means for navigation; the client only reports it. */
export function onSessionLost(listener: SessionLostListener) {
  sessionLostListener = listener
}

const isSignInRequest = (url: string) =>
  new URL(url, window.location.origin).pathname.startsWith('/api/auth/')

const consoleMiddleware: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLanguage())
    return request
  },
  onResponse({ request, response }) {
    if (response.status === 401 && !isSignInRequest(request.url)) sessionLostListener()
    return response
  },
}
api.use(consoleMiddleware)

interface FetchResult<Data> {
  data?: Data
  error?: unknown
  response: Response
}

/** Awaits an openapi-fetch call and returns its data, or throws an ApiError. */
export async function unwrap<Data>(pending: Promise<FetchResult<Data>>): Promise<Data> {
  let result: FetchResult<Data>
  try {
    result = await pending
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new ApiError(0, networkErrorCode, cause instanceof Error ? cause.message : String(cause))
  }
  const { data, error, response } = result
  if (!response.ok || data === undefined) throw toApiError(error, response)
  return data
}

/** For calls answered with 204 No Content. */
export async function expectNoContent(pending: Promise<FetchResult<unknown>>): Promise<void> {
  let result: FetchResult<unknown>
  try {
    result = await pending
  } catch (cause) {
    throw new ApiError(0, networkErrorCode, cause instanceof Error ? cause.message : String(cause))
  }
  if (!result.response.ok) throw toApiError(result.error, result.response)
}

/** An Idempotency-Key for one user action: a retry of the same action sends the same key. */
export function newIdempotencyKey(): string {
  const bytes = new Uint8Array(16)
  crypto.getRandomValues(bytes)
  return `web-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`
}
