// Bookings as a table, from the owner's side (who booked) or the booker's (which instrument, whose): when,
// what for, the amount and the voucher's share, where it stands, and the moves the viewer may make.
import { Empty, Rate, Table, Tag, type TableColumnsType } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
import { CityName } from '../../../shared/reference/CityName'
import { formatMinutes } from '../common/durations'
import type { Booking } from '../common/instrument.types'
import { InstrumentName } from '../common/InstrumentName'
import { OrganisationName, OwnerName } from '../common/OrganisationName'
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
    {
      key: 'when',
      title: t('bookings.when'),
      width: 170,
      render: (_, booking) => (
        <>
          {formatSpan(booking.startsAt, booking.endsAt, language)}
          {booking.recurrenceId !== null && <Tag style={{ marginLeft: 4 }}>{t('bookings.weekly')}</Tag>}
        </>
      ),
    },
    {
      key: 'instrument',
      title: t('bookings.instrument'),
      render: (_, booking) => (
        <>
          <InstrumentName id={booking.instrumentId} linked />
          {view === 'booker' && (
            <span className="g60-secondary-name">
              <OwnerName id={booking.providerId} /> · <CityName code={booking.cityCode} />
            </span>
          )}
        </>
      ),
    },
    ...(view === 'owner'
      ? [
          {
            key: 'booker',
            title: t('bookings.booker'),
            width: 190,
            render: (_: unknown, booking: Booking) => (
              <>
                <OrganisationName id={booking.bookerOrganisationId} />
                <span className="g60-secondary-name">
                  <CityName code={booking.bookerCityCode} /> · {t(`enums.userClass.${booking.userClass}`)}
                </span>
              </>
            ),
          },
        ]
      : []),
    {
      key: 'purpose',
      title: t('booking.purpose'),
      width: 150,
      render: (_, booking) => (
        <>
          {booking.purpose}
          {booking.sampleCount !== null && (
            <span className="g60-secondary-name">
              {t('bookings.samples', { value: booking.sampleCount })}
            </span>
          )}
        </>
      ),
    },
    {
      key: 'amount',
      title: t('booking.amount'),
      align: 'right',
      width: 120,
      render: (_, booking) => (
        <>
          <Money fen={booking.amountFen} />
          {booking.voucherShareFen > 0 && (
            <span className="g60-secondary-name">
              {t('bookings.voucherPays')} <Money fen={booking.voucherShareFen} />
            </span>
          )}
        </>
      ),
    },
    {
      key: 'status',
      title: t('fields.status'),
      width: 160,
      render: (_, booking) => (
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
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 150,
      fixed: 'right',
      render: (_, booking) => actions(booking),
    },
  ]
  return (
    <Table<Booking>
      rowKey="id"
      columns={columns}
      dataSource={bookings}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: view === 'owner' ? 1140 : 980 }}
      locale={{ emptyText: <Empty description={emptyText} /> }}
      data-testid="booking-table"
    />
  )
}
