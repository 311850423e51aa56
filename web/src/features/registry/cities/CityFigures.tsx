import { Card, Col, Row, Statistic } from 'antd'
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import { formatCount } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'

/** A city's figures, counted by the server from the registry. */
export function CityFigures({ figures }: { figures: City['figures'] }) {
  const { t } = useTranslation('registry')
  const { language } = useLanguage()
  const items = [
    { key: 'highTechFirms', label: t('figures.highTechFirms'), value: figures.highTechFirms },
    { key: 'leadingFirms', label: t('figures.leadingFirms'), value: figures.leadingFirms },
    { key: 'parks', label: t('figures.parks'), value: figures.parks },
    { key: 'demonstrationParks', label: t('figures.demonstrationParks'), value: figures.demonstrationParks },
    { key: 'institutions', label: t('figures.institutions'), value: figures.institutions },
    { key: 'providers', label: t('figures.providers'), value: figures.providers },
  ]
  return (
    <Row gutter={[16, 16]}>
      {items.map((item) => (
        <Col key={item.key} xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={item.label} value={formatCount(item.value, language)} />
          </Card>
        </Col>
      ))}
    </Row>
  )
}
