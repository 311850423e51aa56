// The booker's moves: cancel before the instrument's cancellation notice runs out (the reason is optional),
// and rate a completed booking once.
import { App, Button, Flex } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import type { Booking } from '../common/instrument.types'
import { useCancelBooking } from './bookings.queries'
import { RateDialog } from './RateDialog'
import { ReasonDialog } from '../../../shared/ui/ReasonDialog'

export function BookerActions({ booking }: { booking: Booking }) {
  const { t } = useTranslation('instruments')
  const { notification } = App.useApp()
  const user = useCurrentUser()
  const cancel = useCancelBooking()
  const [dialog, setDialog] = useState<'cancel' | 'rate' | null>(null)
  // a colleague's booking is visible to the organisation, but only its booker acts on it
  if (booking.bookerUserId !== user.id) return null
  const close = () => {
    setDialog(null)
    cancel.reset()
  }
  const cancellable = booking.status === 'requested' || booking.status === 'approved'
  const rateable = booking.status === 'completed' && booking.rating === null

  return (
    <Flex gap={4} wrap data-testid={`booker-actions-${booking.id}`}>
      {cancellable && (
        <Button size="small" danger onClick={() => setDialog('cancel')}>
          {t('bookings.cancel')}
        </Button>
      )}
      {rateable && (
        <Button size="small" type="primary" onClick={() => setDialog('rate')}>
          {t('myBookings.rate')}
        </Button>
      )}
      {dialog === 'cancel' && (
        <ReasonDialog
          title={t('bookings.cancelTitle')}
          label={t('myBookings.cancelReason')}
          okText={t('bookings.cancelConfirm')}
          required={false}
          mutation={cancel}
          onClose={close}
          onSubmit={(reason) =>
            cancel.mutate(
              { id: booking.id, body: reason === undefined ? {} : { reason } },
              {
                onSuccess: () => {
                  close()
                  notification.success({ title: t('bookings.cancelled') })
                },
              },
            )
          }
        />
      )}
      {dialog === 'rate' && <RateDialog booking={booking} onClose={close} />}
    </Flex>
  )
}
