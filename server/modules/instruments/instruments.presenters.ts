// The shapes the API answers with: money in fen, times in ISO 8601 UTC, enumerations narrowed to their values.
import { assert } from '../../platform/errors'
import { iso, isoOrNull, narrow } from '../../platform/stored'
import type { AvailabilityService } from './availability.service'
import type { BookingRow, ListedBookingRow } from './bookings.repository'
import type { NamedViolationRow } from './violations.repository'
import {
  bookingStatuses,
  instrumentCategories,
  instrumentPriceUnits,
  instrumentStatuses,
  userClasses,
  valueTierOf,
  violationKinds,
} from './instruments.reference'
import { openingHoursOf } from './opening-hours'
import type { InstrumentRow, ListedInstrumentRow } from './instruments.repository'

export function presentInstrument(row: InstrumentRow) {
  const valueTier = valueTierOf(row.originalValueFen)
  assert(valueTier !== null, `instrument ${row.id} is below the catalogue's value floor`)
  return {
    id: row.id,
    providerId: row.providerId,
    cityCode: row.cityCode,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    model: row.model,
    maker: row.maker,
    category: narrow(instrumentCategories, row.category),
    originalValueFen: row.originalValueFen,
    valueTier,
    locationZh: row.locationZh,
    specificationsZh: row.specificationsZh,
    specificationsEn: row.specificationsEn,
    servicesZh: row.servicesZh,
    priceUnit: narrow(instrumentPriceUnits, row.priceUnit),
    internalPriceFen: row.internalPriceFen,
    externalPriceFen: row.externalPriceFen,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    status: narrow(instrumentStatuses, row.status),
    rules: {
      leadTimeHours: row.leadTimeHours,
      minDurationMinutes: row.minDurationMinutes,
      maxDurationMinutes: row.maxDurationMinutes,
      bufferMinutes: row.bufferMinutes,
      requiresApproval: row.requiresApproval,
      cancellationNoticeHours: row.cancellationNoticeHours,
      monthlyQuotaHours: row.monthlyQuotaHours,
    },
    openingHours: openingHoursOf(row),
    isSynthetic: row.isSynthetic,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  }
}

/** An instrument of the catalogue's list, with its owner named. */
export function presentListedInstrument(row: ListedInstrumentRow) {
  return {
    ...presentInstrument(row),
    provider: { id: row.providerId, nameZh: row.providerNameZh, nameEn: row.providerNameEn },
  }
}

export function presentBooking(row: BookingRow) {
  return {
    id: row.id,
    instrumentId: row.instrumentId,
    providerId: row.providerId,
    cityCode: row.cityCode,
    bookerUserId: row.bookerUserId,
    bookerOrganisationId: row.bookerOrganisationId,
    bookerCityCode: row.bookerCityCode,
    userClass: narrow(userClasses, row.userClass),
    startsAt: iso(row.startsAt),
    endsAt: iso(row.endsAt),
    purpose: row.purpose,
    sampleCount: row.sampleCount,
    amountFen: row.amountFen,
    voucherOrderId: row.voucherOrderId,
    voucherShareFen: row.voucherShareFen,
    status: narrow(bookingStatuses, row.status),
    recurrenceId: row.recurrenceId,
    decisionReason: row.decisionReason,
    checkedInAt: isoOrNull(row.checkedInAt),
    usedMinutes: row.usedMinutes,
    rating: row.rating,
    ratingComment: row.ratingComment,
    cancelledAt: isoOrNull(row.cancelledAt),
    cancelReason: row.cancelReason,
    isSynthetic: row.isSynthetic,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  }
}

/** A booking of a list, with its instrument, owner and booker's organisation named. */
export function presentListedBooking(row: ListedBookingRow) {
  return {
    ...presentBooking(row),
    instrument: { id: row.instrumentId, nameZh: row.instrumentNameZh, nameEn: row.instrumentNameEn },
    provider: { id: row.providerId, nameZh: row.providerNameZh, nameEn: row.providerNameEn },
    bookerOrganisation: {
      id: row.bookerOrganisationId,
      nameZh: row.bookerOrganisationNameZh,
      nameEn: row.bookerOrganisationNameEn,
    },
  }
}

export function presentViolation(row: NamedViolationRow) {
  return {
    id: row.id,
    bookingId: row.bookingId,
    instrumentId: row.instrumentId,
    providerId: row.providerId,
    kind: narrow(violationKinds, row.kind),
    occurredAt: iso(row.occurredAt),
    instrument: { id: row.instrumentId, nameZh: row.instrumentNameZh, nameEn: row.instrumentNameEn },
    provider: { id: row.providerId, nameZh: row.providerNameZh, nameEn: row.providerNameEn },
  }
}

export function presentCalendar(calendar: {
  instrumentId: string
  from: Date
  to: Date
  slots: { startsAt: Date; endsAt: Date; heldUntil: Date; status: string; bookingId: string | null }[]
}) {
  return {
    instrumentId: calendar.instrumentId,
    from: iso(calendar.from),
    to: iso(calendar.to),
    slots: calendar.slots.map((slot) => ({
      startsAt: iso(slot.startsAt),
      endsAt: iso(slot.endsAt),
      heldUntil: iso(slot.heldUntil),
      status: narrow(bookingStatuses, slot.status),
      bookingId: slot.bookingId,
    })),
  }
}

type AvailabilityAnswer = Awaited<ReturnType<AvailabilityService['availability']>>

export function presentAvailability(availability: AvailabilityAnswer) {
  return {
    ...availability,
    from: iso(availability.from),
    to: iso(availability.to),
    firstBookableAt: isoOrNull(availability.firstBookableAt),
    intervals: availability.intervals.map((interval) => ({
      ...interval,
      startsAt: iso(interval.startsAt),
      endsAt: iso(interval.endsAt),
    })),
  }
}
