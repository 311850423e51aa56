// A firm's referrals: to which institutions it referred its needs, with its consent, where each stands, and
// revoking consent.
import { Card, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useUrlFilters } from '../../../shared/ui/useUrlFilters'
import { useEnumOptions } from '../../registry/reference/options'
import { referralStatuses } from '../common/enums'
import '../common/finance.css'
import { FirmReferralTable } from './FirmReferralTable'
import { useReferralPage, type ReferralFilters } from './referrals.queries'

export function MyReferralsPage() {
  const { t } = useTranslation()
  const url = useUrlFilters()
  const [pageSize, setPageSize] = useState(20)
  const statuses = useEnumOptions(referralStatuses, (status) => `finance.enums.referralStatus.${status}`)
  const filters: ReferralFilters = { status: url.choice('status', referralStatuses) }
  const pager = useCursorPager(JSON.stringify([filters, pageSize]))
  const page = useReferralPage(filters, pager.cursor, pageSize)
  const referrals = page.data?.items ?? []
  return (
    <>
      <PageTitle title={t('finance.nav.myReferrals')} subtitle={t('finance.referrals.subtitleFirm')} />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="referral-status" label={t('finance.fields.status')} width={150}>
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
        <CursorPager
          pager={pager}
          nextCursor={page.data?.nextCursor}
          pageSize={pageSize}
          onPageSizeChange={setPageSize}
          busy={page.isFetching}
          itemsOnPage={referrals.length}
        />
      </Card>
    </>
  )
}
