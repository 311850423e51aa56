// Redemption claims: the order they redeem, the other party, the amount, the documents and where each stands.
import type { TableColumnsType, TableProps } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column, moneyColumn, timestampColumn, type Column } from '../../../shared/ui/columns'
import { sortable } from '../../../shared/list/sorting'
import type { ListedRedemption } from '../../../shared/api/types'
import { RecordName } from '../../../shared/ui/RecordName'
import { CityName } from '../../../shared/reference/CityName'
import { Deliverable } from './Deliverable'
import { RedemptionState } from './RedemptionState'
import type { RedemptionView } from './redemptionView'

/** below this width the table scrolls sideways inside its card */
const tableScroll = { x: 980 } as const

interface RedemptionTableProps {
  redemptions: ListedRedemption[]
  loading: boolean
  view: RedemptionView
  renderActions?: (redemption: ListedRedemption) => ReactNode
  /** the list's order and what a header click does to it; without, the columns do not sort */
  sorting?: { sort: string; onChange: TableProps<ListedRedemption>['onChange'] }
}

/** The other side of the claim: the firm for its provider, the provider for its firm, both for an officer. */
function Parties({ redemption, view }: { redemption: ListedRedemption; view: RedemptionView }) {
  const provider = (
    <>
      <RecordName
        record={redemption.provider}
        fallback=""
        to={view === 'firm' ? `/providers/${encodeURIComponent(redemption.providerId)}` : undefined}
      />
      {' · '}
      <CityName code={redemption.providerCityCode} />
    </>
  )
  if (view === 'firm') return provider
  return (
    <>
      <RecordName
        record={redemption.firm}
        fallback=""
        to={`/firms/${encodeURIComponent(redemption.firmId)}`}
      />
      <span className="g60-secondary-name">
        {view === 'officer' ? provider : <CityName code={redemption.issuerCityCode} />}
      </span>
    </>
  )
}

export function RedemptionTable({
  redemptions,
  loading,
  view,
  renderActions,
  sorting,
}: RedemptionTableProps) {
  const { t } = useTranslation('vouchers')
  const sortableBy = (column: Column<ListedRedemption>, key: string) =>
    sorting === undefined ? column : sortable(column, key, sorting.sort)
  const columns: TableColumnsType<ListedRedemption> = [
    sortableBy(
      timestampColumn('claimedAt', t('redemptions.claimedAt'), (redemption) => redemption.createdAt, 120),
      'createdAt',
    ),
    column('order', t('fields.product'), (redemption) => (
      <>
        <RecordName record={redemption.subject} fallback="" />
        <span className="g60-secondary-name">{t(`enums.serviceCategory.${redemption.category}`)}</span>
      </>
    )),
    column('parties', t(`redemptions.parties.${view}`), (redemption) => (
      <Parties redemption={redemption} view={view} />
    )),
    sortableBy(
      moneyColumn('amount', t('redemptions.amount'), (redemption) => redemption.amountFen, 110),
      'amountFen',
    ),
    column(
      'documents',
      t('redemptions.documents'),
      (redemption) => (
        <>
          {t('redemptions.contract', { number: redemption.contractNumber })}
          <span className="g60-secondary-name">
            {t('redemptions.invoice', { number: redemption.invoiceNumber })}
          </span>
          <Deliverable redemption={redemption} />
        </>
      ),
      200,
    ),
    sortableBy(
      column('status', t('fields.status'), (redemption) => <RedemptionState redemption={redemption} />, 150),
      'status',
    ),
    ...(renderActions === undefined
      ? []
      : [
          column(
            'actions',
            t('common.actions'),
            (redemption: ListedRedemption) => renderActions(redemption),
            120,
          ),
        ]),
  ]
  return (
    <DataTable<ListedRedemption>
      rows={redemptions}
      scroll={tableScroll}
      columns={columns}
      loading={loading}
      onChange={sorting?.onChange}
      data-testid="redemption-table"
      emptyText={t('redemptions.empty')}
    />
  )
}
