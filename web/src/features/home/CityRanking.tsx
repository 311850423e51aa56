// The nine cities ranked by high-tech firms: the map's content as a list that keyboards and screen readers reach.
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { City } from '../../shared/api/types'
import { formatCount } from '../../shared/format/format'
import { useLanguage } from '../../shared/i18n/useLanguage'
import './home.css'

export function CityRanking({ cities }: { cities: City[] }) {
  const { t } = useTranslation('home')
  const { language, nameOf } = useLanguage()
  const ranked = [...cities].sort(
    (first, second) => second.figures.highTechFirms - first.figures.highTechFirms,
  )
  const most = Math.max(1, ...ranked.map((city) => city.figures.highTechFirms))
  return (
    <ol className="g60-ranking" aria-label={t('rankingLabel')}>
      {ranked.map((city) => (
        <li key={city.code}>
          <div className="g60-ranking-line">
            <Link to={`/cities/${encodeURIComponent(city.code)}`}>{nameOf(city)}</Link>
            <span className="g60-muted">
              {t('highTechFirmsOfCity', { firms: formatCount(city.figures.highTechFirms, language) })}
            </span>
          </div>
          <div className="g60-ranking-bar" aria-hidden>
            <span style={{ width: `${(city.figures.highTechFirms / most) * 100}%` }} />
          </div>
        </li>
      ))}
    </ol>
  )
}
