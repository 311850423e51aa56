// The report's cities on the shared corridor map: each city's dot sized by what other cities' vouchers paid its
// providers in the period (its "receivable" in the net positions below), its tooltip the city's whole position.
import { useTranslation } from 'react-i18next'
import type { City, ClearingReport } from '../../../shared/api/types'
import { CorridorMap } from '../../../shared/charts/CorridorMap'
import { formatFen } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'

export function ClearingMap({ report, cities }: { report: ClearingReport; cities: City[] }) {
  const { t } = useTranslation('vouchers')
  const { language, nameOf } = useLanguage()
  const positionOf = (code: string) => report.positions.find((position) => position.cityCode === code)
  const describe = (code: string) => {
    const city = cities.find((candidate) => candidate.code === code)
    const position = positionOf(code)
    if (city === undefined || position === undefined) return ''
    return t('clearing.mapTooltip', {
      city: nameOf(city),
      receivable: formatFen(position.receivableFromOtherCitiesFen, language),
      payable: formatFen(position.payableToOtherCitiesFen, language),
      net: `${position.netFen > 0 ? '+' : ''}${formatFen(position.netFen, language)}`,
    })
  }
  const label = t('clearing.mapLabel', {
    cities: cities
      .map((city) => {
        const receivable = positionOf(city.code)?.receivableFromOtherCitiesFen ?? 0
        return `${nameOf(city)} ${formatFen(receivable, language)}`
      })
      .join(', '),
  })
  return (
    <CorridorMap
      cities={cities.map((city) => ({
        code: city.code,
        name: nameOf(city),
        longitude: city.longitude,
        latitude: city.latitude,
        value: positionOf(city.code)?.receivableFromOtherCitiesFen ?? null,
      }))}
      describe={describe}
      label={label}
      testId="clearing-map"
      frame={{ height: 420 }}
    />
  )
}
