// Instruments as a list: name and model, kind, owner and city, external price, status.
import type { TableColumnsType, TableProps } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DataTable } from '../../../shared/ui/DataTable'
import { column, type Column } from '../../../shared/ui/columns'
import { sortable } from '../../../shared/list/sorting'
import { RecordName } from '../../../shared/ui/RecordName'
import { Link } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CityName } from '../../../shared/reference/CityName'
import type { ListedInstrument as Instrument } from '../common/instrument.types'
import { PriceText } from '../common/PriceText'
import { InstrumentStatusTag } from '../common/StatusTags'

interface InstrumentTableProps {
  instruments: Instrument[]
  loading: boolean
  /** the owner's view shows both prices and an actions column */
  actions?: (instrument: Instrument) => ReactNode
  emptyText?: string
  /** the list's order and what a header click does to it; without, the columns do not sort */
  sorting?: { sort: string; onChange: TableProps<Instrument>['onChange'] }
}

export function InstrumentTable({ instruments, loading, actions, emptyText, sorting }: InstrumentTableProps) {
  const { t } = useTranslation('instruments')
  const { nameOf, otherNameOf } = useLanguage()
  const sortableBy = (column: Column<Instrument>, key: string) =>
    sorting === undefined ? column : sortable(column, key, sorting.sort)
  const columns: TableColumnsType<Instrument> = [
    column('name', t('fields.name'), (instrument) => (
      <>
        <Link to={`/instruments/${encodeURIComponent(instrument.id)}`}>{nameOf(instrument)}</Link>
        <span className="g60-secondary-name">
          {otherNameOf(instrument)} · {instrument.maker} {instrument.model}
        </span>
      </>
    )),
    sortableBy(
      column(
        'category',
        t('fields.category'),
        (instrument) => (
          <>
            {t(`enums.category.${instrument.category}`)}
            <span className="g60-secondary-name">{t(`enums.valueTier.${instrument.valueTier}`)}</span>
          </>
        ),
        130,
      ),
      'originalValueFen',
    ),
    actions === undefined
      ? {
          key: 'owner',
          title: t('fields.owner'),
          width: 200,
          render: (_: unknown, instrument: Instrument) => (
            <>
              <RecordName
                record={instrument.provider}
                fallback=""
                to={`/providers/${encodeURIComponent(instrument.providerId)}`}
              />
              <span className="g60-secondary-name">
                <CityName code={instrument.cityCode} />
              </span>
            </>
          ),
        }
      : {
          key: 'location',
          title: t('fields.location'),
          width: 220,
          render: (_: unknown, instrument: Instrument) => instrument.locationZh,
        },
    sortableBy(
      column(
        'price',
        actions === undefined ? t('fields.externalPrice') : t('fields.prices'),
        (instrument) =>
          actions === undefined ? (
            <PriceText fen={instrument.externalPriceFen} unit={instrument.priceUnit} />
          ) : (
            <>
              <PriceText fen={instrument.externalPriceFen} unit={instrument.priceUnit} />
              <span className="g60-secondary-name">
                {t('fields.internalShort')}{' '}
                <PriceText fen={instrument.internalPriceFen} unit={instrument.priceUnit} />
              </span>
            </>
          ),
        { align: 'right', width: 150 },
      ),
      'externalPriceFen',
    ),
    column(
      'status',
      t('fields.status'),
      (instrument) => <InstrumentStatusTag status={instrument.status} />,
      90,
    ),
  ]
  if (actions !== undefined) {
    columns.push({
      key: 'actions',
      title: t('common.actions'),
      width: 120,
      render: (_, instrument) => actions(instrument),
    })
  }
  return (
    <DataTable<Instrument>
      rows={instruments}
      columns={columns}
      loading={loading}
      onChange={sorting?.onChange}
      data-testid="instrument-table"
      scroll={{ x: 760 }}
      emptyText={emptyText}
    />
  )
}
