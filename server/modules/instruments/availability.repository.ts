// SQL of the availability: for each half hour of a window, instrument_booking_refusal() — the function every
// booking request is refused by — asked whether the caller could book there.
import { sql } from 'drizzle-orm'
import { queryRows, type Database } from '../../db/client'

export interface SlotQuestion {
  instrumentId: string
  bookerUserId: string
  bookerOrganisationId: string
  from: Date
  /** how many slot starts, `stepMinutes` apart from `from` */
  slotCount: number
  stepMinutes: number
  /** the length of the booking asked about */
  minutes: number
  now: Date
}

export interface SlotAnswer {
  /** the slot's position from `from` */
  position: number
  /** null: bookable */
  refusal: { code: string; details: Record<string, unknown> } | null
}

/** One answer per slot start, in order; the instrument must exist. */
export async function slotRefusals(db: Database, question: SlotQuestion): Promise<SlotAnswer[]> {
  const rows = await queryRows<{ position: number | string; refusal: SlotAnswer['refusal'] | string | null }>(
    db,
    sql`SELECT s.position, instrument_booking_refusal(i, ${question.bookerUserId},
               ${question.bookerOrganisationId}, s.starts_at, s.starts_at + make_interval(mins => ${question.minutes}),
               1, ${question.now.toISOString()}::timestamptz) AS refusal
          FROM instruments i,
               LATERAL (SELECT k AS position,
                               ${question.from.toISOString()}::timestamptz
                                 + make_interval(mins => k * ${question.stepMinutes}) AS starts_at
                          FROM generate_series(0, ${question.slotCount - 1}) AS k) s
         WHERE i.id = ${question.instrumentId}
         ORDER BY s.position`,
  )
  return rows.map((row) => ({
    position: Number(row.position),
    refusal:
      typeof row.refusal === 'string' ? (JSON.parse(row.refusal) as SlotAnswer['refusal']) : row.refusal,
  }))
}
