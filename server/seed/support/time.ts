// Time in the generated corridor: people act on working days, 09:00–17:30 in Shanghai (UTC+8 all year).

export const minuteMs = 60_000
export const hourMs = 60 * minuteMs
export const dayMs = 24 * hourMs
export const shanghaiOffsetMs = 8 * hourMs

/** Day numbers count from 1 January 1970, a Thursday: (day + 4) % 7 is 0 on Sundays and 6 on Saturdays. */
export function weekdayOfDayNumber(day: number): number {
  return (day + 4) % 7
}

/** The same moment if it falls in working hours, else the start of the next working period (plus a few minutes
 * that depend on the moment, so that events do not all land at 09:00). Never earlier than the moment given. */
export function workingMoment(ms: number): number {
  const local = ms + shanghaiOffsetMs
  let day = Math.floor(local / dayMs)
  let minute = Math.floor((local - day * dayMs) / minuteMs)
  const jitter = Math.floor(ms / minuteMs) % 97
  if (minute >= 17 * 60 + 30) {
    day += 1
    minute = 9 * 60 + jitter
  } else if (minute < 9 * 60) {
    minute = 9 * 60 + jitter
  }
  const weekday = weekdayOfDayNumber(day)
  if (weekday === 6 || weekday === 0) {
    day += weekday === 6 ? 2 : 1
    minute = 9 * 60 + jitter
  }
  return Math.max(ms, day * dayMs + minute * minuteMs + (ms % minuteMs) - shanghaiOffsetMs)
}

/** Midnight starting a Shanghai calendar day, as an instant (a month or day past its end rolls over, as in
 * Date.UTC). */
export function shanghaiMidnight(year: number, monthIndex: number, day: number): number {
  return Date.UTC(year, monthIndex, day) - shanghaiOffsetMs
}
