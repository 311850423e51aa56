// Replacing a year of the working-day calendar (the corridor office). The server moves the due days of the running
// one-stop cases over the days whose status changed, so the services' queries are refetched too.
import { api, unwrap } from '../../../shared/api/client'
import { idempotencyHeader, useIdempotentMutation } from '../../../shared/api/useIdempotentMutation'
import { calendarQueryKey } from '../../../shared/reference/calendar.queries'
import { servicesQueryKey } from '../../services/common/services.queries'
import type { YearBody } from './calendarForm'

export function useReplaceYear() {
  return useIdempotentMutation(
    ({ year, body }: { year: number; body: YearBody }, key: string) =>
      unwrap(
        api.PUT('/api/calendar/days', {
          params: { query: { year } },
          body,
          headers: idempotencyHeader(key),
        }),
      ),
    { invalidates: [{ queryKey: calendarQueryKey }, { queryKey: servicesQueryKey }] },
  )
}
