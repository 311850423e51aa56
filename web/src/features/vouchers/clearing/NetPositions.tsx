// Each city's net position: what other cities owe its providers minus what it owes theirs (通兑 flows only);
// the nine sum to zero, so the treasuries settle net instead of pair by pair.
import type { TableColumnsType } from 'antd'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column, moneyColumn } from '../../../shared/ui/columns'
import type { ClearingReport } from '../../../shared/api/types'
import { Money } from '../../../shared/ui/Money'
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
    moneyColumn(
      'receivable',
      t('clearing.receivable'),
      (position) => position.receivableFromOtherCitiesFen,
      200,
    ),
    moneyColumn('payable', t('clearing.payable'), (position) => position.payableToOtherCitiesFen, 200),
    column('net', t('clearing.net'), (position) => <NetFigure fen={position.netFen} />, {
      align: 'right',
      width: 180,
    }),
  ]
  return (
    <DataTable<Position> rowKey="cityCode" rows={positions} columns={columns} data-testid="net-positions" />
  )
}
