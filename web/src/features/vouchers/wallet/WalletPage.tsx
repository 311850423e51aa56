// A firm's voucher wallet: totals of its active vouchers, and each voucher with its balance and expiry.
import { Card, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions } from '../../../shared/reference/options'
import { voucherStatuses } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SelectFilter } from '../../../shared/ui/filters'
import { NewLink } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { VoucherTable } from './VoucherTable'
import { WalletTotals } from './WalletTotals'
import { voucherPages, type VoucherFilters } from './wallet.queries'

export function WalletPage() {
  const { t } = useTranslation('vouchers')
  const statuses = enumOptions(voucherStatuses, (status) => t(`enums.voucherStatus.${status}`))
  const list = usePagedList(voucherPages, (url): VoucherFilters => ({
    status: url.choice('status', voucherStatuses),
  }))

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('wallet.title')}
        subtitle={t('wallet.subtitle')}
        extra={<NewLink to="/vouchers/claims/new">{t('claims.new')}</NewLink>}
      />
      <WalletTotals />
      <Card>
        <FilterBar url={list.url} values={list.filters} idPrefix="voucher">
          <SelectFilter name="status" label={t('fields.status')} options={statuses} />
        </FilterBar>
        <PagedRows list={list}>
          <VoucherTable vouchers={list.items} loading={list.query.isFetching} />
        </PagedRows>
      </Card>
    </Flex>
  )
}
