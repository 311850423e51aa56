// What an instrument is and where: owner, city, place, maker and model, value, specifications and services.
import { Card, Descriptions, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { Money } from '../../../shared/ui/Money'
import { CityName } from '../../../shared/reference/CityName'
import type { Instrument } from '../common/instrument.types'
import { ProviderName } from '../../registry/providers/ProviderName'

export function InstrumentFacts({ instrument }: { instrument: Instrument }) {
  const { t } = useTranslation('instruments')
  const { isChinese } = useLanguage()
  const paragraph = (text: string) => (
    <Typography.Paragraph style={{ marginBottom: 0, whiteSpace: 'pre-wrap' }}>{text}</Typography.Paragraph>
  )
  return (
    <Card title={t('detail.facts')} className="g60-instrument-facts" data-testid="instrument-facts">
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 2 }}
        items={[
          {
            key: 'owner',
            label: t('fields.owner'),
            children: <ProviderName id={instrument.providerId} linked />,
          },
          { key: 'city', label: t('common.city'), children: <CityName code={instrument.cityCode} linked /> },
          { key: 'location', label: t('fields.location'), children: instrument.locationZh },
          {
            key: 'maker',
            label: t('fields.makerModel'),
            children: `${instrument.maker} ${instrument.model}`,
          },
          {
            key: 'category',
            label: t('fields.category'),
            children: t(`enums.category.${instrument.category}`),
          },
          {
            key: 'value',
            label: t('fields.originalValue'),
            children: (
              <>
                <Money fen={instrument.originalValueFen} />{' '}
                <span className="g60-muted">({t(`enums.valueTier.${instrument.valueTier}`)})</span>
              </>
            ),
          },
          {
            key: 'contact',
            label: t('fields.contact'),
            children: `${instrument.contactName} ${instrument.contactPhone}`,
          },
          {
            key: 'specifications',
            label: t('fields.specifications'),
            span: 'filled',
            children: paragraph(isChinese ? instrument.specificationsZh : instrument.specificationsEn),
          },
          {
            key: 'services',
            label: t('fields.services'),
            span: 'filled',
            children: paragraph(instrument.servicesZh),
          },
        ]}
      />
    </Card>
  )
}
