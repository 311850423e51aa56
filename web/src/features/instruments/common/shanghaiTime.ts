// Times as the corridor reads them: Asia/Shanghai, UTC+8 all year (no daylight saving). A day is YYYY-MM-DD,
// a time of day HH:mm; instants go to the API as ISO 8601 with +08:00 and come back in UTC.
import type { Language } from '../../../shared/i18n/i18n'

const minuteMs = 60_000
const dayMs = 24 * 60 * minuteMs
const shanghaiOffsetMs = 8 * 60 * minuteMs
export const minutesPerDay = 24 * 60

const timePattern = /^([01]\d|2[0-3]):([0-5]\d)$/
const localPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/

/** The instant of a Shanghai day and time of day, as the API wants it: 2026-12-01T09:00:00+08:00. */
export function instantOf(day: string, time: string): string {
  return `${day}T${time}:00+08:00`
}

/**
 * The instant of a datetime-local value (2026-12-01T09:00) read as Shanghai time, or null when it is not one.
 */
export function instantOfLocal(value: string | undefined): string | null {
  const match = value === undefined ? null : localPattern.exec(value)
  if (match === null || match[1] === undefined || match[2] === undefined) return null
  return Number.isNaN(Date.parse(instantOf(match[1], match[2]))) ? null : instantOf(match[1], match[2])
}

/** Minutes after midnight of HH:mm, or null when the text is not a time. */
export function minutesOfTime(time: string | undefined): number | null {
  const match = time === undefined ? null : timePattern.exec(time)
  if (match === null) return null
  return Number(match[1]) * 60 + Number(match[2])
}

/** HH:mm of minutes after midnight (0–1439). */
export function timeOfMinutes(minutes: number): string {
  const bounded = ((minutes % minutesPerDay) + minutesPerDay) % minutesPerDay
  return `${String(Math.floor(bounded / 60)).padStart(2, '0')}:${String(bounded % 60).padStart(2, '0')}`
}

/** The Shanghai day and minutes after its midnight of an instant. */
export function shanghaiPartsOf(instant: string | number): { day: string; minutes: number } {
  const shifted = new Date((typeof instant === 'number' ? instant : Date.parse(instant)) + shanghaiOffsetMs)
  return {
    day: shifted.toISOString().slice(0, 10),
    minutes: shifted.getUTCHours() * 60 + shifted.getUTCMinutes(),
  }
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10)
}

/** A day as a short label: 周二 12/1, Tue 12/1. */
export function formatDayLabel(day: string, language: Language): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    month: 'numeric',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`))
}

/** A booked span in Shanghai time: 2026年12月1日 09:00–11:00 (the end's day is named when it differs). */
export function formatSpan(startsAt: string, endsAt: string, language: Language): string {
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' })
  const start = shanghaiPartsOf(startsAt)
  const end = shanghaiPartsOf(endsAt)
  const startText = `${date.format(new Date(startsAt))} ${timeOfMinutes(start.minutes)}`
  const endText =
    end.day === start.day
      ? timeOfMinutes(end.minutes)
      : `${date.format(new Date(endsAt))} ${timeOfMinutes(end.minutes)}`
  return `${startText}–${endText}`
}

/** Whole minutes between two instants. */
export function minutesBetween(startsAt: string, endsAt: string): number {
  return Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / minuteMs)
}
