// The appropriations that funded a scheme's budget, each with its year and appropriation document.
import type { TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { Appropriation } from '../../../shared/api/types'
import { PagedTable } from '../../../shared/list/PagedRows'
import { usePagedList } from '../../../shared/list/usePagedList'
import { moneyColumn, timestampColumn } from '../../../shared/ui/columns'
import { appropriationPages } from './schemes.queries'

export function Appropriations({ schemeId }: { schemeId: string }) {
  const { t } = useTranslation('vouchers')
  const list = usePagedList(appropriationPages, () => schemeId)
  const columns: TableColumnsType<Appropriation> = [
    { key: 'year', title: t('appropriations.budgetYear'), width: 100, dataIndex: 'budgetYear' },
    moneyColumn('amount', t('appropriations.amount'), (appropriation) => appropriation.amountFen, 160),
    { key: 'document', title: t('appropriations.documentReference'), dataIndex: 'documentReference' },
    timestampColumn('at', t('appropriations.at'), (appropriation) => appropriation.createdAt, 170),
  ]
  return (
    <PagedTable
      list={list}
      notice={false}
      columns={columns}
      emptyText={t('appropriations.empty')}
      data-testid="appropriation-table"
    />
  )
}
