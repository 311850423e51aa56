// A firm's referrals: to which institutions it referred its needs, with its consent, where each stands, and
// revoking consent.
import { Card } from 'antd'
import { useTranslation } from 'react-i18next'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions } from '../../../shared/reference/options'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { referralStatuses } from '../common/enums'
import '../common/finance.css'
import { FirmReferralTable } from './FirmReferralTable'
import { referralPages, type ReferralFilters } from './referrals.queries'

export function MyReferralsPage() {
  const { t } = useTranslation('finance')
  const statuses = enumOptions(referralStatuses, (status) => t(`enums.referralStatus.${status}`))
  const list = usePagedList(referralPages, (url): ReferralFilters => ({
    status: url.choice('status', referralStatuses),
  }))
  return (
    <>
      <PageTitle title={t('nav.myReferrals')} subtitle={t('referrals.subtitleFirm')} />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="referral">
          <SelectFilter name="status" label={t('fields.status')} options={statuses} />
        </FilterBar>
        <PagedRows list={list}>
          <FirmReferralTable referrals={list.items} loading={list.query.isFetching} />
        </PagedRows>
      </Card>
    </>
  )
}
