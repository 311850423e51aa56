// The appropriations that funded a scheme's budget, each with its year and appropriation document.
import { Empty, Table, type TableColumnsType } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Appropriation } from '../../../shared/api/types'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CursorPager } from '../../../shared/ui/CursorPager'
import { Money } from '../../../shared/ui/Money'
import { InlineError } from '../../../shared/ui/PageError'
import { tableScroll } from '../../../shared/ui/tables'
import { useCursorPager } from '../../../shared/ui/useCursorPager'
import { useAppropriationPage } from './schemes.queries'

export function Appropriations({ schemeId }: { schemeId: string }) {
  const { t } = useTranslation()
  const { language } = useLanguage()
  const [pageSize, setPageSize] = useState(20)
  const pager = useCursorPager(JSON.stringify([schemeId, pageSize]))
  const page = useAppropriationPage(schemeId, pager.cursor, pageSize)
  const appropriations = page.data?.items ?? []
  const columns: TableColumnsType<Appropriation> = [
    { key: 'year', title: t('vouchers.appropriations.budgetYear'), width: 100, dataIndex: 'budgetYear' },
    {
      key: 'amount',
      title: t('vouchers.appropriations.amount'),
      align: 'right',
      width: 160,
      render: (_, appropriation) => <Money fen={appropriation.amountFen} />,
    },
    {
      key: 'document',
      title: t('vouchers.appropriations.documentReference'),
      dataIndex: 'documentReference',
    },
    {
      key: 'at',
      title: t('vouchers.appropriations.at'),
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
        locale={{ emptyText: <Empty description={t('vouchers.appropriations.empty')} /> }}
        data-testid="appropriation-table"
      />
      <CursorPager
        pager={pager}
        nextCursor={page.data?.nextCursor}
        pageSize={pageSize}
        onPageSizeChange={setPageSize}
        busy={page.isFetching}
        itemsOnPage={appropriations.length}
      />
    </>
  )
}
