// Bookings as a table, from the owner's side (who booked) or the booker's (which instrument, whose): when,
// what for, the amount and the voucher's share, where it stands, and the moves the viewer may make.
import { Rate, Tag, type TableColumnsType } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column } from '../../../shared/ui/columns'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
import { CityName } from '../../../shared/reference/CityName'
import { formatMinutes } from '../common/durations'
import type { Booking } from '../common/instrument.types'
import { InstrumentName } from '../common/InstrumentName'
import { ProviderName } from '../../registry/providers/ProviderName'
import { OrganisationName } from '../common/OrganisationName'
import { formatSpan } from '../common/shanghaiTime'
import { BookingStatusTag } from '../common/StatusTags'

interface BookingTableProps {
  bookings: Booking[]
  loading: boolean
  view: 'owner' | 'booker'
  actions: (booking: Booking) => ReactNode
  emptyText: string
}

export function BookingTable({ bookings, loading, view, actions, emptyText }: BookingTableProps) {
  const { t } = useTranslation('instruments')
  const { language } = useLanguage()
  const note = (booking: Booking) => booking.decisionReason ?? booking.cancelReason
  const columns: TableColumnsType<Booking> = [
    column(
      'when',
      t('bookings.when'),
      (booking) => (
        <>
          {formatSpan(booking.startsAt, booking.endsAt, language)}
          {booking.recurrenceId !== null && <Tag style={{ marginLeft: 4 }}>{t('bookings.weekly')}</Tag>}
        </>
      ),
      170,
    ),
    column('instrument', t('bookings.instrument'), (booking) => (
      <>
        <InstrumentName id={booking.instrumentId} linked />
        {view === 'booker' && (
          <span className="g60-secondary-name">
            <ProviderName id={booking.providerId} /> · <CityName code={booking.cityCode} />
          </span>
        )}
      </>
    )),
    ...(view === 'owner'
      ? [
          column(
            'booker',
            t('bookings.booker'),
            (booking: Booking) => (
              <>
                <OrganisationName id={booking.bookerOrganisationId} />
                <span className="g60-secondary-name">
                  <CityName code={booking.bookerCityCode} /> · {t(`enums.userClass.${booking.userClass}`)}
                </span>
              </>
            ),
            190,
          ),
        ]
      : []),
    column(
      'purpose',
      t('booking.purpose'),
      (booking) => (
        <>
          {booking.purpose}
          {booking.sampleCount !== null && (
            <span className="g60-secondary-name">
              {t('bookings.samples', { value: booking.sampleCount })}
            </span>
          )}
        </>
      ),
      150,
    ),
    column(
      'amount',
      t('booking.amount'),
      (booking) => (
        <>
          <Money fen={booking.amountFen} />
          {booking.voucherShareFen > 0 && (
            <span className="g60-secondary-name">
              {t('bookings.voucherPays')} <Money fen={booking.voucherShareFen} />
            </span>
          )}
        </>
      ),
      { align: 'right', width: 120 },
    ),
    column(
      'status',
      t('fields.status'),
      (booking) => (
        <>
          <BookingStatusTag status={booking.status} />
          {note(booking) !== null && <span className="g60-secondary-name">{note(booking)}</span>}
          {booking.usedMinutes !== null && (
            <span className="g60-secondary-name">
              {t('bookings.used', { duration: formatMinutes(booking.usedMinutes, t) })}
            </span>
          )}
          {booking.rating !== null && <Rate disabled value={booking.rating} className="g60-booking-rating" />}
        </>
      ),
      160,
    ),
    column('actions', t('common.actions'), (booking) => actions(booking), { width: 150, fixed: 'right' }),
  ]
  return (
    <DataTable<Booking>
      rows={bookings}
      columns={columns}
      loading={loading}
      data-testid="booking-table"
      scroll={{ x: view === 'owner' ? 1140 : 980 }}
      emptyText={emptyText}
    />
  )
}
