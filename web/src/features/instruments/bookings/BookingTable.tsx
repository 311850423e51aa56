// Bookings as a table, from the owner's side (who booked) or the booker's (which instrument, whose): when it was
// asked for and when it runs, what for, the amount and the voucher's share, where it stands, and the moves the
// viewer may make. Every name comes with the booking (the list embeds them), so no row looks anything up.
import { Rate, Tag, type TableColumnsType, type TableProps } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column, timestampColumn, type Column } from '../../../shared/ui/columns'
import { sortable } from '../../../shared/list/sorting'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
import { RecordName } from '../../../shared/ui/RecordName'
import { CityName } from '../../../shared/reference/CityName'
import { formatMinutes } from '../common/durations'
import type { ListedBooking as Booking } from '../common/instrument.types'
import { formatSpan } from '../common/shanghaiTime'
import { BookingStatusTag } from '../common/StatusTags'

interface BookingTableProps {
  bookings: Booking[]
  loading: boolean
  view: 'owner' | 'booker'
  actions: (booking: Booking) => ReactNode
  emptyText: string
  /** the list's order and what a header click does to it; without, the columns do not sort */
  sorting?: { sort: string; onChange: TableProps<Booking>['onChange'] }
}

/** The booker's organisation: a firm or a provider, each with its own page. */
function bookerPath(booking: Booking) {
  const id = encodeURIComponent(booking.bookerOrganisationId)
  return booking.bookerOrganisationId.startsWith('prov_') ? `/providers/${id}` : `/firms/${id}`
}

/** Where a booking stands, with the reason it was turned down or cancelled, the time used and the rating. */
function StatusCell({ booking }: { booking: Booking }) {
  const { t } = useTranslation('instruments')
  const note = booking.decisionReason ?? booking.cancelReason
  return (
    <>
      <BookingStatusTag status={booking.status} />
      {note !== null && <span className="g60-secondary-name">{note}</span>}
      {booking.usedMinutes !== null && (
        <span className="g60-secondary-name">
          {t('bookings.used', { duration: formatMinutes(booking.usedMinutes, t) })}
        </span>
      )}
      {booking.rating !== null && <Rate disabled value={booking.rating} className="g60-booking-rating" />}
    </>
  )
}

/** What a booking costs, and the voucher's share of it. */
function AmountCell({ booking }: { booking: Booking }) {
  const { t } = useTranslation('instruments')
  return (
    <>
      <Money fen={booking.amountFen} />
      {booking.voucherShareFen > 0 && (
        <span className="g60-secondary-name">
          {t('bookings.voucherPays')} <Money fen={booking.voucherShareFen} />
        </span>
      )}
    </>
  )
}

export function BookingTable({ bookings, loading, view, actions, emptyText, sorting }: BookingTableProps) {
  const { t } = useTranslation('instruments')
  const { language } = useLanguage()
  const sortableBy = (column: Column<Booking>, key: string) =>
    sorting === undefined ? column : sortable(column, key, sorting.sort)
  const columns: TableColumnsType<Booking> = [
    sortableBy(
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
      'startsAt',
    ),
    sortableBy(
      timestampColumn('requestedAt', t('bookings.requestedAt'), (booking) => booking.createdAt, 120),
      'createdAt',
    ),
    column('instrument', t('bookings.instrument'), (booking) => (
      <>
        <RecordName
          record={booking.instrument}
          fallback=""
          to={`/instruments/${encodeURIComponent(booking.instrumentId)}`}
        />
        {view === 'booker' && (
          <span className="g60-secondary-name">
            <RecordName record={booking.provider} fallback="" /> · <CityName code={booking.cityCode} />
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
                <RecordName record={booking.bookerOrganisation} fallback="" to={bookerPath(booking)} />
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
    sortableBy(
      column('amount', t('booking.amount'), (booking) => <AmountCell booking={booking} />, {
        align: 'right',
        width: 120,
      }),
      'amountFen',
    ),
    sortableBy(
      column('status', t('fields.status'), (booking) => <StatusCell booking={booking} />, 160),
      'status',
    ),
    column('actions', t('common.actions'), (booking) => actions(booking), { width: 150, fixed: 'right' }),
  ]
  return (
    <DataTable<Booking>
      rows={bookings}
      columns={columns}
      loading={loading}
      onChange={sorting?.onChange}
      data-testid="booking-table"
      scroll={{ x: view === 'owner' ? 1260 : 1100 }}
      emptyText={emptyText}
    />
  )
}
