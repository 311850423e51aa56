// What the booking year told whom: the owner's task for each request of an instrument that needs its approval, as
// instrument_booking_place.sql writes it, ended by the owner's decision (or a cancellation); and the booker's update
// when the owner approved, rejected or cancelled (instruments.notices.ts).
import { shanghaiMinuteOf } from '../../platform/calendar'
import type { NotificationInput } from '../../platform/notifications'
import type { InstrumentDemoData } from '../../modules/instruments/seed'
import { bookingTexts } from '../../modules/instruments/seed/catalogue'
import { bookingDecided } from '../../modules/instruments/instruments.notices'
import { msOf, task, update, type Notice } from './notices'

const ownerCancelReasons = new Set<string>(bookingTexts.ownerCancelReasons)

function bookingWaiting(
  booking: { id: string; startsAt: Date },
  instrument: { providerId: string; nameZh: string; nameEn: string },
): NotificationInput {
  const starts = shanghaiMinuteOf(booking.startsAt)
  return {
    kind: 'task',
    topic: 'instrument_booking.waiting',
    audience: { role: 'provider', organisationId: instrument.providerId },
    entity: { type: 'instrument_booking', id: booking.id },
    title: { zh: '新的仪器预约待审批', en: 'A booking request waits for approval' },
    body: { zh: `${instrument.nameZh}，${starts} 起`, en: `${instrument.nameEn}, from ${starts}` },
    link: '/instruments/queue',
  }
}

export function bookingNotices(instruments: InstrumentDemoData): Notice[] {
  const instrumentById = new Map(instruments.instruments.map((instrument) => [instrument.id, instrument]))
  return instruments.bookings.flatMap((booking) => {
    const instrument = instrumentById.get(booking.instrumentId)
    if (instrument === undefined) throw new Error(`booking ${booking.id} names no instrument`)
    const id = booking.id ?? ''
    const row = { id, startsAt: booking.startsAt, bookerUserId: booking.bookerUserId }
    const notices: Notice[] = []
    const decidedMs = booking.decidedAt?.getTime() ?? null
    if (instrument.requiresApproval) {
      const requestedMs = msOf(booking.createdAt, `booking ${id}`)
      const doneMs =
        booking.status === 'requested'
          ? null
          : (decidedMs ?? booking.cancelledAt?.getTime() ?? msOf(booking.updatedAt, `booking ${id}`))
      notices.push(task(bookingWaiting(row, instrument), requestedMs, doneMs))
      if (booking.decidedAt !== null && booking.decidedAt !== undefined && decidedMs !== null) {
        const rejected = booking.decisionReason !== null && booking.decisionReason !== undefined
        notices.push(
          update(
            bookingDecided(row, rejected ? 'rejected' : 'approved', booking.decisionReason ?? null),
            decidedMs,
          ),
        )
      }
    }
    const cancelReason = booking.cancelReason ?? null
    if (booking.status === 'cancelled' && cancelReason !== null && ownerCancelReasons.has(cancelReason)) {
      notices.push(
        update(bookingDecided(row, 'cancelled', cancelReason), msOf(booking.cancelledAt, `booking ${id}`)),
      )
    }
    return notices
  })
}
