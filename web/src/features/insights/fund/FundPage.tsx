// The G60 fund (G60 科创基金): what the backers committed and what has been called, the portfolio by industry ×
// city and by stage (each chart with its table and export), the investments with their filters; the office records
// an investment (from an equity referral or directly), a follow-on and an exit.
import { PlusOutlined } from '@ant-design/icons'
import { Button, Col, Flex, Row } from 'antd'
import { lazy, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { ChartCard } from '../../../shared/charts/ChartCard'
import { formatCount, formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { FigureRow } from '../../../shared/ui/FigureRow'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { SyntheticNotice } from '../../../shared/ui/SyntheticTag'
import { ExportButton } from '../../../shared/list/ExportButton'
import { figureExportPaths, useFundFigures } from '../common/insights.queries'
import type { FundFigures } from '../common/insights.types'
import { BackersTable, PortfolioTable, StageTable } from './FundTables'
import { InvestDialog } from './InvestDialog'
import { InvestmentDrawer } from './InvestmentDrawer'
import { InvestmentsList } from './InvestmentsList'

const chartsModule = import('./FundCharts')
const BackersChart = lazy(async () => ({ default: (await chartsModule).BackersChart }))
const PortfolioHeatmap = lazy(async () => ({ default: (await chartsModule).PortfolioHeatmap }))
const StageChart = lazy(async () => ({ default: (await chartsModule).StageChart }))

function Headline({ figures, loading }: { figures: FundFigures | undefined; loading: boolean }) {
  const { t } = useTranslation('insights')
  const { language } = useLanguage()
  const totals = figures?.totals
  const money = (fen: number | undefined) => (fen === undefined ? '—' : formatFen(fen, language))
  const count = (value: number | undefined) => (value === undefined ? '—' : formatCount(value, language))
  return (
    <FigureRow
      testId="fund-totals"
      loading={loading}
      span={{ xs: 24, md: 12, xl: 6 }}
      figures={[
        { key: 'committed', label: t('fund.committed'), value: money(totals?.committedFen) },
        { key: 'called', label: t('fund.called'), value: money(totals?.calledFen) },
        { key: 'remaining', label: t('fund.remaining'), value: money(totals?.remainingFen) },
        {
          key: 'investments',
          label: t('fund.investmentsAndFollowOns'),
          value: `${count(totals?.investments)} / ${count(totals?.followOns)}`,
        },
        { key: 'firms', label: t('fund.portfolioFirms'), value: count(totals?.portfolioFirms) },
        { key: 'exits', label: t('fund.exits'), value: count(totals?.exits) },
        { key: 'proceeds', label: t('fund.exitProceeds'), value: money(totals?.exitProceedsFen) },
        { key: 'invested', label: t('fund.invested'), value: money(totals?.investedFen) },
      ]}
    />
  )
}

export function FundPage() {
  const { t } = useTranslation('insights')
  const user = useCurrentUser()
  const fund = useFundFigures()
  const figures = fund.data
  const [parameters, setParameters] = useSearchParams()
  const openId = parameters.get('investment') ?? undefined
  const [investing, setInvesting] = useState(false)
  const open = (id: string | null) =>
    setParameters((previous) => {
      const next = new URLSearchParams(previous)
      if (id === null) next.delete('investment')
      else next.set('investment', id)
      return next
    })
  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={t('nav.fund')}
        subtitle={t('fund.subtitle')}
        extra={
          user.role === 'corridor_admin' && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setInvesting(true)}
              data-testid="invest"
            >
              {t('fund.invest')}
            </Button>
          )
        }
      />
      <QueryError query={fund} />
      <SyntheticNotice shown={figures?.isSynthetic === true} />
      <Headline figures={figures} loading={fund.isPending} />
      <ChartCard
        title={t('fund.backersTitle')}
        height={340}
        phoneView="table"
        testId="fund-backers"
        chart={figures !== undefined && <BackersChart figures={figures} />}
        table={figures === undefined ? null : <BackersTable figures={figures} />}
        actions={<ExportButton path={figureExportPaths.fundBackers} query={{}} testId="backers-export" />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <ChartCard
            title={t('fund.portfolioTitle')}
            height={420}
            phoneView="table"
            testId="fund-portfolio"
            chart={figures !== undefined && <PortfolioHeatmap figures={figures} />}
            table={figures === undefined ? null : <PortfolioTable figures={figures} />}
            actions={
              <ExportButton path={figureExportPaths.fundPortfolio} query={{}} testId="portfolio-export" />
            }
          />
        </Col>
        <Col xs={24} xl={10}>
          <ChartCard
            title={t('fund.stageTitle')}
            height={300}
            testId="fund-stages"
            chart={figures !== undefined && <StageChart figures={figures} />}
            table={figures === undefined ? null : <StageTable figures={figures} />}
            actions={<ExportButton path={figureExportPaths.fundStages} query={{}} testId="stage-export" />}
          />
        </Col>
      </Row>
      <InvestmentsList figures={figures} onOpen={open} />
      {openId !== undefined && <InvestmentDrawer id={openId} figures={figures} onClose={() => open(null)} />}
      {investing && (
        <InvestDialog
          figures={figures}
          onClose={() => setInvesting(false)}
          onDone={(detail) => {
            setInvesting(false)
            open(detail.investment.id)
          }}
        />
      )}
    </Flex>
  )
}
