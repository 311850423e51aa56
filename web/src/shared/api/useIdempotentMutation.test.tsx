import { act, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { renderHookAt } from '../../testing/render'
import { ApiError, networkErrorCode } from './errors'
import { useIdempotentMutation } from './useIdempotentMutation'

/** A server that answers each send with the next of `answers` and records the key it came with. */
function scriptedServer(answers: ('ok' | ApiError)[]) {
  const keys: string[] = []
  const send = async (variables: { id: string; reason?: string }, key: string) => {
    keys.push(key)
    const answer = answers.shift() ?? 'ok'
    if (answer !== 'ok') throw answer
    return { id: variables.id, status: 'rejected' }
  }
  return { keys, send }
}

const lostAnswer = () => new ApiError(0, networkErrorCode, 'Failed to fetch')
const serverFault = () => new ApiError(503, 'SERVER_BUSY', '服务繁忙')
const refusal = () => new ApiError(409, 'CLAIM_NOT_SUBMITTED', '该申领已处理')

async function sendOnce<Variables>(
  mutation: { mutateAsync: (variables: Variables) => Promise<unknown> },
  variables: Variables,
) {
  await act(async () => {
    await mutation.mutateAsync(variables).catch(() => undefined)
  })
}

describe('useIdempotentMutation', () => {
  it('sends a retry of the same intent with the same key after a lost answer or a 5xx', async () => {
    const server = scriptedServer([lostAnswer(), serverFault(), 'ok'])
    const view = renderHookAt(() => useIdempotentMutation(server.send))
    const intent = { id: 'vcl_1', reason: '重复申领' }
    await sendOnce(view.result.current, intent)
    await sendOnce(view.result.current, { ...intent })
    await sendOnce(view.result.current, intent)
    expect(server.keys).toHaveLength(3)
    expect(new Set(server.keys).size).toBe(1)
    expect(server.keys[0]).toMatch(/^web-[0-9a-f]{32}$/)
  })

  it('takes a new key for the next intent once the server has answered, done or refused', async () => {
    const server = scriptedServer(['ok', refusal(), 'ok'])
    const view = renderHookAt(() => useIdempotentMutation(server.send))
    const intent = { id: 'vcl_1', reason: '重复申领' }
    await sendOnce(view.result.current, intent)
    await sendOnce(view.result.current, intent)
    await sendOnce(view.result.current, intent)
    expect(new Set(server.keys).size).toBe(3)
  })

  it('takes a new key when other variables are sent, even after a lost answer', async () => {
    const server = scriptedServer([lostAnswer(), 'ok'])
    const view = renderHookAt(() => useIdempotentMutation(server.send))
    await sendOnce(view.result.current, { id: 'vcl_1', reason: '重复申领' })
    await sendOnce(view.result.current, { id: 'vcl_1', reason: '用途不符' })
    expect(server.keys).toHaveLength(2)
    expect(server.keys[0]).not.toBe(server.keys[1])
  })

  it('refetches the queries it invalidates once it is done, and only then', async () => {
    const server = scriptedServer([refusal(), 'ok'])
    const view = renderHookAt(() =>
      useIdempotentMutation(server.send, {
        invalidates: [{ queryKey: ['vouchers'] }, { queryKey: ['instruments'] }],
      }),
    )
    const stale = () =>
      ['vouchers', 'instruments', 'finance'].map(
        (area) => view.queryClient.getQueryState([area, 'list'])?.isInvalidated,
      )
    for (const area of ['vouchers', 'instruments', 'finance'])
      view.queryClient.setQueryData([area, 'list'], [])
    await sendOnce(view.result.current, { id: 'bkg_1' })
    expect(stale()).toEqual([false, false, false])
    await sendOnce(view.result.current, { id: 'bkg_1' })
    await waitFor(() => expect(stale()).toEqual([true, true, false]))
  })
})
