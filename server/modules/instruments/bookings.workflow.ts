// A booking's moves on the platform's workflow engine: the owner approves or rejects a request, checks the booker in
// and completes the session; the booker (before the cancellation notice) or the owner cancels; the booker rates a
// completed booking once; the platform marks an approved booking nobody checked in to as a no-show.
import { AppError, assert } from '../../platform/errors'
import { defineWorkflow, type Grant } from '../../platform/workflow'
import { lockBooking, type BookingRow } from './bookings.repository'
import { instrumentPolicies as policies } from './instruments.policies'
import { bookingStatuses } from './instruments.reference'
import * as instrumentsRepository from './instruments.repository'
import { isCheckInOpen, isWithinCancellationNotice } from './rules'

/** The instrument's owner (a provider of its city), or the corridor office. */
const owner: Grant<BookingRow> = {
  policy: policies.runBooking,
  scope: (booking) => ({ cityCode: booking.cityCode, organisationId: booking.providerId }),
}
/** The user who booked. */
const booker: Grant<BookingRow> = {
  policy: policies.actAsBooker,
  scope: (booking) => ({ userId: booking.bookerUserId }),
}

export const bookingWorkflow = defineWorkflow<(typeof bookingStatuses)[number], BookingRow>({
  recordType: 'instrument_booking',
  states: bookingStatuses,
  invalidCode: 'BOOKING_TRANSITION_INVALID',
  notFoundCode: 'BOOKING_NOT_FOUND',
  notFoundDetail: 'bookingId',
  transitions: [
    { action: 'approve', from: ['requested'], to: 'approved', allowed: [owner] },
    { action: 'reject', from: ['requested'], to: 'rejected', allowed: [owner] },
    {
      action: 'cancel',
      from: ['requested', 'approved'],
      to: 'cancelled',
      allowed: [booker, owner],
      /** the booker cancels only before the instrument's cancellation notice begins; the owner at any time */
      guard: async (booking, actor, transaction) => {
        if (actor?.userId !== booking.bookerUserId) return
        const instrument = await instrumentsRepository.findInstrument(transaction, booking.instrumentId)
        assert(instrument !== undefined, `instrument ${booking.instrumentId} is missing`)
        if (!isWithinCancellationNotice(booking.startsAt, new Date(), instrument.cancellationNoticeHours)) {
          throw new AppError('BOOKING_CANCELLATION_TOO_LATE', {
            cancellationNoticeHours: instrument.cancellationNoticeHours,
          })
        }
      },
    },
    {
      action: 'check_in',
      from: ['approved'],
      to: 'checked_in',
      allowed: [owner],
      guard: (booking) => {
        if (!isCheckInOpen(booking.startsAt, new Date())) throw new AppError('BOOKING_CHECK_IN_WINDOW', {})
      },
    },
    { action: 'complete', from: ['checked_in'], to: 'completed', allowed: [owner] },
    {
      action: 'rate',
      from: ['completed'],
      to: 'completed',
      allowed: [booker],
      guard: (booking) => {
        if (booking.rating !== null)
          throw new AppError('BOOKING_TRANSITION_INVALID', { from: 'completed', to: 'rated' })
      },
    },
    { action: 'mark_no_show', from: ['approved'], to: 'no_show', allowed: [], bySystem: true },
  ],
  lock: lockBooking,
  stateOf: (booking) => booking.status,
  cityOf: (booking) => booking.cityCode,
})
