// Indicators against targets (指标与目标): every indicator's latest value, target and gap (coloured by whether it is
// on track), then each one's trend with its values, sources and publication days (chart, table, export). The office
// (and a city's officers, for their city's values) enters a value or imports a file of them.
import { PlusOutlined, UploadOutlined } from '@ant-design/icons'
import { Button, Card, Col, Flex, Row, Typography } from 'antd'
import { lazy, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartCard } from '../../../shared/charts/ChartCard'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { ExportButton } from '../../../shared/list/ExportButton'
import { indicatorExportPath, useIndicators } from '../common/insights.queries'
import type { Indicator } from '../common/insights.types'
import { formatIndicatorValue, headlineSeries } from './indicatorFigures'
import { IndicatorSummary } from './IndicatorSummary'
import { GapText, IndicatorValuesTable } from './IndicatorValuesTable'
import { ImportDialog } from './ImportDialog'
import { ValueDialog } from './ValueDialog'

const trendModule = import('./IndicatorTrend')
const IndicatorTrend = lazy(async () => ({ default: (await trendModule).IndicatorTrend }))

function IndicatorCard({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation('insights')
  const { language, nameOf } = useLanguage()
  const latest = headlineSeries(indicator)?.latest ?? null
  return (
    <ChartCard
      title={nameOf(indicator)}
      height={280}
      testId={`indicator-${indicator.code}`}
      chart={<IndicatorTrend indicator={indicator} />}
      table={<IndicatorValuesTable indicator={indicator} />}
      actions={
        <>
          <Typography.Text type="secondary" style={{ marginRight: 'auto' }}>
            {latest === null
              ? t('indicators.noValues')
              : formatIndicatorValue(latest.value, indicator, language)}
            {indicator.target !== null &&
              ` · ${t('indicators.targetIs', { target: formatIndicatorValue(indicator.target, indicator, language) })} · `}
            {indicator.target !== null && <GapText value={latest} indicator={indicator} />}
          </Typography.Text>
          <ExportButton
            path={indicatorExportPath(indicator.code)}
            query={{}}
            testId={`indicator-export-${indicator.code}`}
          />
        </>
      }
    />
  )
}

export function IndicatorsPage() {
  const { t } = useTranslation('insights')
  const user = useCurrentUser()
  const indicators = useIndicators()
  const [dialog, setDialog] = useState<'value' | 'import' | null>(null)
  const mayEnter = user.role === 'corridor_admin' || user.role === 'city_officer'
  const list = indicators.data ?? []
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('nav.indicators')}
        subtitle={t('indicators.subtitle')}
        extra={
          mayEnter && (
            <Flex gap="small" wrap>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setDialog('value')}
                data-testid="enter-value"
              >
                {t('indicators.enterValue')}
              </Button>
              <Button
                icon={<UploadOutlined />}
                onClick={() => setDialog('import')}
                data-testid="import-values"
              >
                {t('indicators.importTitle')}
              </Button>
            </Flex>
          )
        }
      />
      <QueryError query={indicators} />
      <Card title={t('indicators.summaryTitle')}>
        <IndicatorSummary indicators={list} loading={indicators.isPending} />
      </Card>
      <Row gutter={[16, 16]}>
        {list.map((indicator) => (
          <Col key={indicator.code} xs={24} xl={12}>
            <IndicatorCard indicator={indicator} />
          </Col>
        ))}
      </Row>
      {dialog === 'value' && <ValueDialog indicators={list} onClose={() => setDialog(null)} />}
      {dialog === 'import' && <ImportDialog onClose={() => setDialog(null)} />}
    </Flex>
  )
}
