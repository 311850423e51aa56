// The week calendar's geometry, all pure (a week is seven days from any first day): held slots cut into
// per-day blocks (a slot can cross midnight, and the buffer after it is held too), the slot being chosen in
// the booking form likewise, and the hours the grid shows (08:00–20:00 unless a block lies outside them).
import type { AvailabilityInterval, AvailabilityReason, CalendarSlot } from '../common/instrument.types'
import { addDays, instantOf, minutesPerDay } from '../common/shanghaiTime'

export const daysPerWeek = 7
const defaultFirstHour = 8
const defaultLastHour = 20

export interface DayBlock extends DaySpan {
  /** the booked time, or the buffer kept free after it */
  kind: 'booked' | 'buffer'
  slot: CalendarSlot
}

export function weekDays(firstDay: string): string[] {
  return Array.from({ length: daysPerWeek }, (_, index) => addDays(firstDay, index))
}

/**
 * The window the calendar asks the server for: the first day's 00:00 to 00:00 a week later, Shanghai time.
 */
export function weekWindow(firstDay: string): { from: string; to: string } {
  return { from: instantOf(firstDay, '00:00'), to: instantOf(addDays(firstDay, daysPerWeek), '00:00') }
}

export interface DaySpan {
  day: string
  /** minutes after the day's midnight, Shanghai time */
  startMinutes: number
  endMinutes: number
}

/** The parts of [from, to) that fall on each of the days. */
function spansOn(fromMs: number, toMs: number, days: string[]): DaySpan[] {
  return days.flatMap((day) => {
    const dayStartMs = Date.parse(instantOf(day, '00:00'))
    const startMs = Math.max(fromMs, dayStartMs)
    const endMs = Math.min(toMs, dayStartMs + minutesPerDay * 60_000)
    if (endMs <= startMs) return []
    return [
      {
        day,
        startMinutes: Math.round((startMs - dayStartMs) / 60_000),
        endMinutes: Math.round((endMs - dayStartMs) / 60_000),
      },
    ]
  })
}

function cut(fromMs: number, toMs: number, kind: DayBlock['kind'], slot: CalendarSlot, days: string[]) {
  return spansOn(fromMs, toMs, days).map((span): DayBlock => ({ ...span, kind, slot }))
}

/** A slot being chosen (not yet booked), cut into the days of the week shown. */
export function spansOfWeek(startsAt: string, endsAt: string, firstDay: string): DaySpan[] {
  return spansOn(Date.parse(startsAt), Date.parse(endsAt), weekDays(firstDay))
}

export function blocksOfWeek(slots: readonly CalendarSlot[], firstDay: string): DayBlock[] {
  const days = weekDays(firstDay)
  return slots.flatMap((slot) => {
    const startsMs = Date.parse(slot.startsAt)
    const endsMs = Date.parse(slot.endsAt)
    const heldMs = Date.parse(slot.heldUntil)
    return [...cut(startsMs, endsMs, 'booked', slot, days), ...cut(endsMs, heldMs, 'buffer', slot, days)]
  })
}

/** Whole hours from the earliest block's start (or 08:00) to the latest block's end (or 20:00). */
export function visibleHours(blocks: readonly DaySpan[]): { firstHour: number; lastHour: number } {
  const firstHour = Math.min(defaultFirstHour, ...blocks.map((block) => Math.floor(block.startMinutes / 60)))
  const lastHour = Math.max(defaultLastHour, ...blocks.map((block) => Math.ceil(block.endMinutes / 60)))
  return { firstHour, lastHour }
}

export interface UnavailableSpan extends DaySpan {
  reason: AvailabilityReason
}

/**
 * The stretches no booking may start in, cut into the days of the week shown: each refused interval of the
 * availability, from its first start to the end of its last half hour.
 */
export function unavailableOfWeek(
  intervals: readonly AvailabilityInterval[],
  firstDay: string,
): UnavailableSpan[] {
  const days = weekDays(firstDay)
  return intervals.flatMap((interval) => {
    const reason = interval.reason
    if (interval.bookable || reason === null) return []
    return spansOn(Date.parse(interval.startsAt), Date.parse(interval.endsAt), days).map((span) => ({
      ...span,
      reason,
    }))
  })
}

/** Whether a booking may start at an instant: only inside an interval the availability called bookable. */
export function isBookableStart(intervals: readonly AvailabilityInterval[], startsAt: string): boolean {
  const ms = Date.parse(startsAt)
  return intervals.some(
    (interval) =>
      interval.bookable && Date.parse(interval.startsAt) <= ms && ms < Date.parse(interval.endsAt),
  )
}
