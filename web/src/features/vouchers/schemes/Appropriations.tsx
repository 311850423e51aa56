// The appropriations that funded a scheme's budget, each with its year and appropriation document.
import { Empty, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Appropriation } from '../../../shared/api/types'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CursorPager } from '../../../shared/list/CursorPager'
import { usePagedList } from '../../../shared/list/usePagedList'
import { Money } from '../../../shared/ui/Money'
import { InlineError } from '../../../shared/ui/PageError'
import { tableScroll } from '../../../shared/ui/tables'
import { appropriationPages } from './schemes.queries'

export function Appropriations({ schemeId }: { schemeId: string }) {
  const { t } = useTranslation('vouchers')
  const { language } = useLanguage()
  const { query: page, pager } = usePagedList(appropriationPages, () => schemeId)
  const appropriations = page.data?.items ?? []
  const columns: TableColumnsType<Appropriation> = [
    { key: 'year', title: t('appropriations.budgetYear'), width: 100, dataIndex: 'budgetYear' },
    {
      key: 'amount',
      title: t('appropriations.amount'),
      align: 'right',
      width: 160,
      render: (_, appropriation) => <Money fen={appropriation.amountFen} />,
    },
    {
      key: 'document',
      title: t('appropriations.documentReference'),
      dataIndex: 'documentReference',
    },
    {
      key: 'at',
      title: t('appropriations.at'),
      width: 170,
      render: (_, appropriation) => formatTimestamp(appropriation.createdAt, language),
    },
  ]
  return (
    <>
      {page.isError && <InlineError error={page.error} onRetry={() => void page.refetch()} />}
      <Table<Appropriation>
        rowKey="id"
        columns={columns}
        dataSource={appropriations}
        loading={page.isFetching}
        pagination={false}
        size="middle"
        scroll={tableScroll}
        locale={{ emptyText: <Empty description={t('appropriations.empty')} /> }}
        data-testid="appropriation-table"
      />
      <CursorPager pager={pager} />
    </>
  )
}
