// SQL of the sharing statistics: completed bookings of a period grouped by instrument, owner or city, the hours
// between cities, and the corridor's grade levels.
import { asc, sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'
import { instrumentGradeLevels } from './instruments.tables'

export type StatisticsRow = Record<string, string | number | null>

/** Completed bookings that started in [fromAt, toAt), of one city and one owner when given. */
export interface StatisticsScope {
  fromAt: string
  toAt: string
  cityCode: string | undefined
  providerId: string | undefined
}

const groupKeys = {
  instrument: { id: sql`i.id`, name: sql`i.name_zh`, nameEn: sql`i.name_en`, city: sql`i.city_code` },
  owner: { id: sql`p.id`, name: sql`p.name_zh`, nameEn: sql`p.name_en`, city: sql`p.city_code` },
  city: { id: sql`c.code`, name: sql`c.name_zh`, nameEn: sql`c.name_en`, city: sql`c.code` },
}

function scopeCondition(scope: StatisticsScope) {
  return sql`b.status = 'completed' AND b.starts_at >= ${scope.fromAt}::timestamptz AND b.starts_at < ${scope.toAt}::timestamptz
      ${scope.cityCode !== undefined ? sql`AND b.city_code = ${scope.cityCode}` : sql``}
      ${scope.providerId !== undefined ? sql`AND b.provider_id = ${scope.providerId}` : sql``}`
}

/** One row per instrument, owner or city, the most used first, named in both languages: one statement. */
export function statisticsRows(
  db: Database,
  scope: StatisticsScope,
  groupBy: keyof typeof groupKeys,
  limit: number,
) {
  const key = groupKeys[groupBy]
  return queryRows<StatisticsRow>(
    db,
    sql`SELECT ${key.id} AS key, ${key.name} AS name_zh, ${key.nameEn} AS name_en, ${key.city} AS city_code,
               count(*) AS bookings,
               sum(b.used_minutes) AS effective_minutes,
               coalesce(sum(b.used_minutes) FILTER (WHERE b.user_class = 'external'), 0) AS external_minutes,
               coalesce(sum(b.used_minutes) FILTER (WHERE b.booker_city_code <> b.city_code), 0) AS cross_city_minutes,
               sum(b.amount_fen) AS income_fen, avg(b.rating) AS average_rating
          FROM instrument_bookings b
          JOIN instruments i ON i.id = b.instrument_id
          JOIN registry_provider_standing p ON p.id = b.provider_id
          JOIN registry_city_names c ON c.code = b.city_code
         WHERE ${scopeCondition(scope)}
         GROUP BY 1, 2, 3, 4
         ORDER BY effective_minutes DESC, key
         LIMIT ${limit}`,
  )
}

/** The minutes used per owner city and user city: one statement. */
export function minutesByCityPair(db: Database, scope: StatisticsScope) {
  return queryRows<StatisticsRow>(
    db,
    sql`SELECT b.city_code AS owner_city_code, b.booker_city_code AS user_city_code, sum(b.used_minutes) AS minutes
          FROM instrument_bookings b WHERE ${scopeCondition(scope)}
         GROUP BY 1, 2 ORDER BY 1, 2`,
  )
}

export function gradeLevels(db: Database) {
  return db.select().from(instrumentGradeLevels).orderBy(asc(instrumentGradeLevels.grade))
}

export async function replaceGradeLevels(
  db: Database,
  levels: readonly (typeof instrumentGradeLevels.$inferInsert)[],
): Promise<void> {
  for (const level of levels) {
    await db
      .insert(instrumentGradeLevels)
      .values(level)
      .onConflictDoUpdate({
        target: instrumentGradeLevels.grade,
        set: {
          minEffectiveHours: level.minEffectiveHours,
          minSharingRatePercent: level.minSharingRatePercent,
          minRatingTenths: level.minRatingTenths,
        },
      })
  }
}
