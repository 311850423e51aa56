import { useTranslation } from 'react-i18next'
import type { City } from '../../../shared/api/types'
import { formatCount } from '../../../shared/format/format'
import { useLanguage } from '../../../shared/i18n/useLanguage'
import { FigureRow } from '../../../shared/ui/FigureRow'

/** A city's figures, counted by the server from the registry. */
export function CityFigures({ figures }: { figures: City['figures'] }) {
  const { t } = useTranslation('registry')
  const { language } = useLanguage()
  const shown = [
    'highTechFirms',
    'leadingFirms',
    'parks',
    'demonstrationParks',
    'institutions',
    'providers',
  ] as const
  const items = shown.map((key) => ({
    key,
    label: t(`figures.${key}`),
    value: formatCount(figures[key], language),
  }))
  return <FigureRow figures={items} span={{ xs: 12, md: 8, xl: 4 }} />
}
