// A case's timeline in words (pure): each move and event with its title key, its colour, and what its details say.
import type { TimelineEntry } from '../common/services.types'

const textOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)
const numberOf = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined)

/** The colour of an entry's dot: green for a grant, red for a refusal or an overdue case, orange while waiting. */
export function colourOf(
  entry: Pick<TimelineEntry, 'kind' | 'action'>,
): 'green' | 'red' | 'orange' | 'blue' | 'gray' {
  if (entry.kind === 'move') {
    if (entry.action === 'approve' || entry.action === 'approve_with_conditions') return 'green'
    if (entry.action === 'refuse' || entry.action === 'not_accept') return 'red'
    if (entry.action === 'request_materials' || entry.action === 'pause_for_materials') return 'orange'
    if (entry.action === 'withdraw') return 'gray'
    return 'blue'
  }
  if (entry.kind === 'escalated') return 'red'
  if (entry.kind === 'due_soon_warned' || entry.kind === 'clock_paused') return 'orange'
  return 'gray'
}

/** What an entry's details hold that people read: days, counts and the reason a due day moved. */
export function detailsOf(entry: Pick<TimelineEntry, 'details'>) {
  const { details } = entry
  const reason = details.reason
  const materials = details.materials
  return {
    dueOn: textOf(details.dueOn),
    from: textOf(details.from),
    to: textOf(details.to),
    pausedOn: textOf(details.pausedOn),
    workingDays: numberOf(details.workingDays),
    workingDaysLeft: numberOf(details.workingDaysLeft),
    materialCount: Array.isArray(materials) ? materials.length : undefined,
    reason:
      typeof reason === 'object' && reason !== null && 'zh' in reason && 'en' in reason
        ? { zh: textOf(reason.zh) ?? '', en: textOf(reason.en) ?? '' }
        : undefined,
  }
}

/** The note of the office's last request for materials (the window's, or the deciding office's pause). */
export function lastRequestOf(timeline: readonly TimelineEntry[]): string | null {
  const request = [...timeline]
    .reverse()
    .find(
      (entry) =>
        entry.kind === 'move' &&
        (entry.action === 'request_materials' || entry.action === 'pause_for_materials'),
    )
  return request?.note ?? null
}
