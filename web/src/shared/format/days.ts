// Calendar days as the platform counts them: Asia/Shanghai (UTC+8 all year, no daylight saving), YYYY-MM-DD.

const shanghaiOffsetMs = 8 * 60 * 60 * 1000

/** Today's date in Shanghai. */
export function shanghaiToday(nowMs: number = Date.now()): string {
  return new Date(nowMs + shanghaiOffsetMs).toISOString().slice(0, 10)
}

/** The first day of today's month, or of its year, in Shanghai. */
export function shanghaiStartOf(unit: 'month' | 'year', nowMs: number = Date.now()): string {
  const today = shanghaiToday(nowMs)
  return unit === 'month' ? `${today.slice(0, 7)}-01` : `${today.slice(0, 4)}-01-01`
}

const dayPattern = /^\d{4}-\d{2}-\d{2}$/

/** A well-formed calendar date (the form fields are native date inputs, so this guards against typed text). */
export function isDay(text: string | undefined): text is string {
  return text !== undefined && dayPattern.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`))
}

/** A period of days, both included. */
export interface Period {
  periodStart: string
  periodEnd: string
}

/** The period `from`–`to` asks for: from the start of this year, to today, where either is not a day. */
export function periodOf(
  from: string | undefined,
  to: string | undefined,
  nowMs: number = Date.now(),
): Period {
  return {
    periodStart: isDay(from) ? from : shanghaiStartOf('year', nowMs),
    periodEnd: isDay(to) ? to : shanghaiToday(nowMs),
  }
}
