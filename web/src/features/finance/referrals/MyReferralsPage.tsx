// A firm's referrals: to which institutions it referred its needs, with its consent, where each stands, and
// revoking consent.
import { Card, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { enumOptions } from '../../../shared/reference/options'
import { referralStatuses } from '../common/enums'
import '../common/finance.css'
import { FirmReferralTable } from './FirmReferralTable'
import { referralPages, type ReferralFilters } from './referrals.queries'

export function MyReferralsPage() {
  const { t } = useTranslation('finance')
  const statuses = enumOptions(referralStatuses, (status) => t(`enums.referralStatus.${status}`))
  const {
    filters: filters,
    url: url,
    query: page,
    pager,
  } = usePagedList(referralPages, (url): ReferralFilters => ({
    status: url.choice('status', referralStatuses),
  }))
  const referrals = page.data?.items ?? []
  return (
    <>
      <PageTitle title={t('nav.myReferrals')} subtitle={t('referrals.subtitleFirm')} />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="referral-status" label={t('fields.status')} width={150}>
            <Select
              id="referral-status"
              allowClear
              placeholder={t('common.all')}
              options={statuses}
              value={filters.status}
              onChange={(status?: string) => url.setFilter('status', status)}
            />
          </FilterField>
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={referrals.some((referral) => referral.isSynthetic)} />
        <FirmReferralTable referrals={referrals} loading={page.isFetching} />
        <CursorPager pager={pager} />
      </Card>
    </>
  )
}
