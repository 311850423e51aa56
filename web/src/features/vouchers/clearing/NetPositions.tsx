// Each city's net position: what other cities owe its providers minus what it owes theirs (通兑 flows only);
// the nine sum to zero, so the treasuries settle net instead of pair by pair.
import { Empty, Table, type TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import type { ClearingReport } from '../../../shared/api/types'
import { Money } from '../../../shared/ui/Money'
import { tableScroll } from '../../../shared/ui/tables'
import { CityName } from '../../../shared/reference/CityName'

type Position = ClearingReport['positions'][number]

function NetFigure({ fen }: { fen: number }) {
  const colour = fen > 0 ? '#237804' : fen < 0 ? '#cf1322' : undefined
  return (
    <span style={{ color: colour, fontWeight: 600 }}>
      {fen > 0 && '+'}
      <Money fen={fen} />
    </span>
  )
}

export function NetPositions({ positions }: { positions: Position[] }) {
  const { t } = useTranslation('vouchers')
  const columns: TableColumnsType<Position> = [
    { key: 'city', title: t('common.city'), render: (_, position) => <CityName code={position.cityCode} /> },
    {
      key: 'receivable',
      title: t('clearing.receivable'),
      align: 'right',
      width: 200,
      render: (_, position) => <Money fen={position.receivableFromOtherCitiesFen} />,
    },
    {
      key: 'payable',
      title: t('clearing.payable'),
      align: 'right',
      width: 200,
      render: (_, position) => <Money fen={position.payableToOtherCitiesFen} />,
    },
    {
      key: 'net',
      title: t('clearing.net'),
      align: 'right',
      width: 180,
      render: (_, position) => <NetFigure fen={position.netFen} />,
    },
  ]
  return (
    <Table<Position>
      rowKey="cityCode"
      columns={columns}
      dataSource={positions}
      pagination={false}
      size="middle"
      scroll={tableScroll}
      locale={{ emptyText: <Empty description={t('common.noResults')} /> }}
      data-testid="net-positions"
    />
  )
}
