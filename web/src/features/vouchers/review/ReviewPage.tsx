// The review queue: claims of the officer's city (every city for the corridor office), decided one by one.
import { Button, Card, Flex, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { VoucherClaim } from '../../../shared/api/types'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { cityCodes, claimStatuses } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useUrlFilters } from '../../../shared/ui/useUrlFilters'
import { useCityOptions, useEnumOptions } from '../../registry/reference/options'
import { ClaimTable } from '../claims/ClaimTable'
import { useClaimPage, type ClaimFilters } from '../claims/claims.queries'
import { ApproveDialog } from './ApproveDialog'
import { RejectDialog } from './RejectDialog'

type Decision = { kind: 'approve' | 'reject'; claim: VoucherClaim }

export function ReviewPage() {
  const { t } = useTranslation()
  const user = useCurrentUser()
  const filters = useUrlFilters()
  const [pageSize, setPageSize] = useState(20)
  const [decision, setDecision] = useState<Decision | null>(null)
  const cities = useCityOptions()
  const statuses = useEnumOptions(claimStatuses, (status) => `enums.claimStatus.${status}`)
  const allCities = user.role === 'corridor_admin'
  const claimFilters: ClaimFilters = {
    status: filters.choice('status', claimStatuses) ?? 'submitted',
    city: allCities ? filters.choice('city', cityCodes) : undefined,
  }
  const pager = useCursorPager(JSON.stringify([claimFilters, pageSize]))
  const page = useClaimPage(claimFilters, pager.cursor, pageSize)
  const claims = page.data?.items ?? []

  const actions = (claim: VoucherClaim) =>
    claim.status === 'submitted' && (
      <Flex gap="small">
        <Button size="small" type="primary" onClick={() => setDecision({ kind: 'approve', claim })}>
          {t('vouchers.review.approve')}
        </Button>
        <Button size="small" danger onClick={() => setDecision({ kind: 'reject', claim })}>
          {t('vouchers.review.reject')}
        </Button>
      </Flex>
    )

  return (
    <>
      <PageTitle title={t('vouchers.review.title')} subtitle={t('vouchers.review.subtitle')} />
      <Card>
        <FilterBar onClear={filters.clearFilters} canClear={filters.hasAny}>
          <FilterField id="review-status" label={t('vouchers.fields.status')} width={150}>
            <Select
              id="review-status"
              options={statuses}
              value={claimFilters.status}
              onChange={(status: string) => filters.setFilter('status', status)}
            />
          </FilterField>
          {allCities && (
            <FilterField id="review-city" label={t('vouchers.fields.issuingCity')} width={150}>
              <Select
                id="review-city"
                allowClear
                placeholder={t('common.all')}
                options={cities.options}
                loading={cities.loading}
                value={claimFilters.city}
                onChange={(city?: string) => filters.setFilter('city', city)}
              />
            </FilterField>
          )}
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={claims.some((claim) => claim.isSynthetic)} />
        <ClaimTable claims={claims} loading={page.isFetching} view="officer" renderActions={actions} />
        <CursorPager
          pager={pager}
          nextCursor={page.data?.nextCursor}
          pageSize={pageSize}
          onPageSizeChange={setPageSize}
          busy={page.isFetching}
          itemsOnPage={claims.length}
        />
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
