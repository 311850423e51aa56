// A firm's claims (申领) and where each stands: awaiting the city's decision, approved (with its voucher) or not.
import { PlusOutlined } from '@ant-design/icons'
import { Card, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { claimStatuses } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { enumOptions } from '../../../shared/reference/options'
import { ClaimTable } from './ClaimTable'
import { claimPages, type ClaimFilters } from './claims.queries'

export function ClaimsPage() {
  const { t } = useTranslation('vouchers')
  const statuses = enumOptions(claimStatuses, (status) => t(`enums.claimStatus.${status}`))
  const {
    filters: claimFilters,
    url,
    query: page,
    pager,
  } = usePagedList(claimPages, (url): ClaimFilters => ({
    status: url.choice('status', claimStatuses),
  }))
  const claims = page.data?.items ?? []

  return (
    <>
      <PageTitle
        title={t('claims.title')}
        subtitle={t('claims.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/vouchers/claims/new">
            {t('claims.new')}
          </LinkButton>
        }
      />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="claim-status" label={t('fields.status')} width={150}>
            <Select
              id="claim-status"
              allowClear
              placeholder={t('common.all')}
              options={statuses}
              value={claimFilters.status}
              onChange={(status?: string) => url.setFilter('status', status)}
            />
          </FilterField>
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={claims.some((claim) => claim.isSynthetic)} />
        <ClaimTable claims={claims} loading={page.isFetching} view="firm" />
        <CursorPager pager={pager} />
      </Card>
    </>
  )
}
