// The owner's moves on a booking of its instruments: approve or reject a request, check the booker in (from
// 30 minutes before the start to an hour after), complete with the minutes used, or cancel with a reason.
import { App, Button, Flex, Popconfirm } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useErrorText } from '../../../shared/ui/errorText'
import type { Booking } from '../common/instrument.types'
import { useApproveBooking, useCancelBooking, useCheckIn, useRejectBooking } from './bookings.queries'
import { CompleteDialog } from './CompleteDialog'
import { ReasonDialog } from '../../../shared/ui/ReasonDialog'

type Dialog = 'reject' | 'cancel' | 'complete' | null

export function OwnerActions({ booking }: { booking: Booking }) {
  const { t } = useTranslation('instruments')
  const { notification } = App.useApp()
  const errorText = useErrorText()
  const approve = useApproveBooking()
  const reject = useRejectBooking()
  const cancel = useCancelBooking()
  const checkIn = useCheckIn()
  const [dialog, setDialog] = useState<Dialog>(null)
  const close = () => {
    setDialog(null)
    reject.reset()
    cancel.reset()
  }
  const onError = (error: unknown) => notification.error({ title: errorText(error) })
  const done = (title: string) => () => {
    close()
    notification.success({ title })
  }
  const { status } = booking

  return (
    <Flex gap={4} wrap data-testid={`owner-actions-${booking.id}`}>
      {status === 'requested' && (
        <>
          <Button
            size="small"
            type="primary"
            loading={approve.isPending}
            onClick={() =>
              approve.mutate(
                { id: booking.id, body: null },
                { onSuccess: done(t('queue.approved')), onError },
              )
            }
          >
            {t('queue.approve')}
          </Button>
          <Button size="small" danger onClick={() => setDialog('reject')}>
            {t('queue.reject')}
          </Button>
        </>
      )}
      {status === 'approved' && (
        <Popconfirm
          title={t('queue.checkInConfirm')}
          okText={t('queue.checkIn')}
          cancelText={t('common.back')}
          onConfirm={() =>
            checkIn.mutate({ id: booking.id, body: null }, { onSuccess: done(t('queue.checkedIn')), onError })
          }
        >
          <Button size="small" type="primary" loading={checkIn.isPending}>
            {t('queue.checkIn')}
          </Button>
        </Popconfirm>
      )}
      {status === 'checked_in' && (
        <Button size="small" type="primary" onClick={() => setDialog('complete')}>
          {t('queue.complete')}
        </Button>
      )}
      {status === 'approved' && (
        <Button size="small" onClick={() => setDialog('cancel')}>
          {t('bookings.cancel')}
        </Button>
      )}
      {dialog === 'reject' && (
        <ReasonDialog
          title={t('queue.rejectTitle')}
          label={t('queue.reason')}
          okText={t('queue.reject')}
          required
          mutation={reject}
          onClose={close}
          onSubmit={(reason) =>
            reject.mutate(
              { id: booking.id, body: { reason: reason ?? '' } },
              { onSuccess: done(t('queue.rejected')) },
            )
          }
        />
      )}
      {dialog === 'cancel' && (
        <ReasonDialog
          title={t('bookings.cancelTitle')}
          label={t('queue.reason')}
          okText={t('bookings.cancelConfirm')}
          required
          mutation={cancel}
          onClose={close}
          onSubmit={(reason) =>
            cancel.mutate(
              { id: booking.id, body: reason === undefined ? {} : { reason } },
              { onSuccess: done(t('bookings.cancelled')) },
            )
          }
        />
      )}
      {dialog === 'complete' && <CompleteDialog booking={booking} onClose={close} />}
    </Flex>
  )
}
