// A firm's voucher wallet: totals of its active vouchers, and each voucher with its balance and expiry.
import { PlusOutlined } from '@ant-design/icons'
import { Card, Flex, Select } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { voucherStatuses } from '../../../shared/ui/enums'
import { FilterBar, FilterField } from '../../../shared/ui/FilterBar'
import { LinkButton } from '../../../shared/ui/LinkButton'
import { InlineError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useUrlFilters } from '../../../shared/ui/useUrlFilters'
import { useEnumOptions } from '../../registry/reference/options'
import { VoucherTable } from './VoucherTable'
import { WalletTotals } from './WalletTotals'
import { useVoucherPage, type VoucherFilters } from './wallet.queries'

export function WalletPage() {
  const { t } = useTranslation()
  const filters = useUrlFilters()
  const [pageSize, setPageSize] = useState(20)
  const statuses = useEnumOptions(voucherStatuses, (status) => `enums.voucherStatus.${status}`)
  const voucherFilters: VoucherFilters = { status: filters.choice('status', voucherStatuses) }
  const pager = useCursorPager(JSON.stringify([voucherFilters, pageSize]))
  const page = useVoucherPage(voucherFilters, pager.cursor, pageSize)
  const vouchers = page.data?.items ?? []

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('vouchers.wallet.title')}
        subtitle={t('vouchers.wallet.subtitle')}
        extra={
          <LinkButton type="primary" icon={<PlusOutlined />} to="/vouchers/claims/new">
            {t('vouchers.claims.new')}
          </LinkButton>
        }
      />
      <WalletTotals />
      <Card>
        <FilterBar onClear={filters.clearFilters} canClear={filters.hasAny}>
          <FilterField id="voucher-status" label={t('vouchers.fields.status')} width={150}>
            <Select
              id="voucher-status"
              allowClear
              placeholder={t('common.all')}
              options={statuses}
              value={voucherFilters.status}
              onChange={(status?: string) => filters.setFilter('status', status)}
            />
          </FilterField>
        </FilterBar>
        {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
        <SyntheticNotice shown={vouchers.some((voucher) => voucher.isSynthetic)} />
        <VoucherTable vouchers={vouchers} loading={page.isFetching} />
        <CursorPager
          pager={pager}
          nextCursor={page.data?.nextCursor}
          pageSize={pageSize}
          onPageSizeChange={setPageSize}
          busy={page.isFetching}
          itemsOnPage={vouchers.length}
        />
      </Card>
    </Flex>
  )
}
