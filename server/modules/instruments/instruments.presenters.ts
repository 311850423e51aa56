// The shapes the API answers with: money in fen, times in ISO 8601 UTC, enumerations narrowed to their values.
import { assert } from '../../platform/errors'
import { iso, isoOrNull, narrow } from '../../platform/stored'
import type { BookingRow } from './bookings.repository'
import type { ViolationRow } from './violations.repository'
import {
  bookingStatuses,
  instrumentCategories,
  instrumentPriceUnits,
  instrumentStatuses,
  userClasses,
  valueTierOf,
  violationKinds,
} from './instruments.reference'
import type { InstrumentRow } from './instruments.repository'

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
    isSynthetic: row.isSynthetic,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
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

export function presentViolation(row: ViolationRow) {
  return {
    id: row.id,
    bookingId: row.bookingId,
    instrumentId: row.instrumentId,
    providerId: row.providerId,
    kind: narrow(violationKinds, row.kind),
    occurredAt: iso(row.occurredAt),
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
