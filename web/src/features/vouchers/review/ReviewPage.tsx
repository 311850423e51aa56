// The review queue: claims of the officer's city (every city for the corridor office), decided one by one.
import { Button, Card, Flex } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VoucherClaim } from '../../../shared/api/types'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { cityCodes, claimStatuses } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { CityFilter, SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortChange, sortFilter } from '../../../shared/list/sorting'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { enumOptions } from '../../../shared/reference/options'
import { ClaimTable } from '../claims/ClaimTable'
import { claimExportPath, claimPages, claimSortKeys, type ClaimFilters } from '../claims/claims.queries'
import { ApproveDialog } from './ApproveDialog'
import { RejectDialog } from './RejectDialog'

type Decision = { kind: 'approve' | 'reject'; claim: VoucherClaim }

export function ReviewPage() {
  const { t } = useTranslation('vouchers')
  const user = useCurrentUser()
  const [decision, setDecision] = useState<Decision | null>(null)
  const statuses = enumOptions(claimStatuses, (status) => t(`enums.claimStatus.${status}`))
  const allCities = user.role === 'corridor_admin'
  const list = usePagedList(claimPages, (url): ClaimFilters => ({
    status: url.choice('status', claimStatuses) ?? 'submitted',
    city: allCities ? url.choice('city', cityCodes) : undefined,
    // a queue: the claims that wait, the one waiting longest first
    sort: sortFilter(url, claimSortKeys, 'createdAt'),
    q: url.text('q'),
  }))

  const actions = (claim: VoucherClaim) =>
    claim.status === 'submitted' && (
      <Flex gap="small">
        <Button size="small" type="primary" onClick={() => setDecision({ kind: 'approve', claim })}>
          {t('review.approve')}
        </Button>
        <Button size="small" danger onClick={() => setDecision({ kind: 'reject', claim })}>
          {t('review.reject')}
        </Button>
      </Flex>
    )

  return (
    <>
      <PageTitle title={t('review.title')} subtitle={t('review.subtitle')} />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="review">
          <SelectFilter name="status" label={t('fields.status')} options={statuses} clearable={false} />
          {allCities && <CityFilter label={t('fields.issuingCity')} />}
          <SearchFilter label={t('claims.search')} placeholder={t('claims.searchHint')} width={240} />
        </FilterBar>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ExportButton path={claimExportPath} query={{ ...list.filters }} />
        </Flex>
        <PagedRows list={list}>
          <ClaimTable
            claims={list.items}
            loading={list.query.isFetching}
            view="officer"
            renderActions={actions}
            sorting={{ sort: list.filters.sort ?? 'createdAt', onChange: sortChange(list.url) }}
          />
        </PagedRows>
      </Card>
      {decision?.kind === 'approve' && (
        <ApproveDialog claim={decision.claim} onClose={() => setDecision(null)} />
      )}
      {decision?.kind === 'reject' && (
        <RejectDialog claim={decision.claim} onClose={() => setDecision(null)} />
      )}
    </>
  )
}
