// A firm's voucher wallet: totals of its active vouchers, and each voucher with its balance and expiry.
import { PlusOutlined } from '@ant-design/icons'
import { Card, Flex, Select } from 'antd'
import { useTranslation } from 'react-i18next'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { voucherStatuses } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { enumOptions } from '../../../shared/reference/options'
import { VoucherTable } from './VoucherTable'
import { WalletTotals } from './WalletTotals'
import { voucherPages, type VoucherFilters } from './wallet.queries'

export function WalletPage() {
  const { t } = useTranslation('vouchers')
  const statuses = enumOptions(voucherStatuses, (status) => t(`enums.voucherStatus.${status}`))
  const {
    filters: voucherFilters,
    url,
    query: page,
    pager,
  } = usePagedList(voucherPages, (url): VoucherFilters => ({
    status: url.choice('status', voucherStatuses),
  }))
  const vouchers = page.data?.items ?? []

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('wallet.title')}
        subtitle={t('wallet.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/vouchers/claims/new">
            {t('claims.new')}
          </LinkButton>
        }
      />
      <WalletTotals />
      <Card>
        <FilterBar onClear={url.clearFilters} canClear={url.hasAny}>
          <FilterField id="voucher-status" label={t('fields.status')} width={150}>
            <Select
              id="voucher-status"
              allowClear
              placeholder={t('common.all')}
              options={statuses}
              value={voucherFilters.status}
              onChange={(status?: string) => url.setFilter('status', status)}
            />
          </FilterField>
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={vouchers.some((voucher) => voucher.isSynthetic)} />
        <VoucherTable vouchers={vouchers} loading={page.isFetching} />
        <CursorPager pager={pager} />
      </Card>
    </Flex>
  )
}
