import { useRef } from 'react'
import { newIdempotencyKey } from './client'
import { isApiError } from './errors'

/**
 * The Idempotency-Key of one user action. When the answer is lost (no connection, a 5xx), sending the same request
 * again reuses the key, so the server replays its first answer instead of acting twice; once the server has
 * answered (done or refused with a 4xx), or the request is a different one, the next send is a new action.
 */
export function useIdempotentSend() {
  const unanswered = useRef<{ request: string; key: string } | null>(null)
  return async function send<Data>(
    request: unknown,
    call: (idempotencyKey: string) => Promise<Data>,
  ): Promise<Data> {
    const requestText = JSON.stringify(request)
    const attempt =
      unanswered.current?.request === requestText
        ? unanswered.current
        : { request: requestText, key: newIdempotencyKey() }
    unanswered.current = attempt
    try {
      const data = await call(attempt.key)
      unanswered.current = null
      return data
    } catch (error) {
      if (isApiError(error) && error.status >= 400 && error.status < 500) unanswered.current = null
      throw error
    }
  }
}
