// The owner's desk: bookings of its instruments by where they stand — requests to approve or reject, approved
// bookings to check in, bookings in use to complete — or all of them, per instrument.
import { Alert, Card, Flex, Segmented, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { instrumentPages } from '../common/instruments.queries'
import { useFirstPage } from '../../../shared/list/usePagedList'
import '../common/instruments.css'
import { BookingTable } from './BookingTable'
import { bookingPages } from './bookings.queries'
import { OwnerActions } from './OwnerActions'

const queueViews = ['requested', 'approved', 'checked_in', 'all'] as const
/** an owner's instruments for the filter: one page of the most the API gives */
const ownInstrumentsMax = 100

export function ProviderQueuePage() {
  const { t } = useTranslation('instruments')
  const user = useCurrentUser()
  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('queue.title')} subtitle={t('queue.subtitle')} />
      {user.organisationId === null ? (
        <Alert type="warning" showIcon title={t('mine.noProvider')} />
      ) : (
        <Queue providerId={user.organisationId} />
      )}
    </Flex>
  )
}

function Queue({ providerId }: { providerId: string }) {
  const { t } = useTranslation('instruments')
  const { nameOf } = useLanguage()
  const instruments = useFirstPage(instrumentPages, { provider: providerId }, ownInstrumentsMax)
  const {
    filters,
    url,
    query: page,
    pager,
  } = usePagedList(bookingPages, (url) => {
    const view = url.choice('view', queueViews) ?? 'requested'
    return {
      provider: providerId,
      status: view === 'all' ? undefined : view,
      instrument: url.text('instrument'),
    }
  })
  const view = filters.status ?? 'all'
  const bookings = page.data?.items ?? []

  return (
    <Card>
      <Segmented
        value={view}
        onChange={(next) => url.setFilter('view', next === 'requested' ? undefined : next)}
        options={queueViews.map((value) => ({ value, label: t(`queue.views.${value}`) }))}
        style={{ marginBottom: 16 }}
        data-testid="queue-views"
      />
      <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
        <FilterField id="queue-instrument" label={t('bookings.instrument')} width={280}>
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
        emptyText={t('queue.empty')}
      />
      <CursorPager pager={pager} />
    </Card>
  )
}
