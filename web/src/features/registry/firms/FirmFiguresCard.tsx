// A firm's private figures (R&D spend, revenue, staff), shown only to those the server lets see them.
import { LockOutlined } from '@ant-design/icons'
import { Alert, Card, Col, Row, Skeleton, Statistic, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { isApiError } from '../../../shared/api/errors'
import { formatCount, formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { InlineError } from '../../../shared/ui/PageError'
import { useFirmFigures } from './firms.queries'

export function FirmFiguresCard({ firmId }: { firmId: string }) {
  const { t } = useTranslation('registry')
  const { language } = useLanguage()
  const figures = useFirmFigures(firmId)

  const body = () => {
    if (figures.isPending) return <Skeleton active paragraph={{ rows: 2 }} />
    if (figures.isError) {
      if (isApiError(figures.error, 403) || isApiError(figures.error, 401)) {
        return (
          <Alert
            type="info"
            showIcon
            icon={<LockOutlined />}
            title={t('firms.figures.hiddenTitle')}
            description={t('firms.figures.hiddenText')}
            data-testid="firm-figures-hidden"
          />
        )
      }
      return <InlineError error={figures.error} onRetry={() => void figures.refetch()} />
    }
    const data = figures.data
    return (
      <div data-testid="firm-figures">
        <Row gutter={[16, 16]}>
          <Col xs={24} md={8}>
            <Statistic
              title={t('firms.figures.researchSpend')}
              value={formatFen(data.researchSpendFen, language)}
            />
          </Col>
          <Col xs={24} md={8}>
            <Statistic title={t('firms.figures.revenue')} value={formatFen(data.revenueFen, language)} />
          </Col>
          <Col xs={24} md={8}>
            <Statistic title={t('firms.figures.staff')} value={formatCount(data.staffCount, language)} />
          </Col>
        </Row>
        <Typography.Text type="secondary" style={{ display: 'block', marginTop: 12 }}>
          {data.figuresReportedOn === null
            ? t('firms.figures.notReported')
            : t('firms.figures.reportedOn', { date: data.figuresReportedOn })}
        </Typography.Text>
      </div>
    )
  }

  return (
    <Card title={t('firms.figures.title')} extra={<LockOutlined aria-label={t('firms.figures.private')} />}>
      {body()}
    </Card>
  )
}
