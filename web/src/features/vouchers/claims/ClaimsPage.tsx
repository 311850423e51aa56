// A firm's claims (申领) and where each stands: awaiting the city's decision, approved (with its voucher) or not.
import { PlusOutlined } from '@ant-design/icons'
import { Card, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { claimStatuses } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useUrlFilters } from '../../../shared/ui/useUrlFilters'
import { useEnumOptions } from '../../registry/reference/options'
import { ClaimTable } from './ClaimTable'
import { useClaimPage, type ClaimFilters } from './claims.queries'

export function ClaimsPage() {
  const { t } = useTranslation()
  const filters = useUrlFilters()
  const [pageSize, setPageSize] = useState(20)
  const statuses = useEnumOptions(claimStatuses, (status) => `enums.claimStatus.${status}`)
  const claimFilters: ClaimFilters = { status: filters.choice('status', claimStatuses) }
  const pager = useCursorPager(JSON.stringify([claimFilters, pageSize]))
  const page = useClaimPage(claimFilters, pager.cursor, pageSize)
  const claims = page.data?.items ?? []

  return (
    <>
      <PageTitle
        title={t('vouchers.claims.title')}
        subtitle={t('vouchers.claims.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/vouchers/claims/new">
            {t('vouchers.claims.new')}
          </LinkButton>
        }
      />
      <Card>
        <FilterBar onClear={filters.clearFilters} canClear={filters.hasAny}>
          <FilterField id="claim-status" label={t('vouchers.fields.status')} width={150}>
            <Select
              id="claim-status"
              allowClear
              placeholder={t('common.all')}
              options={statuses}
              value={claimFilters.status}
              onChange={(status?: string) => filters.setFilter('status', status)}
            />
          </FilterField>
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={claims.some((claim) => claim.isSynthetic)} />
        <ClaimTable claims={claims} loading={page.isFetching} view="firm" />
        <CursorPager
          pager={pager}
          nextCursor={page.data?.nextCursor}
          pageSize={pageSize}
          onPageSizeChange={setPageSize}
          busy={page.isFetching}
          itemsOnPage={claims.length}
        />
      </Card>
    </>
  )
}
