// The owner's desk: bookings of its instruments by where they stand — requests to approve or reject (the oldest
// request first), approved bookings to check in and bookings in use to complete (the next to start first) — or all
// of them as a history, newest first, per instrument.
import { Card, Flex, Segmented } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { OwnOrganisation } from '../../../shared/session/OwnOrganisation'
import { PagedRows } from '../../../shared/list/PagedRows'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortChange, sortFilter } from '../../../shared/list/sorting'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { instrumentPages } from '../common/instruments.queries'
import { useFirstPage } from '../../../shared/list/usePagedList'
import '../common/instruments.css'
import { BookingTable } from './BookingTable'
import { bookingExportPath, bookingPages, bookingSortKeys, type BookingSort } from './bookings.queries'
import { OwnerActions } from './OwnerActions'

const queueViews = ['requested', 'approved', 'checked_in', 'all'] as const
type QueueView = (typeof queueViews)[number]
/** Each view's order as its owner works it: requests as they came, bookings by when they start, all newest first. */
const viewSorts: Record<QueueView, BookingSort> = {
  requested: 'createdAt',
  approved: 'startsAt',
  checked_in: 'startsAt',
  all: '-createdAt',
}
/** an owner's instruments for the filter: one page of the most the API gives */
const ownInstrumentsMax = 100

export function ProviderQueuePage() {
  const { t } = useTranslation('instruments')
  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('queue.title')} subtitle={t('queue.subtitle')} />
      <OwnOrganisation missing={t('mine.noProvider')}>
        {(providerId) => <Queue providerId={providerId} />}
      </OwnOrganisation>
    </Flex>
  )
}

function Queue({ providerId }: { providerId: string }) {
  const { t } = useTranslation('instruments')
  const { nameOf } = useLanguage()
  const instruments = useFirstPage(instrumentPages, { provider: providerId }, ownInstrumentsMax)
  const list = usePagedList(bookingPages, (url) => {
    const view = url.choice('view', queueViews) ?? 'requested'
    return {
      provider: providerId,
      status: view === 'all' ? undefined : view,
      instrument: url.text('instrument'),
      sort: sortFilter(url, bookingSortKeys, viewSorts[view]),
    }
  })
  const view = list.filters.status ?? 'all'
  const sort = list.filters.sort ?? viewSorts[view]

  return (
    <Card>
      <Segmented
        value={view}
        onChange={(next) => list.url.setFilter('view', next === 'requested' ? undefined : next)}
        options={queueViews.map((value) => ({ value, label: t(`queue.views.${value}`) }))}
        style={{ marginBottom: 16 }}
        data-testid="queue-views"
      />
      <FilterBar url={list.url} values={list.filters} idPrefix="queue">
        <SelectFilter
          name="instrument"
          label={t('bookings.instrument')}
          width={280}
          loading={instruments.isPending}
          options={(instruments.data?.items ?? []).map((instrument) => ({
            value: instrument.id,
            label: nameOf(instrument),
          }))}
        />
      </FilterBar>
      <Flex justify="flex-end" style={{ marginBottom: 12 }}>
        <ExportButton path={bookingExportPath} query={{ ...list.filters }} />
      </Flex>
      <PagedRows list={list}>
        <BookingTable
          bookings={list.items}
          loading={list.query.isFetching}
          sorting={{ sort, onChange: sortChange(list.url) }}
          view="owner"
          actions={(booking) => <OwnerActions booking={booking} />}
          emptyText={t('queue.empty')}
        />
      </PagedRows>
    </Card>
  )
}
