// The figures as charts: credit granted and drawn (with the previous period's drawdowns), guarantees and equity
// raised, and first-time borrowers, city by city.
import { Card, Col, Row } from 'antd'
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import type { CityFigures } from '../common/finance.types'
import { CityBarChart } from './CityBarChart'

export function FiguresCharts({ cities, figures }: { cities: City[]; figures: CityFigures[] }) {
  const { t } = useTranslation()
  const valuesOf = (pick: (row: CityFigures) => number) =>
    cities.map((city) => {
      const row = figures.find((candidate) => candidate.cityCode === city.code)
      return row === undefined ? 0 : pick(row)
    })
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={8}>
        <Card title={t('finance.figures.creditChart')}>
          <CityBarChart
            cities={cities}
            unit="fen"
            axisName={t('finance.figures.tenThousandYuan')}
            label={t('finance.figures.creditChart')}
            testId="finance-credit-chart"
            series={[
              {
                name: t('finance.figures.creditGranted'),
                colour: '#1561c9',
                values: valuesOf((row) => row.creditGrantedFen),
              },
              {
                name: t('finance.figures.creditDrawn'),
                colour: '#52c41a',
                values: valuesOf((row) => row.creditDrawnFen),
              },
              {
                name: t('finance.figures.previousDrawn'),
                colour: '#bfbfbf',
                values: valuesOf((row) => row.previousCreditDrawnFen),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title={t('finance.figures.guaranteeChart')}>
          <CityBarChart
            cities={cities}
            unit="fen"
            axisName={t('finance.figures.tenThousandYuan')}
            label={t('finance.figures.guaranteeChart')}
            testId="finance-guarantee-chart"
            series={[
              {
                name: t('finance.figures.guarantees'),
                colour: '#13a8a8',
                values: valuesOf((row) => row.guaranteesFen),
              },
              {
                name: t('finance.figures.equityRaised'),
                colour: '#722ed1',
                values: valuesOf((row) => row.equityRaisedFen),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title={t('finance.figures.borrowersChart')}>
          <CityBarChart
            cities={cities}
            unit="count"
            axisName={t('finance.figures.firms')}
            label={t('finance.figures.borrowersChart')}
            testId="finance-borrowers-chart"
            series={[
              {
                name: t('finance.figures.firstTimeBorrowers'),
                colour: '#faad14',
                values: valuesOf((row) => row.firstTimeBorrowers),
              },
              {
                name: t('finance.figures.approved'),
                colour: '#1561c9',
                values: valuesOf((row) => row.approvedCount),
              },
              {
                name: t('finance.figures.declined'),
                colour: '#ff7875',
                values: valuesOf((row) => row.declinedCount),
              },
            ]}
          />
        </Card>
      </Col>
    </Row>
  )
}
