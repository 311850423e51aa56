// Provider admission (准入): the city moves a provider along self-evaluation → credit check → 7-day public notice →
// active, and may suspend or blacklist it with a reason.
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import type { AdmissionStatus } from '../../../shared/api/types'

export function useChangeAdmission() {
  return useIdempotentMutation(
    ({ id, status, reason }: { id: string; status: AdmissionStatus; reason?: string }, key: string) =>
      unwrap(
        api.POST('/api/providers/{id}/admission', {
          params: { path: { id } },
          body: reason === undefined ? { status } : { status, reason },
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: { queryKey: ['registry', 'providers'] } },
  )
}

/** The moves the platform allows from each status (the server's table in registry.policies.ts). */
export const admissionMoves: Record<AdmissionStatus, readonly AdmissionStatus[]> = {
  self_evaluation: ['credit_check', 'blacklisted'],
  credit_check: ['public_notice', 'self_evaluation', 'blacklisted'],
  public_notice: ['active', 'credit_check', 'blacklisted'],
  active: ['suspended', 'blacklisted'],
  suspended: ['active', 'blacklisted'],
  blacklisted: [],
}

export const publicNoticeDays = 7

/** The first day a provider on public notice may be made active (YYYY-MM-DD). */
export function noticeEndsOn(admissionUpdatedOn: string): string {
  const day = new Date(`${admissionUpdatedOn}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() + publicNoticeDays)
  return day.toISOString().slice(0, 10)
}
