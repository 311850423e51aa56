// The headline: each kind's share of activity that crossed a city line in the period (cross ÷ total), with the
// cross-city amount under it.
import { Card, Col, Progress, Row, Statistic, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import type { FlowMatrix } from '../common/insights.types'
import { flowKinds, formatFlowValue, formatShare, kindColours, unitOfKind } from '../common/kinds'

export function ShareFigures({
  matrices,
  loading,
}: {
  matrices: FlowMatrix[] | undefined
  loading: boolean
}) {
  const { t } = useTranslation('insights')
  const { language } = useLanguage()
  return (
    <Row gutter={[12, 12]} data-testid="share-figures">
      {flowKinds.map((kind) => {
        const matrix = matrices?.find((candidate) => candidate.kind === kind)
        const share = matrix === undefined || matrix.total === 0 ? null : matrix.cross / matrix.total
        return (
          <Col key={kind} xs={12} md={8} xl={{ flex: '20%' }}>
            <Card size="small" style={{ height: '100%' }}>
              <Statistic
                title={t('home.shareOf', { kind: t(`kinds.${kind}`) })}
                value={share === null ? '—' : formatShare(share, language)}
                loading={loading}
              />
              <Progress
                percent={share === null ? 0 : Math.round(share * 1000) / 10}
                showInfo={false}
                strokeColor={kindColours[kind]}
                size="small"
                aria-label={t('home.shareOf', { kind: t(`kinds.${kind}`) })}
              />
              {matrix !== undefined && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('home.crossOf', {
                    cross: formatFlowValue(matrix.cross, unitOfKind[kind], language),
                    total: formatFlowValue(matrix.total, unitOfKind[kind], language),
                  })}
                </Typography.Text>
              )}
            </Card>
          </Col>
        )
      })}
    </Row>
  )
}
