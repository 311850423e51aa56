// The score at a glance: the total out of 100 on a dial, the firm's stage and the parameters used, and each of the
// three groups' points against the most it could earn.
import { Card, Col, Flex, Progress, Row, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { FirmScore } from '../common/finance.types'
import { formatTenths } from '../common/format'

export function ScoreSummary({ score }: { score: FirmScore }) {
  const { t } = useTranslation('finance')
  const { language } = useLanguage()
  return (
    <Card data-testid="score-summary">
      <Row gutter={[24, 16]} align="middle">
        <Col xs={24} md={9} xl={7}>
          <Flex vertical align="center" gap={8}>
            <Progress
              type="dashboard"
              percent={score.score}
              size={168}
              aria-label={t('score.total')}
              strokeColor={{ '0%': '#69b1ff', '100%': '#1561c9' }}
              format={() => (
                <span className="g60-score-dial">
                  <strong data-testid="score-total">{formatTenths(score.totalTenths, language)}</strong>
                  <small>{t('score.outOf100')}</small>
                </span>
              )}
            />
            <Typography.Text type="secondary">{t('score.total')}</Typography.Text>
          </Flex>
        </Col>
        <Col xs={24} md={15} xl={17}>
          <Flex wrap gap="4px 24px" className="g60-score-facts">
            {[
              { key: 'stage', label: t('score.stage'), value: t(`enums.stage.${score.stage}`) },
              { key: 'asOf', label: t('score.asOf'), value: score.asOf },
              {
                key: 'parameters',
                label: t('score.parameters'),
                value: t('score.parametersFrom', { day: score.parameterSetEffectiveFrom }),
              },
            ].map((fact) => (
              <span key={fact.key}>
                <span className="g60-muted">{fact.label}</span> {fact.value}
              </span>
            ))}
          </Flex>
          <Flex vertical gap={12} style={{ marginTop: 16 }}>
            {score.groups.map((group) => (
              <div key={group.group} data-testid={`score-group-${group.group}`}>
                <Flex justify="space-between" wrap gap={8}>
                  <Typography.Text strong>{t(`enums.indicatorGroup.${group.group}`)}</Typography.Text>
                  <Typography.Text className="g60-numeric">
                    {t('score.pointsOf', {
                      points: formatTenths(group.pointsTenths, language),
                      of: formatTenths(group.weightPermille, language),
                    })}
                  </Typography.Text>
                </Flex>
                <Progress
                  percent={group.weightPermille === 0 ? 0 : (group.pointsTenths / group.weightPermille) * 100}
                  showInfo={false}
                  aria-label={t(`enums.indicatorGroup.${group.group}`)}
                />
              </div>
            ))}
          </Flex>
        </Col>
      </Row>
    </Card>
  )
}
