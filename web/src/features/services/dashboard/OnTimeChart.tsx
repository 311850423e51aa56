// The share of each city's decided cases decided by their due day, as bars.
import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import { CityBarChart } from '../../../shared/charts/CityBarChart'
import type { ServiceFigures } from '../common/services.types'

export function OnTimeChart({ rows, cities }: { rows: ServiceFigures['onTime']; cities: City[] }) {
  const { t } = useTranslation('services')
  const values = cities.map((city) => rows.find((row) => row.city.code === city.code)?.onTimePercent ?? 0)
  return (
    <CityBarChart
      cities={cities}
      unit="percent"
      axisName={t('dashboard.onTimeAxis')}
      label={t('dashboard.onTime')}
      testId="service-on-time-chart"
      series={[{ name: t('dashboard.onTimeShare'), colour: '#1561c9', values }]}
    />
  )
}
