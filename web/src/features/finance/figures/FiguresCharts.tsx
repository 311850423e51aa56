// The figures as charts: credit granted and drawn (with the previous period's drawdowns), guarantees and equity
// raised, and first-time borrowers, city by city.
import { Card, Col, Row } from 'antd'
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import type { CityFigures } from '../common/finance.types'
import { CityBarChart } from '../../../shared/charts/CityBarChart'

interface ChartOfFigures {
  key: 'credit' | 'guarantee' | 'borrowers'
  title: string
  unit: 'fen' | 'count'
  axisName: string
  series: { name: string; colour: string; pick: (row: CityFigures) => number }[]
}

export function FiguresCharts({ cities, figures }: { cities: City[]; figures: CityFigures[] }) {
  const { t } = useTranslation('finance')
  const valuesOf = (pick: (row: CityFigures) => number) =>
    cities.map((city) => {
      const row = figures.find((candidate) => candidate.cityCode === city.code)
      return row === undefined ? 0 : pick(row)
    })
  const tenThousandYuan = t('figures.tenThousandYuan')
  const charts: ChartOfFigures[] = [
    {
      key: 'credit',
      title: t('figures.creditChart'),
      unit: 'fen',
      axisName: tenThousandYuan,
      series: [
        { name: t('figures.creditGranted'), colour: '#1561c9', pick: (row) => row.creditGrantedFen },
        { name: t('figures.creditDrawn'), colour: '#52c41a', pick: (row) => row.creditDrawnFen },
        { name: t('figures.previousDrawn'), colour: '#bfbfbf', pick: (row) => row.previousCreditDrawnFen },
      ],
    },
    {
      key: 'guarantee',
      title: t('figures.guaranteeChart'),
      unit: 'fen',
      axisName: tenThousandYuan,
      series: [
        { name: t('figures.guarantees'), colour: '#13a8a8', pick: (row) => row.guaranteesFen },
        { name: t('figures.equityRaised'), colour: '#722ed1', pick: (row) => row.equityRaisedFen },
      ],
    },
    {
      key: 'borrowers',
      title: t('figures.borrowersChart'),
      unit: 'count',
      axisName: t('figures.firms'),
      series: [
        { name: t('figures.firstTimeBorrowers'), colour: '#faad14', pick: (row) => row.firstTimeBorrowers },
        { name: t('figures.approved'), colour: '#1561c9', pick: (row) => row.approvedCount },
        { name: t('figures.declined'), colour: '#ff7875', pick: (row) => row.declinedCount },
      ],
    },
  ]
  return (
    <Row gutter={[16, 16]}>
      {charts.map((chart) => (
        <Col key={chart.key} xs={24} xl={8}>
          <Card title={chart.title}>
            <CityBarChart
              cities={cities}
              unit={chart.unit}
              axisName={chart.axisName}
              label={chart.title}
              testId={`finance-${chart.key}-chart`}
              series={chart.series.map(({ name, colour, pick }) => ({
                name,
                colour,
                values: valuesOf(pick),
              }))}
            />
          </Card>
        </Col>
      ))}
    </Row>
  )
}
