// A firm's voucher wallet: totals of its active vouchers, and each voucher with its balance and expiry.
import { Card, Flex } from 'antd'
import { useTranslation } from 'react-i18next'
import { PagedRows } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { enumOptions } from '../../../shared/reference/options'
import { voucherStatuses } from '../../../shared/ui/enums'
import { FilterBar } from '../../../shared/ui/FilterBar'
import { SearchFilter, SelectFilter } from '../../../shared/ui/filters'
import { ExportButton } from '../../../shared/list/ExportButton'
import { sortChange, sortFilter } from '../../../shared/list/sorting'
import { NewLink } from '../../../shared/ui/LinkButton'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { VoucherTable } from './VoucherTable'
import { WalletTotals } from './WalletTotals'
import { voucherExportPath, voucherPages, voucherSortKeys, type VoucherFilters } from './wallet.queries'

export function WalletPage() {
  const { t } = useTranslation('vouchers')
  const statuses = enumOptions(voucherStatuses, (status) => t(`enums.voucherStatus.${status}`))
  const list = usePagedList(voucherPages, (url): VoucherFilters => ({
    status: url.choice('status', voucherStatuses),
    // a wallet reads as a history: the newest voucher first unless a header says otherwise
    sort: sortFilter(url, voucherSortKeys, '-issuedAt'),
    q: url.text('q'),
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
          <SearchFilter label={t('claims.search')} placeholder={t('claims.searchHint')} width={240} />
        </FilterBar>
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <ExportButton path={voucherExportPath} query={{ ...list.filters }} />
        </Flex>
        <PagedRows list={list}>
          <VoucherTable
            vouchers={list.items}
            loading={list.query.isFetching}
            sorting={{ sort: list.filters.sort ?? '-issuedAt', onChange: sortChange(list.url) }}
          />
        </PagedRows>
      </Card>
    </Flex>
  )
}
