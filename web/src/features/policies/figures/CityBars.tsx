// Money paid by city, and the firms reached against those qualified, as bars.
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import { CityBarChart } from '../../../shared/charts/CityBarChart'
import type { CityPolicyFigures } from '../common/policies.types'

function valuesOf(cities: City[], rows: CityPolicyFigures[], pick: (row: CityPolicyFigures) => number) {
  return cities.map((city) => {
    const row = rows.find((candidate) => candidate.cityCode === city.code)
    return row === undefined ? 0 : pick(row)
  })
}

export function PaidByCityChart({ cities, rows }: { cities: City[]; rows: CityPolicyFigures[] }) {
  const { t } = useTranslation('policies')
  return (
    <CityBarChart
      cities={cities}
      unit="fen"
      axisName={t('figures.tenThousandYuan')}
      label={t('figures.paidByCity')}
      testId="policy-paid-chart"
      series={[
        { name: t('figures.paid'), colour: '#1561c9', values: valuesOf(cities, rows, (row) => row.paidFen) },
      ]}
    />
  )
}

export function FirmsByCityChart({ cities, rows }: { cities: City[]; rows: CityPolicyFigures[] }) {
  const { t } = useTranslation('policies')
  return (
    <CityBarChart
      cities={cities}
      unit="count"
      axisName={t('figures.firmsAxis')}
      label={t('figures.firmsByCity')}
      testId="policy-firms-chart"
      series={[
        {
          name: t('figures.qualifiedFirms'),
          colour: '#bfbfbf',
          values: valuesOf(cities, rows, (row) => row.qualifiedFirms),
        },
        {
          name: t('figures.firmsReached'),
          colour: '#52c41a',
          values: valuesOf(cities, rows, (row) => row.firmsReached),
        },
      ]}
    />
  )
}
