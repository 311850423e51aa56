// A booker's bookings: its own, or its whole organisation's, by status; cancel before the notice runs out and
// rate what was completed. The violations record is one click away.
import { WarningOutlined } from '@ant-design/icons'
import { Card, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { PagedRows } from '../../../shared/list/PagedRows'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortChange, sortFilter } from '../../../shared/list/sorting'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { enumOptions } from '../../../shared/reference/options'
import { bookingStatuses } from '../common/enums'
import '../common/instruments.css'
import { BookerActions } from './BookerActions'
import { BookingTable } from './BookingTable'
import { bookingExportPath, bookingPages, bookingSortKeys, type BookingFilters } from './bookings.queries'

const scopes = ['mine', 'organisation'] as const

export function MyBookingsPage() {
  const { t } = useTranslation('instruments')
  const statuses = enumOptions(bookingStatuses, (status) => t(`enums.bookingStatus.${status}`))
  const scopeOptions = enumOptions(scopes, (scope) => t(`myBookings.scope.${scope}`))
  const list = usePagedList(bookingPages, (url): BookingFilters => ({
    ...((url.choice('scope', scopes) ?? 'mine') === 'mine' ? { mine: true } : {}),
    status: url.choice('status', bookingStatuses),
    // a booker reads its bookings as a history: newest request first unless a header says otherwise
    sort: sortFilter(url, bookingSortKeys, '-createdAt'),
  }))
  const scope = list.filters.mine === true ? 'mine' : 'organisation'

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
        <FilterBar url={list.url} values={list.filters} idPrefix="my-bookings">
          <SelectFilter
            name="scope"
            label={t('myBookings.scopeLabel')}
            width={170}
            options={scopeOptions}
            value={scope}
            fallback="mine"
          />
          <SelectFilter name="status" label={t('fields.status')} options={statuses} />
        </FilterBar>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ExportButton path={bookingExportPath} query={{ ...list.filters }} />
        </Flex>
        <PagedRows list={list}>
          <BookingTable
            bookings={list.items}
            loading={list.query.isFetching}
            sorting={{ sort: list.filters.sort ?? '-createdAt', onChange: sortChange(list.url) }}
            view="booker"
            actions={(booking) => <BookerActions booking={booking} />}
            emptyText={t('myBookings.empty')}
          />
        </PagedRows>
      </Card>
    </Flex>
  )
}
