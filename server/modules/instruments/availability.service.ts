// What the caller can book on an instrument, before they click: each half hour of a window of at most 14 days,
// answered by the rules every booking request is held to (instrument_booking_refusal(), which
// instrument_booking_place() refuses by), for a booking of the length the calendar proposes.
import type { Database } from '../../db/client'
import { authorize, type Principal } from '../../platform/authorization'
import { AppError, assert, orRefuse } from '../../platform/errors'
import * as availabilityRepository from './availability.repository'
import { instrumentPolicies as policies } from './instruments.policies'
import type { AvailabilityReason } from './instruments.reference'
import * as repository from './instruments.repository'
import type { AvailabilityQueryInput } from './instruments.schemas'

export const availabilityDaysMax = 14
export const availabilityStepMinutes = 30
const minuteMs = 60_000
const dayMs = 24 * 60 * minuteMs

/** The refusal codes of a booking request, as the reasons the calendar shows; none other can answer a slot. */
const reasonOfCode: Record<string, AvailabilityReason> = {
  INSTRUMENT_UNAVAILABLE: 'closed',
  BOOKING_IN_PAST: 'lead_time',
  BOOKING_LEAD_TIME: 'lead_time',
  BOOKING_DURATION_OUT_OF_RANGE: 'duration',
  BOOKING_OUTSIDE_OPENING_HOURS: 'outside_hours',
  BOOKER_BLACKLISTED: 'blacklisted',
  BOOKING_QUOTA_EXCEEDED: 'quota',
  BOOKING_SLOT_TAKEN: 'taken',
}

export interface AvailabilityInterval {
  /** the first start of the run… */
  startsAt: Date
  /** …and the end of its last step: a booking may start at any half hour in [startsAt, endsAt) */
  endsAt: Date
  bookable: boolean
  reason: AvailabilityReason | null
  /** the refusal code a booking request starting here would get */
  code: string | null
}

/** The length the calendar proposes: an hour, or the instrument's shortest booking when longer, within its longest. */
export function proposedMinutes(rules: { minDurationMinutes: number; maxDurationMinutes: number }): number {
  return Math.min(rules.maxDurationMinutes, Math.max(rules.minDurationMinutes, 60))
}

function parseAvailabilityWindow(query: AvailabilityQueryInput): { from: Date; slotCount: number } {
  const from = new Date(query.from)
  const spanMs = new Date(query.to).getTime() - from.getTime()
  if (!(spanMs > 0) || spanMs > availabilityDaysMax * dayMs) {
    throw new AppError('BOOKING_TIME_INVALID', {
      from: query.from,
      to: query.to,
      daysMax: availabilityDaysMax,
    })
  }
  return { from, slotCount: Math.ceil(spanMs / (availabilityStepMinutes * minuteMs)) }
}

/** Consecutive slot starts with the same answer, as one interval. */
function intervalsOf(
  from: Date,
  answers: readonly availabilityRepository.SlotAnswer[],
): AvailabilityInterval[] {
  const stepMs = availabilityStepMinutes * minuteMs
  const intervals: AvailabilityInterval[] = []
  for (const answer of answers) {
    const code = answer.refusal?.code ?? null
    const startsAt = new Date(from.getTime() + answer.position * stepMs)
    const endsAt = new Date(startsAt.getTime() + stepMs)
    const last = intervals.at(-1)
    if (last !== undefined && last.code === code && last.endsAt.getTime() === startsAt.getTime()) {
      last.endsAt = endsAt
      continue
    }
    const reason = code === null ? null : reasonOfCode[code]
    assert(reason !== undefined, `no availability reason for ${code ?? ''}`)
    intervals.push({ startsAt, endsAt, bookable: code === null, reason, code })
  }
  return intervals
}

/** For a firm or provider user: their blacklist state and their organisation's quota count. */
async function availability(
  db: Database,
  principal: Principal | null,
  id: string,
  query: AvailabilityQueryInput,
  now = new Date(),
) {
  const actor = authorize(principal, policies.book, { organisationId: principal?.organisationId ?? null })
  assert(actor.organisationId !== null, 'a booker belongs to an organisation')
  const instrument = orRefuse(await repository.findInstrument(db, id), 'INSTRUMENT_NOT_FOUND', {
    instrumentId: id,
  })
  const { from, slotCount } = parseAvailabilityWindow(query)
  const minutes = query.minutes ?? proposedMinutes(instrument)
  const answers = await availabilityRepository.slotRefusals(db, {
    instrumentId: instrument.id,
    bookerUserId: actor.userId,
    bookerOrganisationId: actor.organisationId,
    from,
    slotCount,
    stepMinutes: availabilityStepMinutes,
    minutes,
    now,
  })
  const intervals = intervalsOf(from, answers)
  return {
    instrumentId: instrument.id,
    from,
    to: new Date(from.getTime() + slotCount * availabilityStepMinutes * minuteMs),
    minutes,
    stepMinutes: availabilityStepMinutes,
    firstBookableAt: intervals.find((interval) => interval.bookable)?.startsAt ?? null,
    intervals,
  }
}

export function createAvailabilityService(db: Database) {
  return { availability: availability.bind(null, db) }
}

export type AvailabilityService = ReturnType<typeof createAvailabilityService>
