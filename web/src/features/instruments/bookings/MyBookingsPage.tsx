// A booker's bookings: its own, or its whole organisation's, by status; cancel before the notice runs out and
// rate what was completed. The violations record is one click away.
import { WarningOutlined } from '@ant-design/icons'
import { Card, Flex, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { enumOptions } from '../../../shared/reference/options'
import { bookingStatuses } from '../common/enums'
import '../common/instruments.css'
import { BookerActions } from './BookerActions'
import { BookingTable } from './BookingTable'
import { bookingPages, type BookingFilters } from './bookings.queries'

const scopes = ['mine', 'organisation'] as const

export function MyBookingsPage() {
  const { t } = useTranslation('instruments')
  const statuses = enumOptions(bookingStatuses, (status) => t(`enums.bookingStatus.${status}`))
  const scopeOptions = enumOptions(scopes, (scope) => t(`myBookings.scope.${scope}`))
  const {
    filters,
    url,
    query: page,
    pager,
  } = usePagedList(bookingPages, (url): BookingFilters => ({
    ...((url.choice('scope', scopes) ?? 'mine') === 'mine' ? { mine: true } : {}),
    status: url.choice('status', bookingStatuses),
  }))
  const scope = filters.mine === true ? 'mine' : 'organisation'
  const bookings = page.data?.items ?? []

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('myBookings.title')}
        subtitle={t('myBookings.subtitle')}
        extra={
          <Flex gap="small">
            <LinkButton to="/instruments">{t('myBookings.findInstrument')}</LinkButton>
            <LinkButton icon={<WarningOutlined />} to="/instruments/violations">
              {t('violations.title')}
            </LinkButton>
          </Flex>
        }
      />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="my-bookings-scope" label={t('myBookings.scopeLabel')} width={170}>
            <Select
              id="my-bookings-scope"
              options={scopeOptions}
              value={scope}
              onChange={(value: string) => url.setFilter('scope', value === 'mine' ? undefined : value)}
            />
          </FilterField>
          <FilterField id="my-bookings-status" label={t('fields.status')} width={150}>
            <Select
              id="my-bookings-status"
              allowClear
              placeholder={t('common.all')}
              options={statuses}
              value={filters.status}
              onChange={(status?: string) => url.setFilter('status', status)}
            />
          </FilterField>
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={bookings.some((booking) => booking.isSynthetic)} />
        <BookingTable
          bookings={bookings}
          loading={page.isFetching}
          view="booker"
          actions={(booking) => <BookerActions booking={booking} />}
          emptyText={t('myBookings.empty')}
        />
        <CursorPager pager={pager} />
      </Card>
    </Flex>
  )
}
