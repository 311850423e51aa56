// The figures as charts: credit granted and drawn (with the previous period's drawdowns), guarantees and equity
// raised, and first-time borrowers, city by city.
import { Card, Col, Row } from 'antd'
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import type { CityFigures } from '../common/finance.types'
import { CityBarChart } from './CityBarChart'

export function FiguresCharts({ cities, figures }: { cities: City[]; figures: CityFigures[] }) {
  const { t } = useTranslation('finance')
  const valuesOf = (pick: (row: CityFigures) => number) =>
    cities.map((city) => {
      const row = figures.find((candidate) => candidate.cityCode === city.code)
      return row === undefined ? 0 : pick(row)
    })
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={8}>
        <Card title={t('figures.creditChart')}>
          <CityBarChart
            cities={cities}
            unit="fen"
            axisName={t('figures.tenThousandYuan')}
            label={t('figures.creditChart')}
            testId="finance-credit-chart"
            series={[
              {
                name: t('figures.creditGranted'),
                colour: '#1561c9',
                values: valuesOf((row) => row.creditGrantedFen),
              },
              {
                name: t('figures.creditDrawn'),
                colour: '#52c41a',
                values: valuesOf((row) => row.creditDrawnFen),
              },
              {
                name: t('figures.previousDrawn'),
                colour: '#bfbfbf',
                values: valuesOf((row) => row.previousCreditDrawnFen),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title={t('figures.guaranteeChart')}>
          <CityBarChart
            cities={cities}
            unit="fen"
            axisName={t('figures.tenThousandYuan')}
            label={t('figures.guaranteeChart')}
            testId="finance-guarantee-chart"
            series={[
              {
                name: t('figures.guarantees'),
                colour: '#13a8a8',
                values: valuesOf((row) => row.guaranteesFen),
              },
              {
                name: t('figures.equityRaised'),
                colour: '#722ed1',
                values: valuesOf((row) => row.equityRaisedFen),
              },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={8}>
        <Card title={t('figures.borrowersChart')}>
          <CityBarChart
            cities={cities}
            unit="count"
            axisName={t('figures.firms')}
            label={t('figures.borrowersChart')}
            testId="finance-borrowers-chart"
            series={[
              {
                name: t('figures.firstTimeBorrowers'),
                colour: '#faad14',
                values: valuesOf((row) => row.firstTimeBorrowers),
              },
              {
                name: t('figures.approved'),
                colour: '#1561c9',
                values: valuesOf((row) => row.approvedCount),
              },
              {
                name: t('figures.declined'),
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
