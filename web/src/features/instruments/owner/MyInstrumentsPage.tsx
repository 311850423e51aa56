// A provider's own instruments, in every status, with both prices; publish a new one or edit one.
import { EditOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, Card, Flex, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { enumOptions } from '../../../shared/reference/options'
import { instrumentStatuses } from '../common/enums'
import { instrumentPages } from '../common/instruments.queries'
import '../common/instruments.css'
import { InstrumentTable } from '../search/InstrumentTable'

export function MyInstrumentsPage() {
  const { t } = useTranslation('instruments')
  const user = useCurrentUser()
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('mine.title')}
        subtitle={t('mine.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/instruments/mine/new">
            {t('editor.newTitle')}
          </LinkButton>
        }
      />
      {user.organisationId === null ? (
        <Alert type="warning" showIcon title={t('mine.noProvider')} />
      ) : (
        <OwnInstruments providerId={user.organisationId} />
      )}
    </Flex>
  )
}

function OwnInstruments({ providerId }: { providerId: string }) {
  const { t } = useTranslation('instruments')
  const statuses = enumOptions(instrumentStatuses, (status) => t(`enums.status.${status}`))
  const {
    filters: filters,
    url: url,
    query: page,
    pager,
  } = usePagedList(instrumentPages, (url) => ({
    provider: providerId,
    status: url.choice('status', instrumentStatuses),
  }))
  const instruments = page.data?.items ?? []
  return (
    <Card>
      <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
        <FilterField id="mine-status" label={t('fields.status')} width={150}>
          <Select
            id="mine-status"
            allowClear
            placeholder={t('common.all')}
            options={statuses}
            value={filters.status}
            onChange={(status?: string) => url.setFilter('status', status)}
          />
        </FilterField>
      </FilterBar>
      {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
      <SyntheticNotice shown={instruments.some((instrument) => instrument.isSynthetic)} />
      <InstrumentTable
        instruments={instruments}
        loading={page.isFetching}
        emptyText={t('mine.empty')}
        actions={(instrument) => (
          <LinkButton
            size="small"
            icon={<EditOutlined />}
            to={`/instruments/${encodeURIComponent(instrument.id)}/edit`}
          >
            {t('common.edit')}
          </LinkButton>
        )}
      />
      <CursorPager pager={pager} />
    </Card>
  )
}
