// Redemption claims: the order they redeem, the other party, the amount, the documents and where each stands.
import { Empty, Table, type TableColumnsType } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Redemption } from '../../../shared/api/types'
import { formatTimestamp } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
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
  const { language } = useLanguage()
  const columns: TableColumnsType<Redemption> = [
    {
      key: 'claimedAt',
      title: t('redemptions.claimedAt'),
      width: 120,
      render: (_, redemption) => formatTimestamp(redemption.createdAt, language),
    },
    {
      key: 'order',
      title: t('fields.product'),
      render: (_, redemption) => <RedemptionOrder orderId={redemption.orderId} />,
    },
    {
      key: 'parties',
      title: t(`redemptions.parties.${view}`),
      render: (_, redemption) => <Parties redemption={redemption} view={view} />,
    },
    {
      key: 'amount',
      title: t('redemptions.amount'),
      align: 'right',
      width: 110,
      render: (_, redemption) => <Money fen={redemption.amountFen} />,
    },
    {
      key: 'documents',
      title: t('redemptions.documents'),
      width: 200,
      render: (_, redemption) => (
        <>
          {t('redemptions.contract', { number: redemption.contractNumber })}
          <span className="g60-secondary-name">
            {t('redemptions.invoice', { number: redemption.invoiceNumber })}
          </span>
          <Deliverable redemption={redemption} />
        </>
      ),
    },
    {
      key: 'status',
      title: t('fields.status'),
      width: 150,
      render: (_, redemption) => <RedemptionState redemption={redemption} />,
    },
    ...(renderActions === undefined
      ? []
      : [
          {
            key: 'actions',
            title: t('common.actions'),
            width: 120,
            render: (_: unknown, redemption: Redemption) => renderActions(redemption),
          },
        ]),
  ]
  return (
    <Table<Redemption>
      rowKey="id"
      columns={columns}
      dataSource={redemptions}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={tableScroll}
      locale={{ emptyText: <Empty description={t('redemptions.empty')} /> }}
      data-testid="redemption-table"
    />
  )
}
