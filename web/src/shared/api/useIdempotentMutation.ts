// One mutation hook for every change the console sends: each carries an Idempotency-Key, one key per user intent.
import { useMutation, useQueryClient, type QueryFilters } from '@tanstack/react-query'
import { useRef } from 'react'
import { inboxQueryKey } from '../inbox/inboxKeys'
import { newIdempotencyKey } from './client'
import { isApiError } from './errors'

export const idempotencyHeader = (idempotencyKey: string) => ({ 'Idempotency-Key': idempotencyKey })

interface Attempt {
  /** the intent: the variables sent, as JSON */
  intent: string
  key: string
}

/**
 * The key for one send of `variables`. When the answer is lost (no connection, a 5xx), sending the same variables
 * again is a retry of the same intent and reuses the key, so the server replays its first answer instead of acting
 * twice; once the server has answered (done, or refused with a 4xx), or other variables are sent, the next send is
 * a new intent with a new key.
 */
export function keyForAttempt(previous: Attempt | null, variables: unknown): Attempt {
  const intent = JSON.stringify(variables) ?? 'undefined'
  return previous?.intent === intent ? previous : { intent, key: newIdempotencyKey() }
}

/** Whether the server answered (the intent is settled): a success, or a refusal it will give again (4xx). */
export function isAnswered(error: unknown): boolean {
  return isApiError(error) && error.status >= 400 && error.status < 500
}

export interface IdempotentMutationOptions {
  /** the queries the change makes stale: refetched once it is done (those on screen at once) */
  invalidates?: QueryFilters | readonly QueryFilters[]
}

/** Any change may add a task or resolve one: the inbox (and its badge) is refreshed after every change. */
const inboxQueries: QueryFilters = { queryKey: inboxQueryKey }

/**
 * A mutation sent with an Idempotency-Key (see keyForAttempt), refreshing what it changes once it is done, and the
 * inbox.
 */
export function useIdempotentMutation<Variables, Data>(
  send: (variables: Variables, idempotencyKey: string) => Promise<Data>,
  { invalidates }: IdempotentMutationOptions = {},
) {
  const queryClient = useQueryClient()
  const unanswered = useRef<Attempt | null>(null)
  return useMutation({
    mutationFn: async (variables: Variables) => {
      const attempt = keyForAttempt(unanswered.current, variables)
      unanswered.current = attempt
      try {
        const data = await send(variables, attempt.key)
        unanswered.current = null
        return data
      } catch (error) {
        if (isAnswered(error)) unanswered.current = null
        throw error
      }
    },
    onSuccess: async () => {
      // not awaited: the caller's own onSuccess runs once what it changed is fresh, as before the inbox; waiting
      // for the inbox too let a row that the change moved out of its list unmount first, and lose its callback
      void queryClient.invalidateQueries(inboxQueries)
      if (invalidates === undefined) return
      const filters: readonly QueryFilters[] = Array.isArray(invalidates) ? invalidates : [invalidates]
      await Promise.all(filters.map((filter) => queryClient.invalidateQueries(filter)))
    },
  })
}
