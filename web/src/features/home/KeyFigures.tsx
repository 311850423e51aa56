// The corridor's key figures, as the server counts them from the registry.
import { Col, Flex, Row, Skeleton, Statistic } from 'antd'
import { useTranslation } from 'react-i18next'
import type { RegistrySummary } from '../../shared/api/types'
import { formatCount } from '../../shared/format/format'
import { useLanguage } from '../../shared/i18n/useLanguage'
import { LinkButton } from '../../shared/ui/LinkButton'
import { Panel } from '../../shared/ui/Panel'

interface KeyFigure {
  key: string
  label: string
  value: number
  note?: string
  to: string
}

export function KeyFigures({ summary }: { summary: RegistrySummary | undefined }) {
  const { t } = useTranslation('home')
  const { language } = useLanguage()
  if (summary === undefined) {
    return (
      <Row gutter={[16, 16]}>
        {Array.from({ length: 6 }, (_, index) => (
          <Col key={index} xs={12} md={8} xl={4}>
            <Panel compact>
              <Skeleton active paragraph={false} />
            </Panel>
          </Col>
        ))}
      </Row>
    )
  }
  const figures: KeyFigure[] = [
    { key: 'cities', label: t('figures.cities'), value: summary.cities, to: '/cities' },
    {
      key: 'parks',
      label: t('figures.parks'),
      value: summary.parks,
      note: t('demonstrationParksNote', { parks: summary.demonstrationParks }),
      to: '/parks',
    },
    { key: 'alliances', label: t('figures.alliances'), value: summary.alliances, to: '/alliances' },
    {
      key: 'leadingFirms',
      label: t('figures.leadingFirms'),
      value: summary.leadingFirms,
      to: '/firms?leading=true',
    },
    {
      key: 'highTechFirms',
      label: t('figures.highTechFirms'),
      value: summary.highTechFirms,
      to: '/firms?highTech=true',
    },
    {
      key: 'institutions',
      label: t('figures.institutions'),
      value: summary.institutions,
      to: '/institutions',
    },
  ]
  return (
    <Row gutter={[16, 16]} data-testid="key-figures">
      {figures.map((figure) => (
        <Col key={figure.key} xs={12} md={8} xl={4}>
          <Panel compact>
            <Statistic title={figure.label} value={formatCount(figure.value, language)} />
            <Flex justify="space-between" align="center" gap={4} wrap>
              <span className="g60-muted g60-figure-note">{figure.note}</span>
              <LinkButton type="link" size="small" to={figure.to} aria-label={`${t('open')} ${figure.label}`}>
                {t('open')}
              </LinkButton>
            </Flex>
          </Panel>
        </Col>
      ))}
    </Row>
  )
}
