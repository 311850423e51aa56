// The review queue: claims of the officer's city (every city for the corridor office), decided one by one.
import { Button, Card, Flex, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VoucherClaim } from '../../../shared/api/types'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { cityCodes, claimStatuses } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { useCityOptions, enumOptions } from '../../../shared/reference/options'
import { ClaimTable } from '../claims/ClaimTable'
import { claimPages, type ClaimFilters } from '../claims/claims.queries'
import { ApproveDialog } from './ApproveDialog'
import { RejectDialog } from './RejectDialog'

type Decision = { kind: 'approve' | 'reject'; claim: VoucherClaim }

export function ReviewPage() {
  const { t } = useTranslation('vouchers')
  const user = useCurrentUser()
  const [decision, setDecision] = useState<Decision | null>(null)
  const cities = useCityOptions()
  const statuses = enumOptions(claimStatuses, (status) => t(`enums.claimStatus.${status}`))
  const allCities = user.role === 'corridor_admin'
  const {
    filters: claimFilters,
    url,
    query: page,
    pager,
  } = usePagedList(claimPages, (url): ClaimFilters => ({
    status: url.choice('status', claimStatuses) ?? 'submitted',
    city: allCities ? url.choice('city', cityCodes) : undefined,
  }))
  const claims = page.data?.items ?? []

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
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="review-status" label={t('fields.status')} width={150}>
            <Select
              id="review-status"
              options={statuses}
              value={claimFilters.status}
              onChange={(status: string) => url.setFilter('status', status)}
            />
          </FilterField>
          {allCities && (
            <FilterField id="review-city" label={t('fields.issuingCity')} width={150}>
              <Select
                id="review-city"
                allowClear
                placeholder={t('common.all')}
                options={cities.options}
                loading={cities.loading}
                value={claimFilters.city}
                onChange={(city?: string) => url.setFilter('city', city)}
              />
            </FilterField>
          )}
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={claims.some((claim) => claim.isSynthetic)} />
        <ClaimTable claims={claims} loading={page.isFetching} view="officer" renderActions={actions} />
        <CursorPager pager={pager} />
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
