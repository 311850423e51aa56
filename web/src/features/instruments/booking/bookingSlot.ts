// The booking form's values turned into what the API takes: a day and two Shanghai times become two instants
// (an end at or before the start is on the next day), weekly repeats, and the rules a slot visibly breaks.
import type { CreateBookingBody, Instrument, RecurrenceMode } from '../common/instrument.types'
import { addDays, instantOf, minutesOfTime } from '../common/shanghaiTime'

const hourMs = 60 * 60_000
const weekMs = 7 * 24 * hourMs
export const repeatWeeksMin = 2
export const repeatWeeksMax = 26

export interface BookingFormValues {
  day?: string
  startTime?: string
  endTime?: string
  purpose?: string
  sampleCount?: number | null
  repeat?: boolean
  weeks?: number | null
  mode?: RecurrenceMode
  voucherId?: string | null
}

export interface Slot {
  startsAt: string
  endsAt: string
  minutes: number
  /** the end is on the day after the start */
  overnight: boolean
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/

export function slotOf(values: BookingFormValues): Slot | null {
  const { day } = values
  const start = minutesOfTime(values.startTime)
  const end = minutesOfTime(values.endTime)
  if (day === undefined || !dayPattern.test(day) || start === null || end === null) return null
  if (values.startTime === undefined || values.endTime === undefined) return null
  const overnight = end <= start
  return {
    startsAt: instantOf(day, values.startTime),
    endsAt: instantOf(overnight ? addDays(day, 1) : day, values.endTime),
    minutes: overnight ? 24 * 60 - start + end : end - start,
    overnight,
  }
}

export function repeatWeeksOf(values: BookingFormValues): number {
  return values.repeat === true && typeof values.weeks === 'number' ? values.weeks : 1
}

/** The instants of each weekly occurrence, the first one included. */
export function occurrencesOf(slot: Slot, weeks: number): { startsAt: string; endsAt: string }[] {
  return Array.from({ length: weeks }, (_, week) => ({
    startsAt: new Date(Date.parse(slot.startsAt) + week * weekMs).toISOString(),
    endsAt: new Date(Date.parse(slot.endsAt) + week * weekMs).toISOString(),
  }))
}

export type SlotProblem = 'past' | 'leadTime' | 'tooShort' | 'tooLong'

/** What the instrument's rules would refuse, said before the server does. */
export function slotProblemsOf(instrument: Instrument, slot: Slot, nowMs: number): SlotProblem[] {
  const startsMs = Date.parse(slot.startsAt)
  const problems: SlotProblem[] = []
  if (startsMs <= nowMs) problems.push('past')
  else if (startsMs < nowMs + instrument.rules.leadTimeHours * hourMs) problems.push('leadTime')
  if (slot.minutes < instrument.rules.minDurationMinutes) problems.push('tooShort')
  if (slot.minutes > instrument.rules.maxDurationMinutes) problems.push('tooLong')
  return problems
}

export function bookingBodyOf(
  instrument: Instrument,
  values: BookingFormValues,
  slot: Slot,
): CreateBookingBody {
  const weeks = repeatWeeksOf(values)
  const samples = instrument.priceUnit === 'per_sample' ? values.sampleCount : null
  return {
    instrumentId: instrument.id,
    startsAt: slot.startsAt,
    endsAt: slot.endsAt,
    purpose: (values.purpose ?? '').trim(),
    ...(typeof samples === 'number' ? { sampleCount: samples } : {}),
    ...(typeof values.voucherId === 'string' ? { voucher: { voucherId: values.voucherId } } : {}),
    ...(weeks > 1 ? { recurrence: { weeks, mode: values.mode ?? 'skip_conflicts' } } : {}),
  }
}
