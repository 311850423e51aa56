// Policy payout figures (兑现数据), for the corridor office, city officers and workstations: money paid, awards
// paid, firms reached and firms qualified, by city (bars, each chart with its table), median working days from
// decision to payment, money paid by month (lines); and, for the office, matching across the corridor run now and
// the latest runs.
import { Card, Col, Flex, Row } from 'antd'
import { lazy } from 'react'
import { useTranslation } from 'react-i18next'
import { ChartCard } from '../../../shared/charts/ChartCard'
import { formatCount, formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { CityName } from '../../../shared/reference/CityName'
import { useCities } from '../../../shared/reference/reference.queries'
import { useCurrentUser } from '../../../shared/session/SessionContext'
import { column, moneyColumn, type Column } from '../../../shared/ui/columns'
import { DataTable } from '../../../shared/ui/DataTable'
import { FigureRow } from '../../../shared/ui/FigureRow'
import { Count } from '../../../shared/ui/Formatted'
import { QueryError } from '../../../shared/ui/PageError'
import { PageTitle } from '../../../shared/ui/PageTitle'
import { usePolicyFigures } from '../common/policies.queries'
import type { CityPolicyFigures, MonthPaid } from '../common/policies.types'
import { RunsCard } from './RunsCard'
import '../policies.css'

// ECharts loads with the page, alongside the figures, and draws when both are in
const chartsModule = Promise.all([import('./CityBars'), import('./MonthlyPaidChart')])
const PaidByCityChart = lazy(async () => ({ default: (await chartsModule)[0].PaidByCityChart }))
const FirmsByCityChart = lazy(async () => ({ default: (await chartsModule)[0].FirmsByCityChart }))
const MonthlyPaidChart = lazy(async () => ({ default: (await chartsModule)[1].MonthlyPaidChart }))

export function FiguresPage() {
  const { t } = useTranslation('policies')
  const { language } = useLanguage()
  const user = useCurrentUser()
  const figures = usePolicyFigures()
  const cities = useCities()
  const data = figures.data
  const corridor = data?.corridor
  const count = (value: number | undefined) => (value === undefined ? '—' : formatCount(value, language))
  const ready = data !== undefined && cities.data !== undefined
  return (
    <Flex vertical gap="middle">
      <PageTitle title={t('nav.figures')} subtitle={t('figures.subtitle')} />
      <QueryError query={figures} />
      <FigureRow
        testId="policy-headline"
        loading={figures.isPending}
        span={{ xs: 24, md: 12, xl: { flex: '20%' } }}
        figures={[
          {
            key: 'paid',
            label: t('figures.paid'),
            value: corridor === undefined ? '—' : formatFen(corridor.paidFen, language),
          },
          { key: 'awards', label: t('figures.awardsPaid'), value: count(corridor?.awardsPaid) },
          { key: 'reached', label: t('figures.firmsReached'), value: count(corridor?.firmsReached) },
          { key: 'qualified', label: t('figures.qualifiedFirms'), value: count(corridor?.qualifiedFirms) },
          {
            key: 'median',
            label: t('figures.medianDays'),
            value:
              corridor === undefined || corridor.medianDaysToPayment === null
                ? '—'
                : t('figures.days', { days: formatCount(corridor.medianDaysToPayment, language) }),
          },
        ]}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ChartCard
            title={t('figures.paidByCity')}
            height={300}
            testId="paid-by-city"
            chart={ready && <PaidByCityChart cities={cities.data} rows={data.cities} />}
            table={<CityTable rows={data?.cities ?? []} />}
          />
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            title={t('figures.firmsByCity')}
            height={300}
            testId="firms-by-city"
            chart={ready && <FirmsByCityChart cities={cities.data} rows={data.cities} />}
            table={<CityTable rows={data?.cities ?? []} />}
          />
        </Col>
      </Row>
      <ChartCard
        title={t('figures.monthly')}
        height={320}
        testId="paid-by-month"
        chart={ready && <MonthlyPaidChart months={data.months} cities={cities.data} />}
        table={<MonthTable rows={data?.months ?? []} />}
      />
      <Card title={t('figures.cityTable')}>
        <CityTable rows={data?.cities ?? []} loading={figures.isFetching} />
      </Card>
      {user.role === 'corridor_admin' && <RunsCard />}
    </Flex>
  )
}

interface CityRow extends CityPolicyFigures {
  id: string
}

function CityTable({ rows, loading }: { rows: CityPolicyFigures[]; loading?: boolean }) {
  const { t } = useTranslation('policies')
  const { language } = useLanguage()
  const columns: Column<CityRow>[] = [
    column('city', t('figures.city'), (row) => <CityName code={row.cityCode} />, 130),
    moneyColumn('paid', t('figures.paid'), (row) => row.paidFen, 160),
    column('awards', t('figures.awardsPaid'), (row) => <Count value={row.awardsPaid} />, {
      width: 110,
      align: 'right',
    }),
    column('reached', t('figures.firmsReached'), (row) => <Count value={row.firmsReached} />, {
      width: 110,
      align: 'right',
    }),
    column('qualified', t('figures.qualifiedFirms'), (row) => <Count value={row.qualifiedFirms} />, {
      width: 110,
      align: 'right',
    }),
    column(
      'median',
      t('figures.medianDays'),
      (row) =>
        row.medianDaysToPayment === null
          ? t('facts.none')
          : t('figures.days', { days: formatCount(row.medianDaysToPayment, language) }),
      { width: 140, align: 'right' },
    ),
  ]
  return (
    <DataTable<CityRow>
      rows={rows.map((row) => ({ ...row, id: row.cityCode }))}
      columns={columns}
      loading={loading}
      emptyText={t('figures.empty')}
      scroll={{ x: 760 }}
      data-testid="policy-city-table"
    />
  )
}

interface MonthRow extends MonthPaid {
  id: string
}

function MonthTable({ rows }: { rows: MonthPaid[] }) {
  const { t } = useTranslation('policies')
  const sorted = [...rows].sort(
    (first, second) =>
      first.month.localeCompare(second.month) || first.cityCode.localeCompare(second.cityCode),
  )
  const columns: Column<MonthRow>[] = [
    column('month', t('figures.month'), (row) => row.month, 120),
    column('city', t('figures.city'), (row) => <CityName code={row.cityCode} />, 130),
    moneyColumn('paid', t('figures.paid'), (row) => row.paidFen, 160),
  ]
  return (
    <DataTable<MonthRow>
      rows={sorted.map((row) => ({ ...row, id: `${row.month}-${row.cityCode}` }))}
      columns={columns}
      emptyText={t('figures.empty')}
      scroll={{ x: 420 }}
    />
  )
}
