// Instruments as a list: name and model, kind, owner and city, external price, status.
import { Empty, Table, type TableColumnsType } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CityName } from '../../../shared/reference/CityName'
import type { Instrument } from '../common/instrument.types'
import { OwnerName } from '../common/OrganisationName'
import { PriceText } from '../common/PriceText'
import { InstrumentStatusTag } from '../common/StatusTags'

interface InstrumentTableProps {
  instruments: Instrument[]
  loading: boolean
  /** the owner's view shows both prices and an actions column */
  actions?: (instrument: Instrument) => ReactNode
  emptyText?: string
}

export function InstrumentTable({ instruments, loading, actions, emptyText }: InstrumentTableProps) {
  const { t } = useTranslation('instruments')
  const { nameOf, otherNameOf } = useLanguage()
  const columns: TableColumnsType<Instrument> = [
    {
      key: 'name',
      title: t('fields.name'),
      render: (_, instrument) => (
        <>
          <Link to={`/instruments/${encodeURIComponent(instrument.id)}`}>{nameOf(instrument)}</Link>
          <span className="g60-secondary-name">
            {otherNameOf(instrument)} · {instrument.maker} {instrument.model}
          </span>
        </>
      ),
    },
    {
      key: 'category',
      title: t('fields.category'),
      width: 130,
      render: (_, instrument) => (
        <>
          {t(`enums.category.${instrument.category}`)}
          <span className="g60-secondary-name">{t(`enums.valueTier.${instrument.valueTier}`)}</span>
        </>
      ),
    },
    actions === undefined
      ? {
          key: 'owner',
          title: t('fields.owner'),
          width: 200,
          render: (_: unknown, instrument: Instrument) => (
            <>
              <OwnerName id={instrument.providerId} />
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
    {
      key: 'price',
      title: actions === undefined ? t('fields.externalPrice') : t('fields.prices'),
      align: 'right',
      width: 150,
      render: (_, instrument) =>
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
    },
    {
      key: 'status',
      title: t('fields.status'),
      width: 90,
      render: (_, instrument) => <InstrumentStatusTag status={instrument.status} />,
    },
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
    <Table<Instrument>
      rowKey="id"
      columns={columns}
      dataSource={instruments}
      loading={loading}
      pagination={false}
      size="middle"
      scroll={{ x: 760 }}
      locale={{ emptyText: <Empty description={emptyText ?? t('common.noResults')} /> }}
      data-testid="instrument-table"
    />
  )
}
