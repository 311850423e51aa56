// SQL of the one-stop services' figures: cases by window × competent city, the share decided on time, ratings by
// item, department and city, and the overdue list. Each figure is one statement over the cases of a period.
import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'

export interface Period {
  /** Shanghai days, both included */
  from: string
  to: string
}

const inPeriod = (period: Period) =>
  sql`c.submitted_at >= (${period.from}::date::timestamp AT TIME ZONE 'Asia/Shanghai')
      AND c.submitted_at < ((${period.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai')`

export function casesByCityPair(db: Database, period: Period) {
  return queryRows<{ window_city_code: string; competent_city_code: string; cases: number | string }>(
    db,
    sql`SELECT c.window_city_code, c.competent_city_code, count(*) AS cases
          FROM service_cases c WHERE ${inPeriod(period)}
         GROUP BY 1, 2 ORDER BY 1, 2`,
  )
}

/** Per competent city: cases decided with a clock, and how many of them by their due day (Shanghai days). */
export function onTimeByCity(db: Database, period: Period) {
  return queryRows<{ city_code: string; decided: number | string; on_time: number | string }>(
    db,
    sql`SELECT c.competent_city_code AS city_code, count(*) AS decided,
               count(*) FILTER (WHERE (c.decided_at AT TIME ZONE 'Asia/Shanghai')::date <= c.due_on) AS on_time
          FROM service_cases c
         WHERE ${inPeriod(period)} AND c.status IN ('approved', 'refused') AND c.due_on IS NOT NULL
         GROUP BY 1 ORDER BY 1`,
  )
}

/** Ratings grouped by what `key` names: the item, the department or the competent city. */
export function ratingsBy(db: Database, period: Period, key: 'item' | 'department' | 'city', limit: number) {
  const column =
    key === 'item'
      ? sql`c.item_code`
      : key === 'department'
        ? sql`c.department_code`
        : sql`c.competent_city_code`
  return queryRows<{
    key: string
    name_zh: string | null
    name_en: string | null
    ratings: number | string
    average: number | string
  }>(
    db,
    sql`SELECT ${column} AS key, min(c.item_name_zh) FILTER (WHERE ${key === 'item'}) AS name_zh,
               min(c.item_name_en) FILTER (WHERE ${key === 'item'}) AS name_en,
               count(*) AS ratings, round(avg(c.rating), 2) AS average
          FROM service_cases c WHERE ${inPeriod(period)} AND c.rating IS NOT NULL
         GROUP BY 1 ORDER BY ratings DESC, key LIMIT ${limit}`,
  )
}

/** Running clocks past their due day, the longest overdue first; a city officer sees those its city decides. */
export function overdueCases(db: Database, today: string, cityCode: string | null, limit: number) {
  return queryRows<{
    id: string
    number: string
    item_name_zh: string
    item_name_en: string
    window_city_code: string
    competent_city_code: string
    due_on: string
    escalated_at: Date | string | null
  }>(
    db,
    sql`SELECT c.id, c.number, c.item_name_zh, c.item_name_en, c.window_city_code, c.competent_city_code,
               c.due_on::text AS due_on, c.escalated_at
          FROM service_cases c
         WHERE c.clock_state = 'running' AND c.due_on < ${today}::date
           ${cityCode === null ? sql`` : sql`AND c.competent_city_code = ${cityCode}`}
         ORDER BY c.due_on, c.id LIMIT ${limit}`,
  )
}
