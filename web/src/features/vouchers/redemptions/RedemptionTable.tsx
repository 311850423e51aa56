// Redemption claims: the order they redeem, the other party, the amount, the documents and where each stands.
import type { TableColumnsType } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column, moneyColumn, timestampColumn } from '../../../shared/ui/columns'
import type { Redemption } from '../../../shared/api/types'
import { FirmName } from '../../registry/firms/FirmName'
import { ProviderName } from '../../registry/providers/ProviderName'
import { CityName } from '../../../shared/reference/CityName'
import { Deliverable } from './Deliverable'
import { RedemptionOrder } from './RedemptionOrder'
import { RedemptionState } from './RedemptionState'
import type { RedemptionView } from './redemptionView'

/** below this width the table scrolls sideways inside its card */
const tableScroll = { x: 980 } as const

interface RedemptionTableProps {
  redemptions: Redemption[]
  loading: boolean
  view: RedemptionView
  renderActions?: (redemption: Redemption) => ReactNode
}

/** The other side of the claim: the firm for its provider, the provider for its firm, both for an officer. */
function Parties({ redemption, view }: { redemption: Redemption; view: RedemptionView }) {
  const provider = (
    <>
      <ProviderName id={redemption.providerId} linked={view === 'firm'} />
      {' · '}
      <CityName code={redemption.providerCityCode} />
    </>
  )
  if (view === 'firm') return provider
  return (
    <>
      <FirmName id={redemption.firmId} linked />
      <span className="g60-secondary-name">
        {view === 'officer' ? provider : <CityName code={redemption.issuerCityCode} />}
      </span>
    </>
  )
}

export function RedemptionTable({ redemptions, loading, view, renderActions }: RedemptionTableProps) {
  const { t } = useTranslation('vouchers')
  const columns: TableColumnsType<Redemption> = [
    timestampColumn('claimedAt', t('redemptions.claimedAt'), (redemption) => redemption.createdAt, 120),
    column('order', t('fields.product'), (redemption) => <RedemptionOrder orderId={redemption.orderId} />),
    column('parties', t(`redemptions.parties.${view}`), (redemption) => (
      <Parties redemption={redemption} view={view} />
    )),
    moneyColumn('amount', t('redemptions.amount'), (redemption) => redemption.amountFen, 110),
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
    column('status', t('fields.status'), (redemption) => <RedemptionState redemption={redemption} />, 150),
    ...(renderActions === undefined
      ? []
      : [column('actions', t('common.actions'), (redemption: Redemption) => renderActions(redemption), 120)]),
  ]
  return (
    <DataTable<Redemption>
      rows={redemptions}
      scroll={tableScroll}
      columns={columns}
      loading={loading}
      data-testid="redemption-table"
      emptyText={t('redemptions.empty')}
    />
  )
}
