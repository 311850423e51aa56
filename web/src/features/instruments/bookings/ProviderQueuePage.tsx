// The owner's desk: bookings of its instruments by where they stand — requests to approve or reject, approved
// bookings to check in, bookings in use to complete — or all of them, per instrument.
import { Alert, Card, Flex, Segmented, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useUrlFilters } from '../../../shared/ui/useUrlFilters'
import { useInstrumentPage } from '../common/instruments.queries'
import '../common/instruments.css'
import { BookingTable } from './BookingTable'
import { useBookingPage } from './bookings.queries'
import { OwnerActions } from './OwnerActions'

const queueViews = ['requested', 'approved', 'checked_in', 'all'] as const
/** an owner's instruments for the filter: one page of the most the API gives */
const ownInstrumentsMax = 100

export function ProviderQueuePage() {
  const { t } = useTranslation()
  const user = useCurrentUser()
  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('instruments.queue.title')} subtitle={t('instruments.queue.subtitle')} />
      {user.organisationId === null ? (
        <Alert type="warning" showIcon title={t('instruments.mine.noProvider')} />
      ) : (
        <Queue providerId={user.organisationId} />
      )}
    </Flex>
  )
}

function Queue({ providerId }: { providerId: string }) {
  const { t } = useTranslation()
  const { nameOf } = useLanguage()
  const url = useUrlFilters()
  const [pageSize, setPageSize] = useState(20)
  const view = url.choice('view', queueViews) ?? 'requested'
  const status = view === 'all' ? undefined : view
  const instruments = useInstrumentPage({ provider: providerId }, undefined, ownInstrumentsMax)
  const filters = { provider: providerId, status, instrument: url.text('instrument') }
  const pager = useCursorPager(JSON.stringify([filters, pageSize]))
  const page = useBookingPage(filters, pager.cursor, pageSize)
  const bookings = page.data?.items ?? []

  return (
    <Card>
      <Segmented
        value={view}
        onChange={(next) => url.setFilter('view', next === 'requested' ? undefined : next)}
        options={queueViews.map((value) => ({ value, label: t(`instruments.queue.views.${value}`) }))}
        style={{ marginBottom: 16 }}
        data-testid="queue-views"
      />
      <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
        <FilterField id="queue-instrument" label={t('instruments.bookings.instrument')} width={280}>
          <Select
            id="queue-instrument"
            allowClear
            placeholder={t('common.all')}
            loading={instruments.isPending}
            options={(instruments.data?.items ?? []).map((instrument) => ({
              value: instrument.id,
              label: nameOf(instrument),
            }))}
            value={filters.instrument}
            onChange={(instrument?: string) => url.setFilter('instrument', instrument)}
          />
        </FilterField>
      </FilterBar>
      {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
      <SyntheticNotice shown={bookings.some((booking) => booking.isSynthetic)} />
      <BookingTable
        bookings={bookings}
        loading={page.isFetching}
        view="owner"
        actions={(booking) => <OwnerActions booking={booking} />}
        emptyText={t('instruments.queue.empty')}
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
  )
}
