// A booker's bookings: its own, or its whole organisation's, by status; cancel before the notice runs out and
// rate what was completed. The violations record is one click away.
import { WarningOutlined } from '@ant-design/icons'
import { Card, Flex, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useUrlFilters } from '../../../shared/ui/useUrlFilters'
import { useEnumOptions } from '../../registry/reference/options'
import { bookingStatuses } from '../common/enums'
import '../common/instruments.css'
import { BookerActions } from './BookerActions'
import { BookingTable } from './BookingTable'
import { useBookingPage, type BookingFilters } from './bookings.queries'

const scopes = ['mine', 'organisation'] as const

export function MyBookingsPage() {
  const { t } = useTranslation()
  const url = useUrlFilters()
  const [pageSize, setPageSize] = useState(20)
  const statuses = useEnumOptions(bookingStatuses, (status) => `instruments.enums.bookingStatus.${status}`)
  const scopeOptions = useEnumOptions(scopes, (scope) => `instruments.myBookings.scope.${scope}`)
  const scope = url.choice('scope', scopes) ?? 'mine'
  const filters: BookingFilters = {
    ...(scope === 'mine' ? { mine: true } : {}),
    status: url.choice('status', bookingStatuses),
  }
  const pager = useCursorPager(JSON.stringify([filters, pageSize]))
  const page = useBookingPage(filters, pager.cursor, pageSize)
  const bookings = page.data?.items ?? []

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('instruments.myBookings.title')}
        subtitle={t('instruments.myBookings.subtitle')}
        extra={
          <Flex gap="small">
            <LinkButton to="/instruments">{t('instruments.myBookings.findInstrument')}</LinkButton>
            <LinkButton icon={<WarningOutlined />} to="/instruments/violations">
              {t('instruments.violations.title')}
            </LinkButton>
          </Flex>
        }
      />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="my-bookings-scope" label={t('instruments.myBookings.scopeLabel')} width={170}>
            <Select
              id="my-bookings-scope"
              options={scopeOptions}
              value={scope}
              onChange={(value: string) => url.setFilter('scope', value === 'mine' ? undefined : value)}
            />
          </FilterField>
          <FilterField id="my-bookings-status" label={t('instruments.fields.status')} width={150}>
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
          emptyText={t('instruments.myBookings.empty')}
        />
        <CursorPager
          pager={pager}
          nextCursor={page.data?.nextCursor}
          pageSize={pageSize}
          onPageSizeChange={setPageSize}
          busy={page.isFetching}
          itemsOnPage={bookings.length}
        />
      </Card>
    </Flex>
  )
}
