import { useMutation } from '@tanstack/react-query'
import { useIdempotentSend } from '../../../shared/api/idempotency'
import { useRefreshFinance } from './refresh'

/**
 * A finance action: sent with an Idempotency-Key (the same request sent again after a lost answer reuses it), and
 * every finance query refreshed once it is done.
 */
export function useFinanceMutation<Variables, Data>(
  call: (variables: Variables, idempotencyKey: string) => Promise<Data>,
) {
  const send = useIdempotentSend()
  const refresh = useRefreshFinance()
  return useMutation({
    mutationFn: (variables: Variables) => send(variables, (key) => call(variables, key)),
    onSuccess: refresh,
  })
}

export const idempotencyHeaders = (key: string) => ({ 'Idempotency-Key': key })
