// A firm's claims (申领) and where each stands: awaiting the city's decision, approved (with its voucher) or not.
import { Card, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions } from '../../../shared/reference/options'
import { claimStatuses } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortChange, sortFilter } from '../../../shared/list/sorting'
import { NewLink } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ClaimTable } from './ClaimTable'
import { claimExportPath, claimPages, claimSortKeys, type ClaimFilters } from './claims.queries'

export function ClaimsPage() {
  const { t } = useTranslation('vouchers')
  const statuses = enumOptions(claimStatuses, (status) => t(`enums.claimStatus.${status}`))
  const list = usePagedList(claimPages, (url): ClaimFilters => ({
    status: url.choice('status', claimStatuses),
    // a firm reads its claims as a history: newest first unless a header says otherwise
    sort: sortFilter(url, claimSortKeys, '-createdAt'),
    q: url.text('q'),
  }))

  return (
    <>
      <PageTitle
        title={t('claims.title')}
        subtitle={t('claims.subtitle')}
        extra={<NewLink to="/vouchers/claims/new">{t('claims.new')}</NewLink>}
      />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="claim">
          <SelectFilter name="status" label={t('fields.status')} options={statuses} />
          <SearchFilter label={t('claims.search')} placeholder={t('claims.searchHint')} width={240} />
        </FilterBar>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ExportButton path={claimExportPath} query={{ ...list.filters }} />
        </Flex>
        <PagedRows list={list}>
          <ClaimTable
            claims={list.items}
            loading={list.query.isFetching}
            view="firm"
            sorting={{ sort: list.filters.sort ?? '-createdAt', onChange: sortChange(list.url) }}
          />
        </PagedRows>
      </Card>
    </>
  )
}
