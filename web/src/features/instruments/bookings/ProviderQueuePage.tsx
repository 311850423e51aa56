// The owner's desk: bookings of its instruments by where they stand — requests to approve or reject, approved
// bookings to check in, bookings in use to complete — or all of them, per instrument.
import { Card, Flex, Segmented } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { OwnOrganisation } from '../../../shared/session/OwnOrganisation'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
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
    }
  })
  const view = list.filters.status ?? 'all'

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
      <PagedRows list={list}>
        <BookingTable
          bookings={list.items}
          loading={list.query.isFetching}
          view="owner"
          actions={(booking) => <OwnerActions booking={booking} />}
          emptyText={t('queue.empty')}
        />
      </PagedRows>
    </Card>
  )
}
