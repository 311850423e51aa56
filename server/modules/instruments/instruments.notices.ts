// What a booker is told about its booking (platform notifications), written with the owner's decision. The owner's
// task for a request is written by the booking statement itself (instrument_booking_place.sql).
import { shanghaiMinuteOf } from '../../platform/calendar'
import type { NotificationInput } from '../../platform/notifications'

const texts = {
  approved: { zh: '仪器预约已通过', en: 'Your booking was approved' },
  rejected: { zh: '仪器预约未通过', en: 'Your booking was rejected' },
  cancelled: { zh: '仪器预约已被机主取消', en: 'Your booking was cancelled by the owner' },
} as const

export function bookingDecided(
  booking: { id: string; bookerUserId: string; startsAt: Date },
  outcome: keyof typeof texts,
  reason: string | null,
): NotificationInput {
  const starts = shanghaiMinuteOf(booking.startsAt)
  return {
    kind: 'update',
    topic: `instrument_booking.${outcome}`,
    audience: { userId: booking.bookerUserId },
    entity: { type: 'instrument_booking', id: booking.id },
    title: texts[outcome],
    body: {
      zh: `${starts} 起的预约${reason === null ? '' : `：${reason}`}`,
      en: `The booking from ${starts}${reason === null ? '' : `: ${reason}`}`,
    },
    link: '/instruments/bookings',
  }
}
