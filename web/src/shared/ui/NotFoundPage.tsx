import { LazyResult } from './LazyResult'
import { useTranslation } from 'react-i18next'
import { LinkButton } from './LinkButton'

/** An address that names no page of the console. */
export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <div data-testid="not-found-page">
      <LazyResult
        status="404"
        title={<h1 className="g60-result-title">{t('errors.notFoundTitle')}</h1>}
        subTitle={t('errors.notFoundText')}
        extra={
          <LinkButton type="primary" to="/">
            {t('errors.backHome')}
          </LinkButton>
        }
      />
    </div>
  )
}
