// A provider's own instruments, in every status, with both prices; publish a new one or edit one.
import { Card, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { OwnOrganisation } from '../../../shared/session/OwnOrganisation'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { EditLink, NewLink } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { enumOptions } from '../../../shared/reference/options'
import { instrumentStatuses } from '../common/enums'
import { instrumentPages } from '../common/instruments.queries'
import '../common/instruments.css'
import { InstrumentTable } from '../search/InstrumentTable'

export function MyInstrumentsPage() {
  const { t } = useTranslation('instruments')
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('mine.title')}
        subtitle={t('mine.subtitle')}
        extra={<NewLink to="/instruments/mine/new">{t('editor.newTitle')}</NewLink>}
      />
      <OwnOrganisation missing={t('mine.noProvider')}>
        {(providerId) => <OwnInstruments providerId={providerId} />}
      </OwnOrganisation>
    </Flex>
  )
}

function OwnInstruments({ providerId }: { providerId: string }) {
  const { t } = useTranslation('instruments')
  const statuses = enumOptions(instrumentStatuses, (status) => t(`enums.status.${status}`))
  const list = usePagedList(instrumentPages, (url) => ({
    provider: providerId,
    status: url.choice('status', instrumentStatuses),
  }))
  return (
    <Card>
      <FilterBar url={list.url} values={list.filters} idPrefix="mine">
        <SelectFilter name="status" label={t('fields.status')} options={statuses} />
      </FilterBar>
      <PagedRows list={list}>
        <InstrumentTable
          instruments={list.items}
          loading={list.query.isFetching}
          emptyText={t('mine.empty')}
          actions={(instrument) => <EditLink to={`/instruments/${encodeURIComponent(instrument.id)}/edit`} />}
        />
      </PagedRows>
    </Card>
  )
}
