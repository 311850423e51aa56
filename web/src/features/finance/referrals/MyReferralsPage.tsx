// A firm's referrals: to which institutions it referred its needs, with its consent, where each stands, and
// revoking consent.
import { Card, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { ExportButton } from '../../../shared/list/ExportButton'
import { PagedRows } from '../../../shared/list/PagedRows'
import { sortChange, sortFilter } from '../../../shared/list/sorting'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions } from '../../../shared/reference/options'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { referralStatuses } from '../common/enums'
import '../common/finance.css'
import { FirmReferralTable } from './FirmReferralTable'
import {
  referralExportPath,
  referralPages,
  referralSortKeys,
  type ReferralFilters,
} from './referrals.queries'

export function MyReferralsPage() {
  const { t } = useTranslation('finance')
  const statuses = enumOptions(referralStatuses, (status) => t(`enums.referralStatus.${status}`))
  const list = usePagedList(referralPages, (url): ReferralFilters => ({
    status: url.choice('status', referralStatuses),
    // a history: the newest referral first unless a header says otherwise
    sort: sortFilter(url, referralSortKeys, '-createdAt'),
  }))
  return (
    <>
      <PageTitle title={t('nav.myReferrals')} subtitle={t('referrals.subtitleFirm')} />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="referral">
          <SelectFilter name="status" label={t('fields.status')} options={statuses} />
        </FilterBar>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ExportButton path={referralExportPath} query={{ ...list.filters }} />
        </Flex>
        <PagedRows list={list}>
          <FirmReferralTable
            referrals={list.items}
            loading={list.query.isFetching}
            sorting={{ sort: list.filters.sort ?? '-createdAt', onChange: sortChange(list.url) }}
          />
        </PagedRows>
      </Card>
    </>
  )
}
